using System.Globalization;
using Simulator.Results;

namespace Simulator.Output;

/// <summary>comparisons.csv: each regime against the baseline; the hold_* columns are at the horizon.</summary>
public static class ComparisonsCsv
{
    /// <summary>The header row.</summary>
    public const string Header =
        "regime,baseline,logrank_chisq,logrank_p,hold_diff,hold_diff_lower95,hold_diff_upper95," +
        "rmst_diff,rmst_diff_lower95,rmst_diff_upper95,pairs,hold_variance_reduction,rmst_variance_reduction,cost_per_day_gained";

    /// <summary>The file's text.</summary>
    public static string Render(RunReport report) => CsvText.ToText(text => Write(report, text));

    /// <summary>Writes the file's text to <paramref name="text"/>.</summary>
    public static void Write(RunReport report, TextWriter text)
    {
        text.Write(Header);
        text.Write('\n');
        foreach (var c in report.Comparisons)
        {
            var h = c.Paired.Horizon;
            CsvText.Row(text, c.RegimeId, c.BaselineId, CsvText.Number(c.LogRank.ChiSquare), CsvText.Number(c.LogRank.PValue),
                CsvText.Number(h.Difference), CsvText.Number(h.Lower), CsvText.Number(h.Upper),
                CsvText.Number(c.Paired.RestrictedMeanDifference), CsvText.Number(c.Paired.RestrictedMeanLower),
                CsvText.Number(c.Paired.RestrictedMeanUpper), c.Paired.Pairs.ToString(CultureInfo.InvariantCulture),
                CsvText.Number(h.VarianceReduction), CsvText.Number(c.Paired.RestrictedMeanVarianceReduction),
                CsvText.Number(report.Regimes.First(r => r.Regime.Id == c.RegimeId).Cost.PerDayGained));
        }
    }
}
