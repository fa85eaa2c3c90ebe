using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Model;
using Simulator.Results.Curves;
using Simulator.Results.Precision;
using Simulator.Statistics;

namespace Simulator.Results;

/// <summary>
/// The results of a run, computed once from the exact tallies and then rendered to the console,
/// summary.json and the CSV files. Holds nothing that varies between identical runs.
/// </summary>
public sealed record RunReport
{
    /// <summary>Version of the engine that produced it.</summary>
    public required string EngineVersion { get; init; }

    /// <summary>The resolved scenario.</summary>
    public required Scenario Scenario { get; init; }

    /// <summary>SHA-256 of the resolved scenario.</summary>
    public required string ScenarioHash { get; init; }

    /// <summary>File name (without folders) or the built-in scenario's name.</summary>
    public required string ScenarioSource { get; init; }

    /// <summary>The --set overrides applied to the source (with --trials, --seed, --horizon folded in).</summary>
    public required IReadOnlyList<string> Overrides { get; init; }

    /// <summary>Trials requested per regime.</summary>
    public required long TrialsRequested { get; init; }

    /// <summary>Trials completed per regime (a prefix of trial indices).</summary>
    public required long TrialsCompleted { get; init; }

    /// <summary>True when the run was cancelled before completing.</summary>
    public bool Partial => TrialsCompleted < TrialsRequested;

    /// <summary>Days reported: the scenario's report days, then the horizon if it is not one of them.</summary>
    public required IReadOnlyList<double> Days { get; init; }

    /// <summary>Id of the baseline regime.</summary>
    public required string BaselineId { get; init; }

    /// <summary>Per regime, in run order.</summary>
    public required IReadOnlyList<RegimeReport> Regimes { get; init; }

    /// <summary>Each non-baseline regime against the baseline; empty with fewer than two trials.</summary>
    public required IReadOnlyList<ComparisonReport> Comparisons { get; init; }

    /// <summary>How a precision-driven run (--precision) went; null for a fixed number of trials.</summary>
    public PrecisionOutcome? Precision { get; init; }

    /// <summary>Names collapse causes.</summary>
    public required CauseCatalog Causes { get; init; }

    /// <summary>Computes every statistic of a finished (or partial) run.</summary>
    public static RunReport Build(Scenario scenario, string hash, string source, IReadOnlyList<string> overrides, RunResult result, CauseCatalog causes)
    {
        var request = result.Request;
        var tally = result.Tally;
        var days = scenario.ReportDays.Contains(scenario.HorizonDays)
            ? scenario.ReportDays
            : scenario.ReportDays.Append(scenario.HorizonDays).ToArray();
        var horizonTicks = TimeResolution.ToTicks(scenario.HorizonDays);

        // Each curve can have a row per tick of the horizon: a regime's table and curves are built,
        // reduced to what the outputs show and dropped, so no full curve outlives its regime's turn.
        // The log-rank test needs the baseline's table beside each regime's: it alone is built first.
        // Regimes are independent: each is computed on one of the run's threads (--threads: a shard
        // given N cores uses N here too) and stored at its own position, so the report does not
        // depend on the order.
        var baseline = request.BaselinePosition;
        var compare = result.CompletedTrials >= 2;
        var baselineTable = compare ? SurvivalTable.FromTally(tally.Regimes[baseline], horizonTicks) : null;
        var regimeReports = new RegimeReport[request.RegimeIndices.Count];
        var logRanks = new LogRankTest?[regimeReports.Length];
        var cores = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, request.Threads) };
        Parallel.For(0, regimeReports.Length, cores, r =>
        {
            var regimeTally = tally.Regimes[r];
            var table = r == baseline && baselineTable is not null ? baselineTable : SurvivalTable.FromTally(regimeTally, horizonTicks);
            if (compare && r != baseline) logRanks[r] = LogRankTest.Compute(table, baselineTable!);
            var curve = regimeTally.Trials > 0 ? KaplanMeier.Estimate(table) : null;
            regimeReports[r] = new RegimeReport
            {
                Regime = scenario.Regimes[request.RegimeIndices[r]],
                Statistics = curve is null ? null : RegimeStatistics.Compute(regimeTally, curve, days, scenario.HorizonDays),
                Curve = curve is null ? null : SurvivalDigest.Of(curve, days),
                Incidence = curve is null ? null : CumulativeIncidence.FromTallyAtDays(regimeTally, days),
                Verification = VerificationReport.From(regimeTally),
                Cost = CostReport.From(regimeTally),
            };
        });
        var regimes = regimeReports.ToList();

        for (var r = 0; r < regimes.Count; r++)
        {
            if (r != baseline) regimes[r] = regimes[r] with { Cost = regimes[r].Cost.Against(regimes[baseline].Cost) };
        }
        var comparisons = new List<ComparisonReport>();
        if (compare)
        {
            var others = Enumerable.Range(0, request.RegimeIndices.Count).Where(r => r != baseline).ToArray();
            var compared = new ComparisonReport[others.Length];
            Parallel.For(0, others.Length, cores, i =>
            {
                var r = others[i];
                compared[i] = new ComparisonReport
                {
                    RegimeId = regimes[r].Regime.Id,
                    BaselineId = regimes[baseline].Regime.Id,
                    Paired = PairedDifference.Compute(tally.Paired[r], tally.Regimes[r], tally.Regimes[baseline]),
                    LogRank = logRanks[r]!,
                };
            });
            comparisons.AddRange(compared);
        }

        return new RunReport
        {
            EngineVersion = Simulator.Engine.EngineVersion.Current,
            Scenario = scenario,
            ScenarioHash = hash,
            ScenarioSource = source,
            Overrides = overrides,
            TrialsRequested = request.Trials,
            TrialsCompleted = result.CompletedTrials,
            Days = days,
            BaselineId = regimes[baseline].Regime.Id,
            Regimes = regimes,
            Comparisons = comparisons,
            Causes = causes,
        };
    }
}
