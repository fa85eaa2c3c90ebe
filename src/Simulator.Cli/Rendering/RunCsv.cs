using nietras.SeparatedValues;
using Simulator.Output;
using Simulator.Results;

namespace Simulator.Cli.Rendering;

/// <summary>
/// <c>run --format csv</c>: the console's numbers as one long-format table,
/// <c>regime,day,measure,estimate,lower,upper</c> (docs/command-line.md lists the measures). Numbers
/// are shortest round-trip; an empty cell is a value that does not exist (a median not reached).
/// Written with Sep in the dialect of the CSV files (<see cref="CsvFile"/>).
/// </summary>
internal static class RunCsv
{
    public const string Header = "regime,day,measure,estimate,lower,upper";

    public static void Write(RunReport report, TextWriter output) =>
        output.Write(CsvFile.ToText(CsvFile.Columns(Header), csv => Rows(report, csv)));

    private static void Rows(RunReport report, SepWriter output)
    {
        foreach (var regime in report.Regimes)
        {
            var id = regime.Regime.Id;
            if (regime.Statistics is not { } s) continue;
            Row(output, id, null, "collapsed_share", s.CollapsedShare, null, null);
            foreach (var e in s.Survival) Row(output, id, e.Day, "holds", e.Survival, e.Lower, e.Upper);
            Row(output, id, null, "median_days", s.Median.Estimate, s.Median.Lower, s.Median.Upper);
            foreach (var q in s.Quartiles)
            {
                Row(output, id, null, $"days_to_{Math.Round(100 * q.Probability):0}pct_collapsed", q.Estimate, q.Lower, q.Upper);
            }
            Row(output, id, report.Scenario.HorizonDays, "mean_days_to_horizon", s.RestrictedMean.Estimate, s.RestrictedMean.Lower, s.RestrictedMean.Upper);
            if (s.Weibull.Estimate is { } w) Row(output, id, null, "weibull_shape", w.Shape, w.ShapeLower, w.ShapeUpper);
            if (report.Comparisons.FirstOrDefault(c => c.RegimeId == id) is not { } comparison) continue;
            // The horizon is the last entry, and also the last report day when they coincide: one row per day.
            foreach (var d in comparison.Paired.Days.DistinctBy(d => d.Day)) Row(output, id, d.Day, "change_in_holds", d.Difference, d.Lower, d.Upper);
            var p = comparison.Paired;
            Row(output, id, report.Scenario.HorizonDays, "change_in_mean_days", p.RestrictedMeanDifference, p.RestrictedMeanLower, p.RestrictedMeanUpper);
            Row(output, id, null, "logrank_chi_square", comparison.LogRank.ChiSquare, null, null);
            Row(output, id, null, "logrank_log10_p", comparison.LogRank.Log10PValue, null, null);
        }
    }

    private static void Row(SepWriter output, string regime, double? day, string measure, double? estimate, double? lower, double? upper) =>
        CsvFile.Row(output, regime, CsvFile.Number(day), measure, CsvFile.Number(estimate), CsvFile.Number(lower), CsvFile.Number(upper));
}
