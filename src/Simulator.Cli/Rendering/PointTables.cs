using Simulator.Application.Studies;
using Spectre.Console;

namespace Simulator.Cli.Rendering;

/// <summary>The console table of a sweep or sample: one row per point and regime.</summary>
internal static class PointTables
{
    /// <summary>Rows printed; sweep.csv has them all.</summary>
    public const int MaxRows = 400;

    public static void Write(TextWriter output, string title, IReadOnlyList<string> parameterNames, StudyOutcome run)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 400; // wide enough that no cell wraps
        var completed = run.Completed;
        var first = completed.Count > 0 ? completed[0].Report : null;
        var partial = run.Partial ? $" (PARTIAL: {completed.Count} of {run.Result.Requested} points completed)" : "";
        output.WriteLine(first is null
            ? $"{title}: no point completed{partial}"
            : $"{title}{partial}, scenario {first.Scenario.Name}, seed {first.Scenario.Seed} and {Formats.Count(first.TrialsCompleted)} trials per regime at every point (common random numbers)");
        if (first is null) return;
        output.WriteLine();
        var table = new Table { Border = TableBorder.Simple, Expand = false };
        table.Title = new TableTitle(Markup.Escape($"Probability the truce holds and days held, 95% intervals; change vs {first.BaselineId} paired over the same trials"));
        table.AddColumn("Pt", c => c.RightAligned());
        foreach (var name in parameterNames) table.AddColumn(Markup.Escape(ShortName(name)), c => c.RightAligned());
        table.AddColumn("Regime");
        foreach (var day in first.Days) table.AddColumn($"Holds at {Formats.Number(day, "0.###")} d", c => c.RightAligned());
        table.AddColumn("Median days", c => c.RightAligned());
        table.AddColumn("Mean days to horizon", c => c.RightAligned());
        table.AddColumn($"Change in holds at horizon", c => c.RightAligned());
        var rows = 0;
        foreach (var point in completed)
        {
            foreach (var regime in point.Report.Regimes)
            {
                if (++rows > MaxRows) break;
                var s = regime.Statistics;
                var row = new List<string> { point.Point.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                row.AddRange(point.Point.Settings.Select(x => Short(x.Value)));
                row.Add(regime.Regime.Id);
                if (s is null)
                {
                    row.AddRange(first.Days.Select(_ => ""));
                    row.AddRange(["", "", ""]);
                }
                else
                {
                    row.AddRange(s.Survival.Select(e => Formats.PercentWithInterval(e.Survival, e.Lower, e.Upper)));
                    row.Add(Formats.DaysWithInterval(s.Median.Estimate, s.Median.Lower, s.Median.Upper));
                    row.Add($"{Formats.Number(s.RestrictedMean.Estimate, "0.0")} ({Formats.Number(s.RestrictedMean.Lower, "0.0")}–{Formats.Number(s.RestrictedMean.Upper, "0.0")})");
                    var c = point.Report.Comparisons.FirstOrDefault(x => x.RegimeId == regime.Regime.Id)?.Paired.Horizon;
                    row.Add(c is null ? "baseline" : Formats.SignedPointsWithInterval(c.Difference, c.Lower, c.Upper));
                }
                table.AddRow(row.Select(Markup.Escape).ToArray());
            }
        }
        foreach (var column in table.Columns) column.NoWrap = true;
        console.Write(table);
        if (rows > MaxRows) output.WriteLine($"({rows - MaxRows} more rows in the CSV file)");
    }

    /// <summary>Long drawn numbers read to 4 significant digits (the CSV has them exactly).</summary>
    private static string Short(string value) =>
        value.Length > 6 && double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var x)
            ? x.ToString("G4", System.Globalization.CultureInfo.InvariantCulture)
            : value;

    /// <summary>The last two segments of a key path: enough to tell the columns apart.</summary>
    private static string ShortName(string path)
    {
        var parts = path.Split('.');
        return parts.Length <= 2 ? path : string.Join('.', parts[^2..]);
    }
}
