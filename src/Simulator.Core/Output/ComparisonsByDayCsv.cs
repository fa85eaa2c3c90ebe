using System.Globalization;
using nietras.SeparatedValues;
using Simulator.Results;
using Simulator.Storage;

namespace Simulator.Output;

/// <summary>
/// comparisons-by-day.csv: the paired difference of each regime with the baseline in the probability
/// of holding, one row per regime and report day (the horizon last), in long format for data frames;
/// summary.json holds the same numbers nested under each comparison's hold_differences.
/// </summary>
public static class ComparisonsByDayCsv
{
    /// <summary>The header row.</summary>
    public const string Header =
        "regime,baseline,day,pairs,regime_holds,baseline_holds,hold_diff,hold_diff_std_error,hold_diff_lower95,hold_diff_upper95,variance_reduction";

    /// <summary>The file's text.</summary>
    public static string Render(RunReport report) => CsvFile.ToText(CsvFile.Columns(Header), csv => Write(report, csv));

    /// <summary>Writes the file atomically.</summary>
    public static WrittenFile WriteFile(string path, RunReport report) => CsvFile.Write(path, CsvFile.Columns(Header), csv => Write(report, csv));

    /// <summary>Writes the rows: comparisons in run order, days increasing.</summary>
    public static void Write(RunReport report, SepWriter csv)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var c in report.Comparisons)
        {
            var pairs = c.Paired.Pairs.ToString(CultureInfo.InvariantCulture);
            foreach (var d in c.Paired.Days.DistinctBy(d => d.Day)) // the horizon is listed twice when it is a report day
            {
                CsvFile.Row(csv, c.RegimeId, c.BaselineId, CsvFile.Number(d.Day), pairs,
                    CsvFile.Number(d.RegimeHolding), CsvFile.Number(d.BaselineHolding),
                    CsvFile.Number(d.Difference), CsvFile.Number(d.StandardError), CsvFile.Number(d.Lower), CsvFile.Number(d.Upper),
                    CsvFile.Number(d.VarianceReduction));
            }
        }
    }
}
