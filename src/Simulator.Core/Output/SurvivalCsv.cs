using System.Globalization;
using Simulator.Results;
using Simulator.Statistics;

namespace Simulator.Output;

/// <summary>
/// survival.csv: the Kaplan–Meier curve of every regime at every distinct time (collapse times,
/// and the horizon where the surviving trials are censored), as R's survfit lists it, then the
/// Nelson–Aalen cumulative hazard at the same times (R's <c>fit$cumhaz</c> and <c>fit$std.chaz</c>).
/// </summary>
public static class SurvivalCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "regime,day,at_risk,events,censored,survival,lower95,upper95,std_error,cumhaz,cumhaz_std_error";

    /// <summary>The file's text.</summary>
    public static string Render(RunReport report) => CsvText.ToText(text => Write(report, text));

    /// <summary>Writes the file's text to <paramref name="text"/>.</summary>
    public static void Write(RunReport report, TextWriter text)
    {
        text.Write(Header);
        text.Write('\n');
        foreach (var regime in report.Regimes)
        {
            if (regime.Curve is null) continue;
            var hazard = NelsonAalen.Estimate(regime.Curve.Table).Points;
            for (var i = 0; i < regime.Curve.Points.Count; i++)
            {
                var p = regime.Curve.Points[i];
                var h = hazard[i];
                CsvText.Row(text, regime.Regime.Id, CsvText.Number(p.Time),
                    p.AtRisk.ToString(CultureInfo.InvariantCulture), p.Events.ToString(CultureInfo.InvariantCulture),
                    p.Censored.ToString(CultureInfo.InvariantCulture), CsvText.Number(p.Survival),
                    CsvText.Number(p.Lower), CsvText.Number(p.Upper), CsvText.Number(p.StandardError),
                    CsvText.Number(h.CumulativeHazard), CsvText.Number(h.StandardError));
            }
        }
    }
}
