using System.Globalization;
using Simulator.Application.Robustness;
using Simulator.Cli.Rendering.Layout;
using Simulator.Output;
using Simulator.Output.Robustness;
using Simulator.Studies.Frontier;

namespace Simulator.Cli.Rendering;

/// <summary>What robustness prints: the verdict, the spread and regret per regime, the frontier over worlds; or robustness.csv.</summary>
internal static class RobustnessTables
{
    public static void Write(RobustnessOutcome outcome, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                output.Write(RobustnessCsv.Format(outcome.Rows, outcome.Criteria));
                return;
            case OutputFormat.Json:
                RobustnessJson.Write(outcome, output);
                return;
        }
        var page = new ConsolePage(output, markdown: format == OutputFormat.Markdown, TerminalWidth.For(output));
        var satisfice = outcome.Criteria.FirstOrDefault(c => c.Output == "holds")?.ToString();
        page.Paragraph(outcome.Verdict.Sentence(satisfice));
        page.Blank();
        var table = new TextTable($"Across {outcome.Worlds} worlds of {outcome.PointsFile}{(outcome.Partial ? " (PARTIAL)" : "")}: mean, 10th–90th percentile and regret against the best regime of each world",
            keyColumns: 2);
        table.Column("Measure").Column("Regime").Right("Mean").Right("P10–P90").Right("Mean regret").Right("P90 regret").Right("Max regret").Right("Meets threshold");
        foreach (var r in outcome.Rows)
        {
            var share = r.Measure.StartsWith("holds_", StringComparison.Ordinal);
            string V(double v) => share ? Formats.Percent(v) : Formats.Number(v, "0.###");
            string D(double v) => share ? Formats.Number(100 * v, "0.0") + " pts" : Formats.Number(v, "0.###");
            var criterion = outcome.Criteria.FirstOrDefault(c => c.Output == Studies.Robustness.RobustnessAnalysis.OutputOf(r.Measure));
            table.Row(r.Measure, r.Regime, V(r.Mean), $"{V(r.P10)}–{V(r.P90)}", D(r.RegretMean), D(r.RegretP90), D(r.RegretMax),
                r.Satisficed is { } s && criterion is not null ? $"{criterion}: {Formats.Percent(s)}" : "");
        }
        page.Table(table);
        page.Blank();
        Frontier(page, outcome.Frontier, $"Cost against durability over the worlds (means; {outcome.HoldsMeasure} with its 10th–90th percentile over worlds)");
    }

    /// <summary>The frontier table shared with run: cost, intrusiveness, durability with its interval, efficiency marks.</summary>
    public static void Frontier(ConsolePage page, IReadOnlyList<FrontierEntry> frontier, string title)
    {
        var table = new TextTable(title, keyColumns: 1);
        table.Column("Regime").Right("Cost per trial").Right("Inspections per trial").Right("Refusals per trial").Right("Holds").Right("Mean days").Column("Pareto-efficient");
        foreach (var e in frontier)
        {
            var p = e.Point;
            table.Row(p.Regime, Formats.Number(p.CostPerTrial, "0.###"), Formats.Number(p.InspectionsPerTrial, "0.###"), Formats.Number(p.RefusalsPerTrial, "0.###"),
                Formats.PercentWithInterval(p.Holds, p.HoldsLower, p.HoldsUpper),
                $"{Formats.Number(p.Rmst, "0.0")} ({Formats.Number(p.RmstLower, "0.0")}–{Formats.Number(p.RmstUpper, "0.0")})",
                e.Efficient ? (e.EfficientWithIntrusiveness ? "yes" : "yes (not with intrusiveness)") : e.EfficientWithIntrusiveness ? "with intrusiveness" : "no");
        }
        page.Table(table);
    }
}
