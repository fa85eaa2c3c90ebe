using System.Globalization;
using Simulator.Application.Studies;
using Simulator.Cli.Rendering.Layout;

namespace Simulator.Cli.Rendering;

/// <summary>The console table of a sweep or sample: one row per point and regime.</summary>
internal static class PointTables
{
    /// <summary>Rows printed; sweep.csv has them all.</summary>
    public const int MaxRows = 400;

    public static void Write(ConsolePage page, string title, IReadOnlyList<string> parameterNames, StudyOutcome run)
    {
        var completed = run.Completed;
        var first = completed.Count > 0 ? completed[0].Report : null;
        var partial = run.Partial ? $" (PARTIAL: {completed.Count} of {run.Result.Requested} points completed)" : "";
        page.Paragraph(first is null
            ? $"{title}: no point completed{partial}"
            : $"{title}{partial}, scenario {first.Scenario.Name}, seed {first.Scenario.Seed} and {Formats.Count(first.TrialsCompleted)} trials per regime at every point (common random numbers)");
        if (first is null) return;
        page.Blank();
        var table = new TextTable($"Probability the truce holds and days held, 95% intervals; change vs {first.BaselineId} paired over the same trials",
            keyColumns: parameterNames.Count + 2);
        table.Right("Pt");
        foreach (var name in parameterNames) table.Right(ShortName(name));
        table.Column("Regime");
        foreach (var day in first.Days) table.Right($"Holds at {Formats.Number(day, "0.###")} d");
        table.Right("Median days").Right("Mean days to horizon").Right("Change in holds at horizon");
        var rows = 0;
        foreach (var point in completed)
        {
            foreach (var regime in point.Report.Regimes)
            {
                if (++rows > MaxRows) break;
                var s = regime.Statistics;
                var row = new List<string> { point.Point.Number.ToString(CultureInfo.InvariantCulture) };
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
                table.Row(row);
            }
        }
        page.Table(table);
        if (rows > MaxRows) page.Paragraph($"({rows - MaxRows} more rows in the CSV file)");
    }

    /// <summary>Long drawn numbers read to 4 significant digits (the CSV has them exactly).</summary>
    private static string Short(string value) =>
        value.Length > 6 && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            ? x.ToString("G4", CultureInfo.InvariantCulture)
            : value;

    /// <summary>The last two segments of a key path: enough to tell the columns apart.</summary>
    private static string ShortName(string path)
    {
        var parts = path.Split('.');
        return parts.Length <= 2 ? path : string.Join('.', parts[^2..]);
    }
}
