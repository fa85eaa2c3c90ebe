using System.Globalization;
using nietras.SeparatedValues;
using Simulator.Results;
using Simulator.Statistics;
using Simulator.Storage;

namespace Simulator.Output;

/// <summary>
/// survival.csv: the Kaplan–Meier curve of every regime at every distinct time (collapse times,
/// and the horizon where the surviving trials are censored), as R's survfit lists it, then the
/// Nelson–Aalen cumulative hazard at the same times (R's <c>fit$cumhaz</c> and <c>fit$std.chaz</c>);
/// by default at most <see cref="SurvivalGrid.MaxRows"/> rows a regime, on a grid beyond that
/// (<see cref="SurvivalGrid"/>), every time with <see cref="SurvivalRows.Full"/>.
/// </summary>
public static class SurvivalCsv
{
    /// <summary>Column: regime id.</summary>
    public const string RegimeColumn = "regime";

    /// <summary>Column: day.</summary>
    public const string DayColumn = "day";

    /// <summary>Column: Kaplan–Meier survival.</summary>
    public const string SurvivalColumn = "survival";

    /// <summary>Column: lower 95 % bound.</summary>
    public const string LowerColumn = "lower95";

    /// <summary>Column: upper 95 % bound.</summary>
    public const string UpperColumn = "upper95";

    /// <summary>The header row.</summary>
    public const string Header = RegimeColumn + "," + DayColumn + ",at_risk,events,censored," + SurvivalColumn + "," + LowerColumn + "," + UpperColumn
        + ",std_error,cumhaz,cumhaz_std_error";

    /// <summary>The file's text.</summary>
    public static string Render(RunReport report, SurvivalRows rows = SurvivalRows.Bounded) =>
        CsvFile.ToText(CsvFile.Columns(Header), csv => Write(report, csv, rows));

    /// <summary>Writes the file atomically.</summary>
    public static WrittenFile WriteFile(string path, RunReport report, SurvivalRows rows = SurvivalRows.Bounded) =>
        CsvFile.Write(path, CsvFile.Columns(Header), csv => Write(report, csv, rows));

    /// <summary>Writes the rows.</summary>
    public static void Write(RunReport report, SepWriter csv, SurvivalRows rows = SurvivalRows.Bounded)
    {
        foreach (var regime in report.Regimes)
        {
            if (regime.Curve is null) continue;
            var hazard = NelsonAalen.Estimate(regime.Curve.Table).Points;
            foreach (var row in SurvivalGrid.Rows(regime.Curve.Points, rows))
            {
                var p = regime.Curve.Points[row.Index];
                var h = hazard[row.Index];
                CsvFile.Row(csv, regime.Regime.Id, CsvFile.Number(row.Day),
                    row.AtRisk.ToString(CultureInfo.InvariantCulture), row.Events.ToString(CultureInfo.InvariantCulture),
                    row.Censored.ToString(CultureInfo.InvariantCulture), CsvFile.Number(p.Survival),
                    CsvFile.Number(p.Lower), CsvFile.Number(p.Upper), CsvFile.Number(p.StandardError),
                    CsvFile.Number(h.CumulativeHazard), CsvFile.Number(h.StandardError));
            }
        }
    }
}
