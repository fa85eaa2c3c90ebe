using System.Globalization;
using Simulator.Application.Calibration;
using Simulator.Cli.Rendering.Layout;

namespace Simulator.Cli.Rendering;

/// <summary>The console tables of a calibration, fitted to the terminal: the fitted values with their intervals, then data against model per group.</summary>
internal static class CalibrationTables
{
    public static void Write(TextWriter output, CalibrationOutcome outcome)
    {
        var result = outcome.Result;
        var partial = outcome.Partial ? " (PARTIAL: cancelled; best point so far)" : "";
        var page = new ConsolePage(output, markdown: false, TerminalWidth.For(output));
        if (result is null)
        {
            page.Paragraph($"Calibration of {outcome.Plan.Base.Scenario.Name}: no parameter point completed{partial}");
            return;
        }
        var fit = result.GoodnessOfFitP is { } p ? $", goodness of fit p = {Formats.Number(p, "0.###")} on {result.DegreesOfFreedom} df" : "";
        page.Paragraph($"Calibration of {result.ScenarioName} to {Path.GetFileName(result.Data.File)}{partial}: deviance {Formats.Number(result.Deviance, "0.##")}{fit}; " +
            $"{result.Evaluations} parameter points × {Formats.Count(result.Trials)} trials, seed {result.Seed} at every point");
        page.Blank();
        var parameters = new TextTable("Fitted values, 95% profile intervals").Column("Parameter").Right("Estimate").Right("95% interval").Right("Range searched");
        foreach (var f in result.Parameters)
        {
            var interval = f.Interval is { } i
                ? $"{G(i.Lower)}{(i.LowerAtBound ? " (bound)" : "")} – {G(i.Upper)}{(i.UpperAtBound ? " (bound)" : "")}"
                : "not computed";
            parameters.Row(f.Parameter.Path, G(f.Estimate), interval, f.Parameter.Range);
        }
        page.Table(parameters);
        page.Blank();
        var days = result.Groups.Count > 0 ? result.Groups[0].Holds.Select(h => h.Data.Day).ToArray() : [];
        var groups = new TextTable("Data against the fitted model: holds at day N, data (95%) / model (95%)", keyColumns: 2)
            .Column("Group").Column("Regime").Right("n").Right("Events").Right("Deviance").Right("Log-rank O/E (p)");
        foreach (var day in days) groups.Right($"Holds at {Formats.Number(day, "0.###")} d");
        foreach (var g in result.Groups)
        {
            var row = new List<string>
            {
                g.Value.Length == 0 ? "all" : g.Value, g.Regime, g.Subjects.ToString(CultureInfo.InvariantCulture),
                g.Events.ToString(CultureInfo.InvariantCulture), Formats.Number(g.Deviance, "0.##"),
                $"{Formats.Number(g.LogRank.Observed, "0")}/{Formats.Number(g.LogRank.Expected, "0.0")} ({Formats.Number(g.LogRank.PValue, "0.###")})",
            };
            row.AddRange(g.Holds.Select(h => $"{Formats.PercentWithInterval(h.Data.Survival, h.Data.Lower, h.Data.Upper)} / {Formats.PercentWithInterval(h.Model.Survival, h.Model.Lower, h.Model.Upper)}"));
            groups.Row(row);
        }
        page.Table(groups);
    }

    private static string G(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
