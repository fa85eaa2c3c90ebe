using Simulator.Results;
using Simulator.Results.Precision;
using Simulator.Statistics;
using Spectre.Console;

namespace Simulator.Cli.Rendering;

/// <summary>
/// The console output of `run`: durability per regime, the paired comparison with the baseline,
/// the top causes of collapse and the verification performance. Plain text (no colour codes)
/// at a fixed width so it reads the same in a terminal, a log or a golden file.
/// </summary>
public static class ResultTables
{
    /// <summary>Causes listed per regime in the console (summary.json has them all).</summary>
    public const int TopCauses = 3;

    /// <summary>Writes every table of the report.</summary>
    public static void Write(RunReport report, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200; // wide enough that no cell wraps; a narrower terminal folds whole lines

        var s = report.Scenario;
        output.WriteLine($"Scenario {s.Name} (hash {report.ScenarioHash[..12]}), seed {s.Seed}, " +
            $"{Formats.Count(report.TrialsCompleted)} trials per regime{(report.Partial ? $" of {Formats.Count(report.TrialsRequested)} requested (PARTIAL: cancelled)" : "")}, horizon {Formats.Number(s.HorizonDays, "0.###")} days");
        if (report.Precision is { } precision)
        {
            output.WriteLine(PrecisionText.Summary(precision, s.HorizonDays));
            if (precision.Final is { Measures.Count: > 0 })
            {
                output.WriteLine();
                console.Write(Precision(precision));
            }
        }
        output.WriteLine();
        console.Write(Durability(report));
        output.WriteLine();
        console.Write(Timing(report));
        if (report.Comparisons.Count > 0)
        {
            output.WriteLine();
            console.Write(Comparisons(report));
        }
        output.WriteLine();
        console.Write(Causes(report));
        output.WriteLine();
        console.Write(Verification(report));
        output.WriteLine();
        console.Write(Costs(report));
    }

    private static Table Costs(RunReport report)
    {
        var table = NewTable($"Cost and intrusiveness: per inspection made and per day in place while the truce holds; gains against {report.BaselineId}");
        table.AddColumn("Regime");
        table.AddColumn("Total cost", c => c.RightAligned());
        table.AddColumn("Per trial", c => c.RightAligned());
        table.AddColumn("Per day held", c => c.RightAligned());
        table.AddColumn("Per day gained", c => c.RightAligned());
        table.AddColumn("Inspections", c => c.RightAligned());
        table.AddColumn("Refused", c => c.RightAligned());
        table.AddColumn("Refusals read as confirmation", c => c.RightAligned());
        NoWrap(table);
        foreach (var regime in report.Regimes)
        {
            var c = regime.Cost;
            var gained = regime.Regime.Id == report.BaselineId ? "–" : c.PerDayGained is { } g ? Formats.Number(g, "0.###") : "no gain";
            table.AddRow(
                Markup.Escape(regime.Regime.Id),
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

    private static Table Precision(PrecisionOutcome outcome)
    {
        var goal = outcome.Goal;
        var table = NewTable("Precision reached (95% half-widths)");
        table.AddColumn("Regime");
        table.AddColumn("Estimate", c => c.RightAligned());
        table.AddColumn("Half-width", c => c.RightAligned());
        table.AddColumn("Met", c => c.RightAligned());
        NoWrap(table);
        foreach (var m in outcome.Final!.Measures)
        {
            var estimate = goal.Target switch
            {
                PrecisionTarget.Holds => Formats.Percent(m.Estimate),
                PrecisionTarget.RestrictedMean => Formats.Number(m.Estimate, "0.0") + " d",
                _ => Formats.SignedPoints(m.Estimate),
            };
            var regime = m.BaselineId is null ? m.RegimeId : $"{m.RegimeId} vs {m.BaselineId}";
            table.AddRow(Markup.Escape(regime), Markup.Escape(estimate), Markup.Escape(PrecisionText.HalfWidth(goal, m.HalfWidth)),
                m.HalfWidth <= goal.HalfWidth ? "yes" : "no");
        }
        return table;
    }

    private static Table Durability(RunReport report)
    {
        var table = NewTable("Probability the truce still holds, with 95% intervals (Kaplan–Meier, log-log)");
        table.AddColumn("Regime");
        table.AddColumn("Collapsed", c => c.RightAligned());
        foreach (var day in report.Days) table.AddColumn($"Holds at {Formats.Number(day, "0.###")} d", c => c.RightAligned());
        table.AddColumn("Median days", c => c.RightAligned());
        table.AddColumn("Mean days to horizon", c => c.RightAligned());
        NoWrap(table);
        foreach (var regime in report.Regimes)
        {
            var s = regime.Statistics;
            if (s is null)
            {
                table.AddRow([regime.Regime.Id, "no trials", .. report.Days.Select(_ => ""), "", ""]);
                continue;
            }
            var row = new List<string> { regime.Regime.Id, Formats.Percent(s.CollapsedShare) };
            row.AddRange(s.Survival.Select(e => Formats.PercentWithInterval(e.Survival, e.Lower, e.Upper)));
            row.Add(Formats.DaysWithInterval(s.Median.Estimate, s.Median.Lower, s.Median.Upper));
            row.Add($"{Formats.Number(s.RestrictedMean.Estimate, "0.0")} ± {Formats.Number(s.RestrictedMean.StandardError, "0.0")}");
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }
        return table;
    }

    private static Table Timing(RunReport report)
    {
        var table = NewTable("When truces collapse: days by which 25%, 50%, 75% have collapsed (95% interval), and the Weibull shape of the risk");
        table.AddColumn("Regime");
        table.AddColumn("25% collapsed by", c => c.RightAligned());
        table.AddColumn("50% collapsed by", c => c.RightAligned());
        table.AddColumn("75% collapsed by", c => c.RightAligned());
        table.AddColumn("Weibull shape k (95%)", c => c.RightAligned());
        table.AddColumn("Risk over time", c => c.RightAligned());
        NoWrap(table);
        foreach (var regime in report.Regimes)
        {
            var s = regime.Statistics;
            if (s is null)
            {
                table.AddRow(Markup.Escape(regime.Regime.Id), "no trials", "", "", "", "");
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
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }
        return table;
    }

    private static Table Comparisons(RunReport report)
    {
        var horizon = Formats.Number(report.Scenario.HorizonDays, "0.###");
        var table = NewTable($"Paired comparison with {report.BaselineId} over the same trials (common random numbers), 95% intervals");
        table.AddColumn("Regime");
        table.AddColumn($"Change in holds at {horizon} d", c => c.RightAligned());
        table.AddColumn("Change in mean days", c => c.RightAligned());
        table.AddColumn("Variance reduction", c => c.RightAligned());
        table.AddColumn("Log-rank χ² (p)", c => c.RightAligned());
        NoWrap(table);
        foreach (var c in report.Comparisons)
        {
            var h = c.Paired.Horizon;
            table.AddRow(
                Markup.Escape(c.RegimeId),
                Markup.Escape(Formats.SignedPointsWithInterval(h.Difference, h.Lower, h.Upper)),
                Markup.Escape($"{Formats.Signed(c.Paired.RestrictedMeanDifference, "0.0")} ({Formats.Signed(c.Paired.RestrictedMeanLower, "0.0")} to {Formats.Signed(c.Paired.RestrictedMeanUpper, "0.0")})"),
                c.Paired.RestrictedMeanVarianceReduction is { } v ? Formats.Number(v, "0.0") + "×" : "–",
                Markup.Escape($"{Formats.Number(c.LogRank.ChiSquare, "0.0")} ({Formats.PValue(c.LogRank.PValue, c.LogRank.Log10PValue)})"));
        }
        return table;
    }

    private static Table Causes(RunReport report)
    {
        var horizon = report.Scenario.HorizonDays;
        var table = NewTable("Top causes of collapse (commitment:trigger), competing risks (Aalen–Johansen)");
        table.AddColumn("Regime");
        table.AddColumn("Cause");
        table.AddColumn($"Collapsed from it by {Formats.Number(horizon, "0.###")} d (95%)", c => c.RightAligned());
        table.AddColumn("Share of collapses", c => c.RightAligned());
        NoWrap(table);
        foreach (var regime in report.Regimes)
        {
            var causes = regime.Statistics?.Causes ?? [];
            if (causes.Count == 0)
            {
                table.AddRow(Markup.Escape(regime.Regime.Id), "no collapse", "", "");
                continue;
            }
            var first = true;
            foreach (var cause in causes.Take(TopCauses))
            {
                table.AddRow(
                    first ? Markup.Escape(regime.Regime.Id) : "",
                    Markup.Escape(report.Causes.Name(cause.CauseId)),
                    Markup.Escape(IncidenceText(regime, cause, horizon)),
                    Formats.Percent(cause.ShareOfCollapses));
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

    private static Table Verification(RunReport report)
    {
        var table = NewTable("Claims and verdicts over all trials (true / unfounded claims × confirmed, refuted, inconclusive)");
        table.AddColumn("Regime");
        table.AddColumn("True: conf/ref/inc", c => c.RightAligned());
        table.AddColumn("Unfounded: conf/ref/inc", c => c.RightAligned());
        table.AddColumn("Sens.", c => c.RightAligned());
        table.AddColumn("Spec.", c => c.RightAligned());
        table.AddColumn("Days to verdict: mean/median/p90", c => c.RightAligned());
        table.AddColumn("Max backlog", c => c.RightAligned());
        table.AddColumn("Refusals", c => c.RightAligned());
        table.AddColumn("Remedies", c => c.RightAligned());
        table.AddColumn("Retaliations", c => c.RightAligned());
        NoWrap(table);
        foreach (var regime in report.Regimes)
        {
            var v = regime.Verification;
            var t = v.Totals;
            table.AddRow(
                Markup.Escape(regime.Regime.Id),
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

    private static Table NewTable(string title) => new() { Border = TableBorder.Simple, Title = new TableTitle(Markup.Escape(title)), Expand = false };

    private static void NoWrap(Table table)
    {
        foreach (var column in table.Columns) column.NoWrap = true;
    }
}
