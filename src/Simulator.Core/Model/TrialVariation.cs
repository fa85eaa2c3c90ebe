namespace Simulator.Model;

/// <summary>
/// A scenario value that differs between trials (futures): drawn once per trial, from the trial's
/// own random stream, from <see cref="Distribution"/> (<c>attack_rate: { per_trial: gamma, shape: 2, scale: 0.025 }</c>).
/// Unlike an <see cref="UncertainParameter"/>, which `sample` and `sensitivity` vary between points,
/// it varies inside every run; the scenario holds its median for display and the validation gate.
/// </summary>
/// <param name="Path">Its <c>--set</c> key path with list items named by id, e.g. <c>armed_groups.ttp.attack_rate</c>.</param>
/// <param name="Pattern">The same path with every item and name replaced by <c>*</c>, e.g. <c>armed_groups.*.attack_rate</c> (see <see cref="TrialVariableKeys"/>).</param>
/// <param name="Distribution">What it may be in one trial.</param>
public sealed record TrialVariation(string Path, string Pattern, UncertainDistribution Distribution)
{
    /// <summary>Probability in each tail the validation gate leaves out of an unbounded distribution's range (see <see cref="Low"/>).</summary>
    public const double GateTail = 1e-6;

    /// <summary>The least value the gate allows for: the support's lower end, or the 10⁻⁶ quantile when it is unbounded below.</summary>
    public double Low => Distribution.Kind == UncertainKind.Discrete ? DiscreteValues().Min()
        : IsUnbounded(Distribution.Min) ? Distribution.Quantile(GateTail) : Distribution.Min;

    /// <summary>The greatest value the gate allows for: the support's upper end, or the 1 − 10⁻⁶ quantile when it is unbounded above.</summary>
    public double High => Distribution.Kind == UncertainKind.Discrete ? DiscreteValues().Max()
        : IsUnbounded(Distribution.Max) ? Distribution.Quantile(1 - GateTail) : Distribution.Max;

    /// <summary>A discrete distribution's values as numbers.</summary>
    public double[] DiscreteValues() =>
        Distribution.Values.Select(v => double.Parse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    // A key's range ends at ±double.MaxValue when it has no bound of its own.
    private static bool IsUnbounded(double end) => Math.Abs(end) >= 1e300;
}
