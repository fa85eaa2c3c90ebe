using System.Globalization;
using Simulator.Application.Discovery;
using Simulator.Cli.Rendering.Layout;
using Simulator.Output.Discovery;

namespace Simulator.Cli.Rendering;

/// <summary>What discover prints: the boxes with their limits (table, Markdown), or discovery.json / discovery.csv.</summary>
internal static class DiscoveryTables
{
    public static void Write(DiscoveryOutcome outcome, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.Write(DiscoveryJson.Render(outcome.Question, outcome.Options, outcome.Result));
                return;
            case OutputFormat.Csv:
                output.Write(DiscoveryCsv.Format(outcome.Result));
                return;
        }
        var page = new ConsolePage(output, markdown: format == OutputFormat.Markdown, TerminalWidth.For(output));
        var q = outcome.Question;
        var r = outcome.Result;
        page.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"Scenario discovery (PRIM, peel {outcome.Options.PeelAlpha:0.##}) over {r.Cases} points of {q.PointsFile}{(q.Partial ? " (PARTIAL)" : "")}: {r.CasesOfInterest} have {q.Regime}'s {q.Column} {q.Condition} {q.Threshold:0.####}."));
        if (r.Boxes.Count == 0)
        {
            page.Paragraph("No box: no region of the parameters holds these points more densely than the whole sample.");
            return;
        }
        page.Blank();
        var table = new TextTable("Boxes in turn: where the points of interest are dense (only restricted parameters)", keyColumns: 1);
        table.Right("Box").Right("Coverage").Right("Density").Right("Mass").Column("Parameter").Right("Lower").Right("Upper").Right("Quasi-p");
        foreach (var box in r.Boxes)
        {
            var first = true;
            foreach (var limit in box.Restrictions)
            {
                table.Row(first ? box.Number.ToString(CultureInfo.InvariantCulture) : "", first ? Formats.Percent(box.Coverage) : "", first ? Formats.Percent(box.Density) : "",
                    first ? Formats.Percent(box.Mass) : "", limit.Name, Short(limit.Lower), Short(limit.Upper), limit.QuasiP.ToString("0.###e+0", CultureInfo.InvariantCulture));
                first = false;
            }
        }
        page.Table(table);
        page.Blank();
        var chosen = r.Trajectory.Where(s => s.Box == 1).ToList();
        page.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"Peeling trajectory of box 1: {chosen.Count} steps from coverage 100% at density {Formats.Percent(chosen[0].Density)}; discovery.json lists every step."));
    }

    private static string Short(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
