namespace Simulator.Studies.Sensitivity;

/// <summary>
/// Morris screening of one parameter from its elementary effects EE (change in the output per unit
/// change in the parameter's probability level): μ* = mean |EE| (importance), μ = mean EE (direction),
/// σ = standard deviation of EE (non-linearity or interactions), with a bootstrap interval for μ*.
/// </summary>
/// <param name="Parameter">Position of the parameter.</param>
/// <param name="MuStar">μ*.</param>
/// <param name="MuStarLower">Lower bootstrap limit of μ*.</param>
/// <param name="MuStarUpper">Upper bootstrap limit of μ*.</param>
/// <param name="Mu">μ.</param>
/// <param name="Sigma">σ (n − 1 denominator).</param>
public sealed record MorrisIndex(int Parameter, double MuStar, double MuStarLower, double MuStarUpper, double Mu, double Sigma)
{
    /// <summary>Estimates from <paramref name="effects"/>[parameter][trajectory]; the bootstrap resamples trajectories.</summary>
    public static IReadOnlyList<MorrisIndex> Estimate(double[][] effects, ulong seed, int resamples = SobolIndex.DefaultResamples, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(effects);
        var random = new UnitRandom(seed, UnitRandom.Bootstrap);
        var r = effects.Length == 0 ? 0 : effects[0].Length;
        var boot = effects.Select(_ => new double[resamples]).ToArray();
        var sample = new int[r];
        for (var b = 0; b < resamples; b++)
        {
            for (var t = 0; t < r; t++) sample[t] = random.Next(r);
            for (var i = 0; i < effects.Length; i++) boot[i][b] = sample.Average(t => Math.Abs(effects[i][t]));
        }
        var tail = (1 - level) / 2;
        return effects.Select((e, i) =>
        {
            var mu = e.Average();
            var sigma = e.Length > 1 ? Math.Sqrt(e.Sum(x => (x - mu) * (x - mu)) / (e.Length - 1)) : 0;
            return new MorrisIndex(i, e.Average(Math.Abs), SobolIndex.Percentile(boot[i], tail), SobolIndex.Percentile(boot[i], 1 - tail), mu, sigma);
        }).ToArray();
    }
}
