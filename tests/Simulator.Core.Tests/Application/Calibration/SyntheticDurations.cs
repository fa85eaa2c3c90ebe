using System.Globalization;
using System.Text;
using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Loading;
using Simulator.Tests.Support;

namespace Simulator.Tests.Application.Calibration;

/// <summary>Data drawn from a scenario with known values: the durations of its trials (days, failed), as a data file would hold them.</summary>
internal static class SyntheticDurations
{
    /// <summary>The constant-hazard scenario, reporting at days that suit a horizon of 120 days.</summary>
    public static string ConstantHazard => File.ReadAllText(Path.Combine(RepoPaths.Scenarios, "reference", "constant-hazard.yaml"))
        .Replace("report_days: [30, 90, 180, 365]", "report_days: [30, 60, 120]", StringComparison.Ordinal);

    /// <summary>The constant-hazard scenario with a second regime, "better", whose sensitivity is 0.6 (collapse rate 0.024 at attack_rate 0.05).</summary>
    public static string TwoRegimes => ConstantHazard.TrimEnd() + "\n  - id: better\n    name: Better monitors\n    kind: third_party\n    access: 1\n    sensitivity: 0.6\n    specificity: 1\n    verdict_delay: { distribution: fixed, days: 0 }\n";

    /// <summary>Rows "days,failed,group" of <paramref name="n"/> trials of <paramref name="regime"/>, drawn with <paramref name="seed"/>.</summary>
    public static IEnumerable<string> Rows(string yaml, string regime, int n, ulong seed, double horizonDays, string group = "a", params string[] overrides)
    {
        var load = ScenarioLoader.LoadText(yaml, "truth.yaml",
            [.. overrides, $"run.seed={seed}", $"run.trials={n}", FormattableString.Invariant($"run.horizon_days={horizonDays}")]);
        Assert.True(load.Succeeded, string.Join("\n", load.Errors));
        var scenario = load.Scenario!;
        var index = scenario.Regimes.ToList().FindIndex(r => r.Id == regime);
        var sink = new Sink();
        new SimulationRunner().Run(new RunRequest { Scenario = scenario, RegimeIndices = [index], Trials = n, Threads = 1 }, null, sink);
        return sink.Rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{TimeResolution.ToDays(r.DurationTicks):R},{(r.Collapsed ? 1 : 0)},{group}"));
    }

    /// <summary>A CSV text with a header and <paramref name="rows"/>.</summary>
    public static string Csv(IEnumerable<string> rows) => new StringBuilder("days,failed,group\n").AppendJoin('\n', rows).Append('\n').ToString();

    /// <summary>The closed-form maximum-likelihood rate of exponential data: events over total time.</summary>
    public static (double Rate, int Events) ExponentialMle(string csv)
    {
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToArray();
        var events = rows.Count(r => r[1] == "1");
        var time = rows.Sum(r => double.Parse(r[0], CultureInfo.InvariantCulture));
        return (events / time, events);
    }

    private sealed class Sink : ITrialSink
    {
        public List<TrialOutcome> Rows { get; } = [];

        public void Write(long trial, int regimePosition, in TrialOutcome outcome) => Rows.Add(outcome);
    }
}
