using System.Globalization;
using Simulator.Results;

namespace Simulator.Output;

/// <summary>
/// causes.csv: cumulative incidence of collapse by cause (Aalen–Johansen) per regime at each
/// report day and the horizon, with the cause's total collapses.
/// </summary>
public static class CausesCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "regime,cause,collapses,day,cumulative_incidence,std_error";

    /// <summary>The file's text.</summary>
    public static string Render(RunReport report) => CsvText.ToText(text => Write(report, text));

    /// <summary>Writes the file's text to <paramref name="text"/>.</summary>
    public static void Write(RunReport report, TextWriter text)
    {
        text.Write(Header);
        text.Write('\n');
        foreach (var regime in report.Regimes)
        {
            if (regime.Statistics is null || regime.Incidence is null) continue;
            foreach (var cause in regime.Statistics.Causes)
            {
                foreach (var day in report.Days)
                {
                    var point = regime.Incidence.At(cause.CauseId, day);
                    CsvText.Row(text, regime.Regime.Id, report.Causes.Name(cause.CauseId),
                        cause.Count.ToString(CultureInfo.InvariantCulture), CsvText.Number(day),
                        CsvText.Number(point.Incidence), CsvText.Number(point.StandardError));
                }
            }
        }
    }
}
