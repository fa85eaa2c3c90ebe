using System.Globalization;
using nietras.SeparatedValues;
using Simulator.Storage;
using Simulator.Studies.Sweeps;

namespace Simulator.Output;

/// <summary>
/// sweep-long.csv and sample-long.csv: the points of sweep.csv/sample.csv in long ("tidy") format, one
/// row per point, regime, day and measure, so a data frame can filter and plot without reshaping.
/// Columns: <c>point</c>, one column per varied parameter (as in sweep.csv), <c>regime</c>, <c>day</c>,
/// <c>measure</c>, <c>estimate</c>, <c>lower</c>, <c>upper</c>. Measures (<see cref="Measures"/>):
/// <c>holds</c> and <c>diff_holds</c> at every report day and the horizon; <c>rmst</c> and
/// <c>diff_rmst</c> at the horizon; <c>median</c> (day empty, estimate empty when not reached);
/// <c>cost_per_trial</c> and <c>cost_per_day_gained</c> (day and interval empty). diff_* rows are
/// absent on the baseline. Intervals are 95 %.
/// </summary>
public static class PointsLongCsv
{
    /// <summary>Every measure, in the order a point's rows list them.</summary>
    public static IReadOnlyList<string> Measures { get; } =
        ["holds", "diff_holds", "rmst", "diff_rmst", "median", "cost_per_trial", "cost_per_day_gained"];

    /// <summary>The header and rows as text.</summary>
    public static string Format(IReadOnlyList<string> parameterNames, IReadOnlyList<PointResult> results) =>
        CsvFile.ToText(Header(parameterNames), csv => Write(csv, results));

    /// <summary>Writes the CSV atomically.</summary>
    public static WrittenFile Write(string path, IReadOnlyList<string> parameterNames, IReadOnlyList<PointResult> results) =>
        CsvFile.Write(path, Header(parameterNames), csv => Write(csv, results));

    private static List<string> Header(IReadOnlyList<string> parameterNames)
    {
        ArgumentNullException.ThrowIfNull(parameterNames);
        return ["point", .. parameterNames, "regime", "day", "measure", "estimate", "lower", "upper"];
    }

    private static void Write(SepWriter csv, IReadOnlyList<PointResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        foreach (var result in results)
        {
            var report = result.Report;
            var point = result.Point.Number.ToString(CultureInfo.InvariantCulture);
            var settings = result.Point.Settings.Select(s => s.Value).ToArray();
            var horizon = report.Scenario.HorizonDays;
            foreach (var regime in report.Regimes)
            {
                void Row(double? day, string measure, double? estimate, double? lower, double? upper) =>
                    CsvFile.Row(csv, [point, .. settings, regime.Regime.Id, CsvFile.Number(day), measure,
                        CsvFile.Number(estimate), CsvFile.Number(lower), CsvFile.Number(upper)]);

                var s = regime.Statistics;
                var paired = report.Comparisons.FirstOrDefault(c => c.RegimeId == regime.Regime.Id)?.Paired;
                if (s is not null)
                {
                    for (var i = 0; i < report.Days.Count; i++) Row(report.Days[i], "holds", s.Survival[i].Survival, s.Survival[i].Lower, s.Survival[i].Upper);
                }
                if (paired is not null)
                {
                    foreach (var d in paired.Days.DistinctBy(d => d.Day)) Row(d.Day, "diff_holds", d.Difference, d.Lower, d.Upper);
                }
                if (s is not null) Row(horizon, "rmst", s.RestrictedMean.Estimate, s.RestrictedMean.Lower, s.RestrictedMean.Upper);
                if (paired is not null) Row(horizon, "diff_rmst", paired.RestrictedMeanDifference, paired.RestrictedMeanLower, paired.RestrictedMeanUpper);
                if (s is not null) Row(null, "median", s.Median.Estimate, s.Median.Lower, s.Median.Upper);
                Row(null, "cost_per_trial", regime.Cost.PerTrial, null, null);
                Row(null, "cost_per_day_gained", regime.Cost.PerDayGained, null, null);
            }
        }
    }
}
