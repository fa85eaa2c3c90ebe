using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Loading;
using Simulator.Model;
using Simulator.Results;
using Simulator.Statistics;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>
/// A historical scenario run for its record: the mean record per future among the futures in which
/// the truce held to <c>recordDay</c> (the record was kept while it held), and the collapse-time
/// curve to the horizon.
/// </summary>
internal sealed class HistoricalRun
{
    public HistoricalRun(string file, double recordDay, int trials)
    {
        var load = ScenarioLoader.LoadFile(Path.Combine(RepoPaths.Scenarios, "historical", file), [$"run.trials={trials}"]);
        Assert.True(load.Succeeded, string.Join("\n", load.Errors));
        Scenario = load.Scenario!;
        var sink = new Held(TimeResolution.ToTicks(recordDay));
        var record = new SimulationRunner().Run(new RunRequest
        {
            Scenario = RecordScenario(file, recordDay, trials),
            RegimeIndices = [0],
            Trials = trials,
        }, null, sink);
        Assert.False(record.Partial);
        HeldTrials = sink.Count;
        Record = AccusedRecord.Of(sink.Totals, Scenario).Select(r => r with
        {
            Claims = r.Claims / Math.Max(1, sink.Count),
            Confirmed = r.Confirmed / Math.Max(1, sink.Count),
            Refuted = r.Refuted / Math.Max(1, sink.Count),
        }).ToArray();
        MeanDaysToVerdict = sink.Totals.Verdicts == 0 ? double.NaN : TimeResolution.ToDays(sink.Totals.VerdictTicksSum) / sink.Totals.Verdicts;
        var course = new SimulationRunner().Run(new RunRequest { Scenario = Scenario, RegimeIndices = [0], Trials = trials });
        Curve = KaplanMeier.Estimate(SurvivalTable.FromTally(course.Tally.Regimes[0], TimeResolution.ToTicks(Scenario.HorizonDays)));
    }

    public Scenario Scenario { get; }

    // The scenario run to the record's date (its report days lie before it).
    private static Scenario RecordScenario(string file, double recordDay, int trials)
    {
        var load = ScenarioLoader.LoadFile(Path.Combine(RepoPaths.Scenarios, "historical", file),
            [$"run.trials={trials}", FormattableString.Invariant($"run.horizon_days={recordDay}")]);
        Assert.True(load.Succeeded, string.Join("\n", load.Errors));
        return load.Scenario!;
    }

    /// <summary>Futures in which the truce held to the record day.</summary>
    public int HeldTrials { get; }

    /// <summary>Mean record per held future, against the first and the second principal.</summary>
    public IReadOnlyList<AccusedRecord> Record { get; }

    /// <summary>Mean days from complaint to verdict over the held futures.</summary>
    public double MeanDaysToVerdict { get; }

    /// <summary>The truce's survival to the scenario's horizon.</summary>
    public KaplanMeier Curve { get; }

    public override string ToString() =>
        $"held {HeldTrials}; " + string.Join("; ", Record.Select(r => $"against {r.Principal}: {r.Claims} claims, {r.Confirmed} ruled, {r.Refuted} cleared, {r.Undecided} undecided"))
        + $"; mean days to verdict {MeanDaysToVerdict:0.0}; S(1y) {Curve.At(365).Survival:0.00}, S(horizon) {Curve.At(Scenario.HorizonDays).Survival:0.00}, median {Curve.Quantile(0.5).Estimate}";

    private sealed class Held(long recordTicks) : ITrialSink
    {
        public OutcomeTotals Totals { get; } = new();
        public int Count { get; private set; }

        public void Write(long trial, int regimePosition, in TrialOutcome outcome)
        {
            if (outcome.Collapsed && outcome.DurationTicks < recordTicks) return;
            Totals.Add(outcome);
            Count++;
        }
    }
}
