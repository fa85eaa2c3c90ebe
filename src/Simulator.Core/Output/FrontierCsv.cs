using Simulator.Storage;
using Simulator.Studies.Frontier;

namespace Simulator.Output;

/// <summary>
/// frontier.csv (a run) and robustness-frontier.csv (across a sample's worlds): one row per regime —
/// <c>regime</c>, <c>cost_per_trial</c>, <c>inspections_per_trial</c>, <c>refusals_per_trial</c>,
/// <c>holds_day</c>, <c>holds</c>, <c>holds_lower</c>, <c>holds_upper</c>, <c>rmst</c>,
/// <c>rmst_lower</c>, <c>rmst_upper</c>, <c>interval</c> (<c>95% CI</c> in a run, <c>p10-p90 over
/// worlds</c> across a sample), <c>efficient</c> and <c>efficient_with_intrusiveness</c> (true/false).
/// </summary>
public static class FrontierCsv
{
    /// <summary>The interval of a run's frontier.</summary>
    public const string RunInterval = "95% CI";

    /// <summary>The interval of a frontier across worlds.</summary>
    public const string WorldsInterval = "p10-p90 over worlds";

    private static readonly string[] Header = ["regime", "cost_per_trial", "inspections_per_trial", "refusals_per_trial", "holds_day",
        "holds", "holds_lower", "holds_upper", "rmst", "rmst_lower", "rmst_upper", "interval", "efficient", "efficient_with_intrusiveness"];

    /// <summary>The file's text.</summary>
    public static string Format(IReadOnlyList<FrontierEntry> entries, double holdsDay, string interval) =>
        CsvFile.ToText(Header, csv => Rows(csv, entries, holdsDay, interval));

    /// <summary>Writes the file atomically.</summary>
    public static WrittenFile Write(string path, IReadOnlyList<FrontierEntry> entries, double holdsDay, string interval) =>
        CsvFile.Write(path, Header, csv => Rows(csv, entries, holdsDay, interval));

    private static void Rows(nietras.SeparatedValues.SepWriter csv, IReadOnlyList<FrontierEntry> entries, double holdsDay, string interval)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var e in entries)
        {
            var p = e.Point;
            CsvFile.Row(csv, p.Regime, CsvFile.Number(p.CostPerTrial), CsvFile.Number(p.InspectionsPerTrial), CsvFile.Number(p.RefusalsPerTrial),
                CsvFile.Number(holdsDay), CsvFile.Number(p.Holds), CsvFile.Number(p.HoldsLower), CsvFile.Number(p.HoldsUpper),
                CsvFile.Number(p.Rmst), CsvFile.Number(p.RmstLower), CsvFile.Number(p.RmstUpper), interval,
                e.Efficient ? "true" : "false", e.EfficientWithIntrusiveness ? "true" : "false");
        }
    }
}
