namespace Simulator.Output;

/// <summary>Names of the files `run --out DIR` writes (see docs/output-format.md).</summary>
public static class OutputFiles
{
    /// <summary>Deterministic summary of the run: identical bytes for identical scenario, seed and trials.</summary>
    public const string Summary = "summary.json";

    /// <summary>What varies between identical runs: wall time, throughput, machine.</summary>
    public const string Timing = "timing.json";

    /// <summary>A copy of the scenario's source text; with summary.json's overrides it reproduces the run.</summary>
    public const string Scenario = "scenario.yaml";

    /// <summary>One row per trial per regime (with --trials-csv).</summary>
    public const string Trials = "trials.csv";

    /// <summary>Kaplan–Meier curve per regime at every distinct time.</summary>
    public const string Survival = "survival.csv";

    /// <summary>Paired comparisons of each regime with the baseline.</summary>
    public const string Comparisons = "comparisons.csv";

    /// <summary>Cumulative incidence of collapse by cause.</summary>
    public const string Causes = "causes.csv";
}
