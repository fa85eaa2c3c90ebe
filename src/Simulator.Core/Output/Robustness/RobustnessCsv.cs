using System.Globalization;
using Simulator.Storage;
using Simulator.Studies.Robustness;

namespace Simulator.Output.Robustness;

/// <summary>
/// robustness.csv: one row per measure and regime — <c>measure</c>, <c>regime</c>, <c>worlds</c>,
/// <c>mean</c>, <c>p10</c>, <c>p50</c>, <c>p90</c>, <c>min</c>, <c>max</c>, <c>regret_mean</c>,
/// <c>regret_p90</c>, <c>regret_max</c>, <c>satisfice</c> (the threshold, when one names this
/// measure) and <c>satisficed_share</c>.
/// </summary>
public static class RobustnessCsv
{
    private static readonly string[] Header = ["measure", "regime", "worlds", "mean", "p10", "p50", "p90", "min", "max",
        "regret_mean", "regret_p90", "regret_max", "satisfice", "satisficed_share"];

    /// <summary>The file's text.</summary>
    public static string Format(IReadOnlyList<RobustnessRow> rows, IReadOnlyList<SatisficingCriterion> criteria) =>
        CsvFile.ToText(Header, csv => Rows(csv, rows, criteria));

    /// <summary>Writes the file atomically.</summary>
    public static WrittenFile Write(string path, IReadOnlyList<RobustnessRow> rows, IReadOnlyList<SatisficingCriterion> criteria) =>
        CsvFile.Write(path, Header, csv => Rows(csv, rows, criteria));

    private static void Rows(nietras.SeparatedValues.SepWriter csv, IReadOnlyList<RobustnessRow> rows, IReadOnlyList<SatisficingCriterion> criteria)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(criteria);
        foreach (var r in rows)
        {
            var criterion = criteria.FirstOrDefault(c => c.Output == RobustnessAnalysis.OutputOf(r.Measure));
            CsvFile.Row(csv, r.Measure, r.Regime, r.Worlds.ToString(CultureInfo.InvariantCulture), CsvFile.Number(r.Mean), CsvFile.Number(r.P10),
                CsvFile.Number(r.P50), CsvFile.Number(r.P90), CsvFile.Number(r.Min), CsvFile.Number(r.Max), CsvFile.Number(r.RegretMean),
                CsvFile.Number(r.RegretP90), CsvFile.Number(r.RegretMax), criterion?.ToString() ?? "", CsvFile.Number(r.Satisficed));
        }
    }
}
