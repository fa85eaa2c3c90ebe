using Simulator.Cli.Rendering.Layout;
using Simulator.Results;
using Simulator.Results.Precision;
using Simulator.Statistics;

namespace Simulator.Cli.Rendering;

/// <summary>
/// The console output of `run`: durability per regime, the paired comparison with the baseline,
/// the top causes of collapse and the verification performance. Plain text (no colour codes)
/// fitted to the terminal's width (<see cref="TerminalWidth"/>), or Markdown.
/// </summary>
internal static class ResultTables
{
    /// <summary>Causes listed per regime in the console (summary.json has them all).</summary>
    public const int TopCauses = 3;

    /// <summary>Writes every table of the report.</summary>
    public static void Write(RunReport report, ConsolePage page)
    {
        var s = report.Scenario;
        page.Paragraph($"Scenario {s.Name} (hash {report.ScenarioHash[..12]}), seed {s.Seed}, " +
            $"{Formats.Count(report.TrialsCompleted)} trials per regime{(report.Partial ? $" of {Formats.Count(report.TrialsRequested)} requested (PARTIAL: cancelled)" : "")}, horizon {Formats.Number(s.HorizonDays, "0.###")} days");
        if (report.Precision is { } precision)
        {
            page.Paragraph(PrecisionText.Summary(precision, s.HorizonDays));
            if (precision.Final is { Measures.Count: > 0 })
            {
                page.Blank();
                page.Table(Precision(precision));
            }
        }
        page.Blank();
        page.Table(Durability(report));
        page.Blank();
        page.Table(Timing(report));
        if (report.Comparisons.Count > 0)
        {
            page.Blank();
            page.Table(Comparisons(report));
        }
        page.Blank();
        page.Table(Causes(report));
        page.Blank();
        page.Table(Verification(report));
        page.Blank();
        page.Table(Costs(report));
        page.Blank();
        RobustnessTables.Frontier(page, Output.RunFrontier.Of(report),
            "Cost against durability at the horizon (95% intervals); Pareto-efficient: no other regime costs no more and holds as often");
    }

    private static TextTable Costs(RunReport report)
    {
        var table = new TextTable($"Cost and intrusiveness: per inspection made and per day in place while the truce holds; gains against {report.BaselineId}")
            .Column("Regime").Right("Total cost").Right("Per trial").Right("Per day held").Right("Per day gained")
            .Right("Inspections").Right("Refused").Right("Refusals read as confirmation");
        foreach (var regime in report.Regimes)
        {
            var c = regime.Cost;
            var gained = regime.Regime.Id == report.BaselineId ? "–" : c.PerDayGained is { } g ? Formats.Number(g, "0.###") : "no gain";
            table.Row(
                regime.Regime.Id,
                Formats.Number(c.Total, "#,0.###"),
                Formats.Number(c.PerTrial, "0.###"),
                c.PerDayHeld is { } d ? Formats.Number(d, "0.####") : "–",
                gained,
                Formats.Count(c.Inspections),
                Formats.Count(c.Refusals),
                Formats.Count(c.RefusalsReadAsConfirmation));
        }
        return table;
    }

    private static TextTable Precision(PrecisionOutcome outcome)
    {
        var goal = outcome.Goal;
        var table = new TextTable("Precision reached (95% half-widths)")
            .Column("Regime").Right("Estimate").Right("Half-width").Right("Met");
        foreach (var m in outcome.Final!.Measures)
        {
            var estimate = goal.Target switch
            {
                PrecisionTarget.Holds => Formats.Percent(m.Estimate),
                PrecisionTarget.RestrictedMean => Formats.Number(m.Estimate, "0.0") + " d",
                _ => Formats.SignedPoints(m.Estimate),
            };
            var regime = m.BaselineId is null ? m.RegimeId : $"{m.RegimeId} vs {m.BaselineId}";
            table.Row(regime, estimate, PrecisionText.HalfWidth(goal, m.HalfWidth), m.HalfWidth <= goal.HalfWidth ? "yes" : "no");
        }
        return table;
    }

    private static TextTable Durability(RunReport report)
    {
        var table = new TextTable("Probability the truce still holds, with 95% intervals (Kaplan–Meier, log-log)")
            .Column("Regime").Right("Collapsed");
        foreach (var day in report.Days) table.Right($"Holds at {Formats.Number(day, "0.###")} d");
        table.Right("Median days").Right("Mean days to horizon");
        foreach (var regime in report.Regimes)
        {
            var s = regime.Statistics;
            if (s is null)
            {
                table.Row([regime.Regime.Id, "no trials", .. report.Days.Select(_ => ""), "", ""]);
                continue;
            }
            var row = new List<string> { regime.Regime.Id, Formats.Percent(s.CollapsedShare) };
            row.AddRange(s.Survival.Select(e => Formats.PercentWithInterval(e.Survival, e.Lower, e.Upper)));
            row.Add(Formats.DaysWithInterval(s.Median.Estimate, s.Median.Lower, s.Median.Upper));
            row.Add($"{Formats.Number(s.RestrictedMean.Estimate, "0.0")} ± {Formats.Number(s.RestrictedMean.StandardError, "0.0")}");
            table.Row(row);
        }
        return table;
    }

    private static TextTable Timing(RunReport report)
    {
        var table = new TextTable("When truces collapse: days by which 25%, 50%, 75% have collapsed (95% interval), and the Weibull shape of the risk")
            .Column("Regime").Right("25% collapsed by").Right("50% collapsed by").Right("75% collapsed by")
            .Right("Weibull shape k (95%)").Right("Risk over time");
        foreach (var regime in report.Regimes)
        {
            var s = regime.Statistics;
            if (s is null)
            {
                table.Row(regime.Regime.Id, "no trials", "", "", "", "");
                continue;
            }
            var row = new List<string> { regime.Regime.Id };
            row.AddRange(s.Quartiles.Select(q => Formats.DaysWithInterval(q.Estimate, q.Lower, q.Upper)));
            if (s.Weibull.Estimate is { } w)
            {
                row.Add($"{Formats.Number(w.Shape, "0.00")} ({Formats.Number(w.ShapeLower, "0.00")}–{Formats.Number(w.ShapeUpper, "0.00")})");
                row.Add(w.ShapeUpper < 1 ? "falls (early risk)" : w.ShapeLower > 1 ? "rises (wearing out)" : "about constant");
            }
            else
            {
                row.Add("no fit (" + s.Weibull.Status.ToString().ToLowerInvariant() + ")");
                row.Add("–");
            }
            table.Row(row);
        }
        return table;
    }

    private static TextTable Comparisons(RunReport report)
    {
        var horizon = Formats.Number(report.Scenario.HorizonDays, "0.###");
        var table = new TextTable($"Paired comparison with {report.BaselineId} over the same trials (common random numbers), 95% intervals")
            .Column("Regime").Right($"Change in holds at {horizon} d").Right("Change in mean days").Right("Variance reduction").Right("Log-rank χ² (p)");
        foreach (var c in report.Comparisons)
        {
            var h = c.Paired.Horizon;
            table.Row(
                c.RegimeId,
                Formats.SignedPointsWithInterval(h.Difference, h.Lower, h.Upper),
                $"{Formats.Signed(c.Paired.RestrictedMeanDifference, "0.0")} ({Formats.Signed(c.Paired.RestrictedMeanLower, "0.0")} to {Formats.Signed(c.Paired.RestrictedMeanUpper, "0.0")})",
                c.Paired.RestrictedMeanVarianceReduction is { } v ? Formats.Number(v, "0.0") + "×" : "–",
                $"{Formats.Number(c.LogRank.ChiSquare, "0.0")} ({Formats.PValue(c.LogRank.PValue, c.LogRank.Log10PValue)})");
        }
        return table;
    }

    private static TextTable Causes(RunReport report)
    {
        var horizon = report.Scenario.HorizonDays;
        var table = new TextTable("Top causes of collapse (commitment:trigger), competing risks (Aalen–Johansen)", keyColumns: 2)
            .Column("Regime").Column("Cause").Right($"Collapsed from it by {Formats.Number(horizon, "0.###")} d (95%)").Right("Share of collapses");
        foreach (var regime in report.Regimes)
        {
            var causes = regime.Statistics?.Causes ?? [];
            if (causes.Count == 0)
            {
                table.Row(regime.Regime.Id, "no collapse", "", "");
                continue;
            }
            var first = true;
            foreach (var cause in causes.Take(TopCauses))
            {
                table.Row(first ? regime.Regime.Id : "", report.Causes.Name(cause.CauseId), IncidenceText(regime, cause, horizon), Formats.Percent(cause.ShareOfCollapses));
                first = false;
            }
        }
        return table;
    }

    // Wald interval of the Aalen–Johansen estimate, clipped to [0, 1] (causes.csv has the standard errors).
    private static string IncidenceText(RegimeReport regime, CauseCount cause, double horizon)
    {
        if (regime.Incidence is null) return "–";
        var at = regime.Incidence.At(cause.CauseId, horizon);
        const double z = 1.959963984540054;
        return Formats.PercentWithInterval(at.Incidence, Math.Max(0, at.Incidence - z * at.StandardError), Math.Min(1, at.Incidence + z * at.StandardError));
    }

    private static TextTable Verification(RunReport report)
    {
        var table = new TextTable("Claims and verdicts over all trials (true / unfounded claims × confirmed, refuted, inconclusive)")
            .Column("Regime").Right("True: conf/ref/inc").Right("Unfounded: conf/ref/inc").Right("Sens.").Right("Spec.")
            .Right("Days to verdict: mean/median/p90").Right("Max backlog").Right("Refusals").Right("Remedies").Right("Retaliations");
        foreach (var regime in report.Regimes)
        {
            var v = regime.Verification;
            var t = v.Totals;
            table.Row(
                regime.Regime.Id,
                $"{Formats.Count(t.TrueConfirmed)}/{Formats.Count(t.TrueRefuted)}/{Formats.Count(t.TrueInconclusive)}",
                $"{Formats.Count(t.UnfoundedConfirmed)}/{Formats.Count(t.UnfoundedRefuted)}/{Formats.Count(t.UnfoundedInconclusive)}",
                v.AchievedSensitivity is { } se ? Formats.Percent(se) : "–",
                v.AchievedSpecificity is { } sp ? Formats.Percent(sp) : "–",
                $"{OptionalDays(v.MeanDaysToVerdict)}/{OptionalDays(v.MedianDaysToVerdict)}/{OptionalDays(v.P90DaysToVerdict)}",
                Formats.Count(t.MaxBacklog),
                Formats.Count(t.AccessRefusals),
                Formats.Count(t.Remedies),
                Formats.Count(t.Retaliations));
        }
        return table;
    }

    private static string OptionalDays(double? days) => days is { } d ? Formats.Number(d, "0.0") : "–";
}
