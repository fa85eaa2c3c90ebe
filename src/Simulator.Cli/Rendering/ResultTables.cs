using Simulator.Output;
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
        output.WriteLine();
        console.Write(Durability(report));
        if (report.Comparisons.Count > 0)
        {
            output.WriteLine();
            console.Write(Comparisons(report));
        }
        output.WriteLine();
        console.Write(Causes(report));
        output.WriteLine();
        console.Write(Verification(report));
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
        var table = NewTable($"Top causes of collapse (commitment:trigger), share of collapses");
        table.AddColumn("Regime");
        table.AddColumn("Causes");
        NoWrap(table);
        foreach (var regime in report.Regimes)
        {
            var causes = regime.Statistics?.Causes ?? [];
            var text = causes.Count == 0
                ? "no collapse"
                : string.Join("; ", causes.Take(TopCauses).Select(c => $"{report.Causes.Name(c.CauseId)} {Formats.Percent(c.ShareOfCollapses)}"));
            table.AddRow(Markup.Escape(regime.Regime.Id), Markup.Escape(text));
        }
        return table;
    }

    private static Table Verification(RunReport report)
    {
        var table = NewTable("Claims and verdicts over all trials (true / unfounded claims × confirmed, refuted, inconclusive)");
        table.AddColumn("Regime");
        table.AddColumn("True: conf/ref/inc", c => c.RightAligned());
        table.AddColumn("Unfounded: conf/ref/inc", c => c.RightAligned());
        table.AddColumn("Sens.", c => c.RightAligned());
        table.AddColumn("Spec.", c => c.RightAligned());
        table.AddColumn("Days to verdict", c => c.RightAligned());
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
                v.MeanDaysToVerdict is { } d ? Formats.Number(d, "0.0") : "–",
                Formats.Count(t.MaxBacklog),
                Formats.Count(t.AccessRefusals),
                Formats.Count(t.Remedies),
                Formats.Count(t.Retaliations));
        }
        return table;
    }

    private static Table NewTable(string title) => new() { Border = TableBorder.Simple, Title = new TableTitle(Markup.Escape(title)), Expand = false };

    private static void NoWrap(Table table)
    {
        foreach (var column in table.Columns) column.NoWrap = true;
    }
}
