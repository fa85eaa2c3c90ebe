namespace Simulator.Output;

/// <summary>Names of every file the commands write into a folder (docs/output-format.md, docs/sweeps.md), each defined once.</summary>
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

    /// <summary>The HTML report (report, run --report).</summary>
    public const string Report = "report.html";

    /// <summary>A sweep's points, one row per point and regime.</summary>
    public const string Sweep = "sweep.csv";

    /// <summary>What produced sweep.csv.</summary>
    public const string SweepManifest = "sweep.json";

    /// <summary>A sample's points, as sweep.csv.</summary>
    public const string Sample = "sample.csv";

    /// <summary>What produced sample.csv.</summary>
    public const string SampleManifest = "sample.json";

    /// <summary>Sensitivity indices, ranked.</summary>
    public const string Sensitivity = "sensitivity.csv";

    /// <summary>The points a sensitivity analysis ran, as sweep.csv.</summary>
    public const string SensitivityPoints = "sensitivity-points.csv";

    /// <summary>What produced sensitivity.csv.</summary>
    public const string SensitivityManifest = "sensitivity.json";

    /// <summary>The calibrated scenario: the source text with the fitted values written in, under a header.</summary>
    public const string Calibrated = "calibrated.yaml";

    /// <summary>A calibration's fitted parameters, intervals and fit statistics.</summary>
    public const string Calibration = "calibration.json";

    /// <summary>Data and model survival curves with their bands, per group of a calibration.</summary>
    public const string CalibrationCurves = "calibration-curves.csv";
}
