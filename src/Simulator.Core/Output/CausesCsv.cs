using System.Globalization;
using nietras.SeparatedValues;
using Simulator.Results;
using Simulator.Storage;

namespace Simulator.Output;

/// <summary>
/// causes.csv: cumulative incidence of collapse by cause (Aalen–Johansen) per regime at each
/// report day and the horizon, with the cause's total collapses.
/// </summary>
public static class CausesCsv
{
    /// <summary>Column: regime id.</summary>
    public const string RegimeColumn = "regime";

    /// <summary>Column: cause (commitment:trigger).</summary>
    public const string CauseColumn = "cause";

    /// <summary>Column: day.</summary>
    public const string DayColumn = "day";

    /// <summary>Column: cumulative incidence.</summary>
    public const string IncidenceColumn = "cumulative_incidence";

    /// <summary>Column: its standard error.</summary>
    public const string StdErrorColumn = "std_error";

    /// <summary>The header row.</summary>
    public const string Header = RegimeColumn + "," + CauseColumn + ",collapses," + DayColumn + "," + IncidenceColumn + "," + StdErrorColumn;

    /// <summary>The file's text.</summary>
    public static string Render(RunReport report) => CsvFile.ToText(CsvFile.Columns(Header), csv => Write(report, csv));

    /// <summary>Writes the file atomically.</summary>
    public static WrittenFile WriteFile(string path, RunReport report) => CsvFile.Write(path, CsvFile.Columns(Header), csv => Write(report, csv));

    /// <summary>Writes the rows.</summary>
    public static void Write(RunReport report, SepWriter csv)
    {
        foreach (var regime in report.Regimes)
        {
            if (regime.Statistics is null || regime.Incidence is null) continue;
            foreach (var cause in regime.Statistics.Causes)
            {
                foreach (var day in report.Days)
                {
                    var point = regime.Incidence.At(cause.CauseId, day);
                    CsvFile.Row(csv, regime.Regime.Id, report.Causes.Name(cause.CauseId),
                        cause.Count.ToString(CultureInfo.InvariantCulture), CsvFile.Number(day),
                        CsvFile.Number(point.Incidence), CsvFile.Number(point.StandardError));
                }
            }
        }
    }
}
