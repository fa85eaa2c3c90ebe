using Simulator.Model;
using Simulator.Results;
using Simulator.Studies.Sweeps;

namespace Simulator.Studies.Sensitivity;

/// <summary>
/// A global sensitivity analysis of a scenario's uncertain parameters: the design in the unit cube,
/// its points as overrides (each parameter's value at its probability), and the analysis of the
/// chosen output of every regime once the points have run.
/// </summary>
public sealed class SensitivityStudy
{
    private readonly SobolDesign? _sobol;
    private readonly MorrisDesign? _morris;

    /// <summary>Builds the design.</summary>
    /// <param name="parameters">The uncertain parameters (at least one).</param>
    /// <param name="method">Sobol or Morris.</param>
    /// <param name="samples">Base samples n (Sobol: n(k + 2) points) or trajectories r (Morris: r(k + 1) points).</param>
    /// <param name="seed">Seed of the design and the bootstrap (the scenario's seed).</param>
    /// <param name="levels">Morris levels (even).</param>
    public SensitivityStudy(IReadOnlyList<UncertainParameter> parameters, SensitivityMethod method, int samples, ulong seed, int levels = 4)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Count == 0) throw new ArgumentException("A sensitivity analysis needs at least one uncertain parameter.", nameof(parameters));
        Parameters = parameters;
        Method = method;
        Seed = seed;
        if (method == SensitivityMethod.Sobol) _sobol = SobolDesign.Create(samples, parameters.Count, seed);
        else _morris = MorrisDesign.Create(samples, parameters.Count, seed, levels);
        var rows = _sobol?.Rows ?? _morris!.Rows;
        Points = rows.Select((u, r) => new DesignPoint(r + 1, parameters.Select((p, i) => p.At(u[i])).ToArray())).ToArray();
    }

    /// <summary>The uncertain parameters, in design order.</summary>
    public IReadOnlyList<UncertainParameter> Parameters { get; }

    /// <summary>The method.</summary>
    public SensitivityMethod Method { get; }

    /// <summary>Seed of the design and the bootstrap.</summary>
    public ulong Seed { get; }

    /// <summary>Points to run, in order; a prefix of whole groups can be analysed alone.</summary>
    public IReadOnlyList<DesignPoint> Points { get; }

    /// <summary>Points per group (Sobol base sample: k + 2; Morris trajectory: k + 1).</summary>
    public int GroupSize => _sobol?.GroupSize ?? _morris!.GroupSize;

    /// <summary>The value of <paramref name="output"/> for regime <paramref name="regimeId"/> at a finished point; null when it has none.</summary>
    public static double? Value(RunReport report, string regimeId, SensitivityOutput output)
    {
        ArgumentNullException.ThrowIfNull(report);
        var regime = report.Regimes.FirstOrDefault(r => r.Regime.Id == regimeId)?.Statistics;
        return output switch
        {
            SensitivityOutput.Holds => regime?.AtHorizon.Survival,
            SensitivityOutput.Rmst => regime?.RestrictedMean.Estimate,
            _ => report.Comparisons.FirstOrDefault(c => c.RegimeId == regimeId)?.Paired.Horizon.Difference,
        };
    }

    /// <summary>
    /// Indices of every parameter for each regime, ranked (most influential first: by total index
    /// or μ*), over the whole groups among <paramref name="completed"/> (a prefix of <see cref="Points"/>).
    /// </summary>
    public IReadOnlyList<SensitivityRow> Analyze(IReadOnlyList<PointResult> completed, SensitivityOutput output, int resamples = SobolIndex.DefaultResamples)
    {
        ArgumentNullException.ThrowIfNull(completed);
        var groups = completed.Count / GroupSize;
        var rows = new List<SensitivityRow>();
        if (groups < 2) return rows;
        var used = completed.Take(groups * GroupSize).ToArray();
        foreach (var regime in used[0].Report.Regimes.Select(r => r.Regime.Id))
        {
            var values = used.Select(p => Value(p.Report, regime, output)).ToArray();
            if (values.Any(v => v is null)) continue; // e.g. the baseline has no paired difference
            var outputs = values.Select(v => v!.Value).ToArray();
            if (_sobol is not null)
            {
                var indices = _sobol.Analyze(outputs, Seed, resamples);
                rows.AddRange(indices.OrderByDescending(s => s.Total).ThenByDescending(s => s.First).ThenBy(s => s.Parameter)
                    .Select((s, rank) => new SensitivityRow(regime, Parameters[s.Parameter], rank + 1, groups, s, null)));
            }
            else
            {
                var indices = _morris!.Analyze(outputs, Seed, resamples);
                rows.AddRange(indices.OrderByDescending(m => m.MuStar).ThenBy(m => m.Parameter)
                    .Select((m, rank) => new SensitivityRow(regime, Parameters[m.Parameter], rank + 1, groups, null, m)));
            }
        }
        return rows;
    }
}
