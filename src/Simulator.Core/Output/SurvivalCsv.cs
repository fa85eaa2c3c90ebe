using System.Globalization;
using nietras.SeparatedValues;
using Simulator.Engine.Tallies;
using Simulator.Results;
using Simulator.Results.Curves;
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

    /// <summary>The file's text (<paramref name="tally"/>: the run's tallies, needed by <see cref="SurvivalRows.Full"/> for a curve longer than the bound).</summary>
    public static string Render(RunReport report, SurvivalRows rows = SurvivalRows.Bounded, RunTally? tally = null) =>
        CsvFile.ToText(CsvFile.Columns(Header), csv => Write(report, csv, rows, tally));

    /// <summary>Writes the file atomically.</summary>
    public static WrittenFile WriteFile(string path, RunReport report, SurvivalRows rows = SurvivalRows.Bounded, RunTally? tally = null) =>
        CsvFile.Write(path, CsvFile.Columns(Header), csv => Write(report, csv, rows, tally));

    /// <summary>
    /// Writes the rows. The report holds each regime's bounded rows; every row of a longer curve is
    /// rebuilt from its tally, one regime at a time, as it is written.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="SurvivalRows.Full"/> with a curve longer than the bound and no tallies.</exception>
    public static void Write(RunReport report, SepWriter csv, SurvivalRows rows = SurvivalRows.Bounded, RunTally? tally = null)
    {
        var horizonTicks = TimeResolution.ToTicks(report.Scenario.HorizonDays);
        for (var r = 0; r < report.Regimes.Count; r++)
        {
            var regime = report.Regimes[r];
            if (regime.Curve is null) continue;
            var listed = rows == SurvivalRows.Bounded || regime.Curve.IsComplete
                ? regime.Curve.BoundedRows
                : SurvivalDigest.FullRows(tally?.Regimes[r] ?? throw new ArgumentException("Every row of a long curve is rebuilt from the run's tallies: pass them.", nameof(tally)), horizonTicks);
            foreach (var row in listed)
            {
                CsvFile.Row(csv, regime.Regime.Id, CsvFile.Number(row.Day),
                    row.AtRisk.ToString(CultureInfo.InvariantCulture), row.Events.ToString(CultureInfo.InvariantCulture),
                    row.Censored.ToString(CultureInfo.InvariantCulture), CsvFile.Number(row.Survival),
                    CsvFile.Number(row.Lower), CsvFile.Number(row.Upper), CsvFile.Number(row.StandardError),
                    CsvFile.Number(row.CumulativeHazard), CsvFile.Number(row.HazardStandardError));
            }
        }
    }
}
