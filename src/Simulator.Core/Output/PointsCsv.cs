using System.Globalization;
using nietras.SeparatedValues;
using Simulator.Storage;
using Simulator.Studies.Sweeps;

namespace Simulator.Output;

/// <summary>
/// sweep.csv and sample.csv (docs/sweeps.md): one row per point and regime. Columns: <c>point</c>,
/// one column per varied parameter (named by its key path), <c>regime</c>, <c>baseline</c>,
/// <c>trials</c>, <c>horizon_days</c>, then <c>holds_&lt;day&gt;</c> with <c>_lower</c> and
/// <c>_upper</c> for every report day, the same for <c>holds_horizon</c>, <c>rmst</c> and
/// <c>median</c>, and the paired difference with the baseline <c>diff_holds_horizon</c> and
/// <c>diff_rmst</c> (each with <c>_lower</c>, <c>_upper</c>; empty on the baseline's rows). Intervals
/// are 95 %; an empty median means not reached. The column names are stable: the HTML report reads them.
/// </summary>
public static class PointsCsv
{
    /// <summary>The header and rows as text (\n line ends, invariant numbers).</summary>
    public static string Format(IReadOnlyList<string> parameterNames, IReadOnlyList<PointResult> results) =>
        CsvFile.ToText(Header(parameterNames, results), csv => Write(csv, results));

    /// <summary>Writes the CSV atomically.</summary>
    public static WrittenFile Write(string path, IReadOnlyList<string> parameterNames, IReadOnlyList<PointResult> results) =>
        CsvFile.Write(path, Header(parameterNames, results), csv => Write(csv, results));

    private static List<string> Header(IReadOnlyList<string> parameterNames, IReadOnlyList<PointResult> results)
    {
        ArgumentNullException.ThrowIfNull(parameterNames);
        ArgumentNullException.ThrowIfNull(results);
        var days = Days(results);
        var header = new List<string> { "point" };
        header.AddRange(parameterNames);
        header.AddRange(["regime", "baseline", "trials", "horizon_days"]);
        foreach (var day in days) header.AddRange(WithInterval("holds_" + Day(day)));
        header.AddRange(WithInterval("holds_horizon"));
        header.AddRange(WithInterval("rmst"));
        header.AddRange(WithInterval("median"));
        header.AddRange(WithInterval("diff_holds_horizon"));
        header.AddRange(WithInterval("diff_rmst"));
        header.AddRange(["cost_per_trial", "cost_per_day_gained", "inspections", "refusals"]);
        return header;
    }

    private static void Write(SepWriter csv, IReadOnlyList<PointResult> results)
    {
        var days = Days(results);
        foreach (var result in results)
        {
            var report = result.Report;
            foreach (var regime in report.Regimes)
            {
                var row = new List<string> { result.Point.Number.ToString(CultureInfo.InvariantCulture) };
                row.AddRange(result.Point.Settings.Select(s => s.Value));
                row.AddRange([regime.Regime.Id, report.BaselineId, report.TrialsCompleted.ToString(CultureInfo.InvariantCulture), CsvFile.Number(report.Scenario.HorizonDays)]);
                var s = regime.Statistics;
                foreach (var day in days)
                {
                    var at = report.Days.ToList().IndexOf(day);
                    var e = s is not null && at >= 0 ? s.Survival[at] : null;
                    row.AddRange(Numbers(e?.Survival, e?.Lower, e?.Upper));
                }
                row.AddRange(Numbers(s?.AtHorizon.Survival, s?.AtHorizon.Lower, s?.AtHorizon.Upper));
                row.AddRange(Numbers(s?.RestrictedMean.Estimate, s?.RestrictedMean.Lower, s?.RestrictedMean.Upper));
                row.AddRange(Numbers(s?.Median.Estimate, s?.Median.Lower, s?.Median.Upper));
                var c = report.Comparisons.FirstOrDefault(x => x.RegimeId == regime.Regime.Id)?.Paired;
                row.AddRange(Numbers(c?.Horizon.Difference, c?.Horizon.Lower, c?.Horizon.Upper));
                row.AddRange(Numbers(c?.RestrictedMeanDifference, c?.RestrictedMeanLower, c?.RestrictedMeanUpper));
                var cost = regime.Cost;
                row.AddRange([CsvFile.Number(cost.PerTrial), CsvFile.Number(cost.PerDayGained),
                    cost.Inspections.ToString(CultureInfo.InvariantCulture), cost.Refusals.ToString(CultureInfo.InvariantCulture)]);
                CsvFile.Row(csv, [.. row]);
            }
        }
    }

    private static double[] Days(IReadOnlyList<PointResult> results) =>
        results.SelectMany(r => r.Report.Scenario.ReportDays).Distinct().Order().ToArray();

    /// <summary>A report day as it appears in column names: 30, 90, 182.5.</summary>
    public static string Day(double day) => day.ToString("0.###", CultureInfo.InvariantCulture);

    private static string[] WithInterval(string name) => [name, name + "_lower", name + "_upper"];

    private static string[] Numbers(double? estimate, double? lower, double? upper) =>
        [CsvFile.Number(estimate), CsvFile.Number(lower), CsvFile.Number(upper)];
}
