using System.Globalization;
using System.Text;

namespace Simulator.Output;

/// <summary>
/// survival.csv: the Kaplan–Meier curve of every regime at every distinct time (collapse times,
/// and the horizon where the surviving trials are censored), as R's survfit lists it.
/// </summary>
public static class SurvivalCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "regime,day,at_risk,events,censored,survival,lower95,upper95,std_error";

    /// <summary>The file's text.</summary>
    public static string Render(RunReport report)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var regime in report.Regimes)
        {
            if (regime.Curve is null) continue;
            foreach (var p in regime.Curve.Points)
            {
                CsvText.Row(text, regime.Regime.Id, CsvText.Number(p.Time),
                    p.AtRisk.ToString(CultureInfo.InvariantCulture), p.Events.ToString(CultureInfo.InvariantCulture),
                    p.Censored.ToString(CultureInfo.InvariantCulture), CsvText.Number(p.Survival),
                    CsvText.Number(p.Lower), CsvText.Number(p.Upper), CsvText.Number(p.StandardError));
            }
        }
        return text.ToString();
    }
}
