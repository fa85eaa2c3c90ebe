namespace Simulator.Loading;

/// <summary>The <c>run</c> section as read, before the baseline regime is resolved against the regimes.</summary>
internal sealed record RunSettings
{
    public double HorizonDays { get; init; }

    public int Trials { get; init; }

    public ulong Seed { get; init; }

    public IReadOnlyList<double> ReportDays { get; init; } = [];

    /// <summary>The <c>baseline_regime</c> node, or null when omitted (the first regime is the baseline).</summary>
    public DocNode? BaselineNode { get; init; }

    public string BaselinePath { get; init; } = "run.baseline_regime";

    /// <summary>Where <c>run</c> is, for problems with no better position.</summary>
    public DocNode? Node { get; init; }
}
