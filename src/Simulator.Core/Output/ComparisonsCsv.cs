using System.Globalization;
using nietras.SeparatedValues;
using Simulator.Results;
using Simulator.Storage;

namespace Simulator.Output;

/// <summary>
/// comparisons.csv: each regime against the baseline; the hold_* columns are at the horizon (every
/// report day is in comparisons-by-day.csv). log10_p stays finite where logrank_p underflows to 0.
/// </summary>
public static class ComparisonsCsv
{
    /// <summary>The header row.</summary>
    public const string Header =
        "regime,baseline,logrank_chisq,logrank_p,log10_p,hold_diff,hold_diff_lower95,hold_diff_upper95," +
        "rmst_diff,rmst_diff_lower95,rmst_diff_upper95,pairs,hold_variance_reduction,rmst_variance_reduction,cost_per_day_gained";

    /// <summary>The file's text.</summary>
    public static string Render(RunReport report) => CsvFile.ToText(CsvFile.Columns(Header), csv => Write(report, csv));

    /// <summary>Writes the file atomically.</summary>
    public static WrittenFile WriteFile(string path, RunReport report) => CsvFile.Write(path, CsvFile.Columns(Header), csv => Write(report, csv));

    /// <summary>Writes the rows.</summary>
    public static void Write(RunReport report, SepWriter csv)
    {
        foreach (var c in report.Comparisons)
        {
            var h = c.Paired.Horizon;
            CsvFile.Row(csv, c.RegimeId, c.BaselineId, CsvFile.Number(c.LogRank.ChiSquare), CsvFile.Number(c.LogRank.PValue), CsvFile.Number(c.LogRank.Log10PValue),
                CsvFile.Number(h.Difference), CsvFile.Number(h.Lower), CsvFile.Number(h.Upper),
                CsvFile.Number(c.Paired.RestrictedMeanDifference), CsvFile.Number(c.Paired.RestrictedMeanLower),
                CsvFile.Number(c.Paired.RestrictedMeanUpper), c.Paired.Pairs.ToString(CultureInfo.InvariantCulture),
                CsvFile.Number(h.VarianceReduction), CsvFile.Number(c.Paired.RestrictedMeanVarianceReduction),
                CsvFile.Number(report.Regimes.First(r => r.Regime.Id == c.RegimeId).Cost.PerDayGained));
        }
    }
}
