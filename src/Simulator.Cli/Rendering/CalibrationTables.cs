using System.Globalization;
using Simulator.Application.Calibration;
using Spectre.Console;

namespace Simulator.Cli.Rendering;

/// <summary>The console tables of a calibration: the fitted values with their intervals, then data against model per group.</summary>
internal static class CalibrationTables
{
    public static void Write(TextWriter output, CalibrationOutcome outcome)
    {
        var result = outcome.Result;
        var partial = outcome.Partial ? " (PARTIAL: cancelled; best point so far)" : "";
        if (result is null)
        {
            output.WriteLine($"Calibration of {outcome.Plan.Base.Scenario.Name}: no parameter point completed{partial}");
            return;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 400;
        var fit = result.GoodnessOfFitP is { } p ? $", goodness of fit p = {Formats.Number(p, "0.###")} on {result.DegreesOfFreedom} df" : "";
        output.WriteLine($"Calibration of {result.ScenarioName} to {Path.GetFileName(result.Data.File)}{partial}: deviance {Formats.Number(result.Deviance, "0.##")}{fit}; " +
            $"{result.Evaluations} parameter points × {Formats.Count(result.Trials)} trials, seed {result.Seed} at every point");
        output.WriteLine();
        var parameters = new Table { Border = TableBorder.Simple, Expand = false, Title = new TableTitle("Fitted values, 95% profile intervals") };
        parameters.AddColumn("Parameter");
        parameters.AddColumn("Estimate", c => c.RightAligned());
        parameters.AddColumn("95% interval", c => c.RightAligned());
        parameters.AddColumn("Range searched", c => c.RightAligned());
        foreach (var f in result.Parameters)
        {
            var interval = f.Interval is { } i
                ? $"{G(i.Lower)}{(i.LowerAtBound ? " (bound)" : "")} – {G(i.Upper)}{(i.UpperAtBound ? " (bound)" : "")}"
                : "not computed";
            parameters.AddRow(Markup.Escape(f.Parameter.Path), G(f.Estimate), Markup.Escape(interval), Markup.Escape(f.Parameter.Range));
        }
        console.Write(parameters);
        var days = result.Groups.Count > 0 ? result.Groups[0].Holds.Select(h => h.Data.Day).ToArray() : [];
        var groups = new Table { Border = TableBorder.Simple, Expand = false, Title = new TableTitle("Data against the fitted model: holds at day N, data (95%) / model (95%)") };
        groups.AddColumn("Group");
        groups.AddColumn("Regime");
        groups.AddColumn("n", c => c.RightAligned());
        groups.AddColumn("Events", c => c.RightAligned());
        groups.AddColumn("Deviance", c => c.RightAligned());
        groups.AddColumn("Log-rank O/E (p)", c => c.RightAligned());
        foreach (var day in days) groups.AddColumn($"Holds at {Formats.Number(day, "0.###")} d", c => c.RightAligned());
        foreach (var g in result.Groups)
        {
            var row = new List<string>
            {
                Markup.Escape(g.Value.Length == 0 ? "all" : g.Value), Markup.Escape(g.Regime), g.Subjects.ToString(CultureInfo.InvariantCulture),
                g.Events.ToString(CultureInfo.InvariantCulture), Formats.Number(g.Deviance, "0.##"),
                $"{Formats.Number(g.LogRank.Observed, "0")}/{Formats.Number(g.LogRank.Expected, "0.0")} ({Formats.Number(g.LogRank.PValue, "0.###")})",
            };
            row.AddRange(g.Holds.Select(h => $"{Formats.PercentWithInterval(h.Data.Survival, h.Data.Lower, h.Data.Upper)} / {Formats.PercentWithInterval(h.Model.Survival, h.Model.Lower, h.Model.Upper)}"));
            groups.AddRow(row.ToArray());
        }
        console.Write(groups);
    }

    private static string G(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
