using System.Text.RegularExpressions;

namespace Simulator.Reports.Tests.Layout;

/// <summary>
/// The report's layout faults a test can see: text cut at a chart's edge, a colour that means a
/// regime in one place and something else in another, values left out of a chart without a word.
/// </summary>
public sealed partial class ReportLayoutTests(SeedRunFixture run) : IClassFixture<SeedRunFixture>
{
    [Fact]
    public void Every_text_of_every_chart_lies_inside_its_viewBox()
    {
        var outside = new List<string>();
        foreach (var (id, svg, width, height) in SvgText.Charts(run.Html))
        {
            foreach (var box in SvgText.Boxes(svg))
            {
                if (box.Left < -1 || box.Top < -1 || box.Right > width + 1 || box.Bottom > height + 1)
                {
                    outside.Add($"{id}: '{box.Text}' at ({box.Left:0.#}, {box.Top:0.#})–({box.Right:0.#}, {box.Bottom:0.#}) outside 0 0 {width} {height}");
                }
            }
        }
        Assert.True(outside.Count == 0, string.Join("\n", outside));
    }

    [Fact]
    public void The_survival_charts_day_labels_are_drawn_inside_it()
    {
        var survival = SvgText.Charts(run.Html).Single(c => c.Id == "survival");
        var labels = SvgText.Boxes(survival.Svg).Where(b => b.Text.StartsWith("day ", StringComparison.Ordinal) || b.Text == "horizon").ToList();

        Assert.NotEmpty(labels);
        Assert.All(labels, b => Assert.True(b.Top >= 0, $"'{b.Text}' starts at y = {b.Top:0.#}"));
    }

    [Fact]
    public void Regime_colours_mean_regimes_only_the_verdict_and_cause_charts_use_none_of_them()
    {
        var regimeColours = Palette.Hex.Skip(1).Select(h => h.ToLowerInvariant()).ToHashSet(); // black is also ink
        foreach (var (id, svg, _, _) in SvgText.Charts(run.Html).Where(c => c.Id == "verification" || c.Id.StartsWith("incidence-", StringComparison.Ordinal)))
        {
            var used = Colours(svg).Where(regimeColours.Contains).Distinct().ToList();
            Assert.True(used.Count == 0, $"{id} uses regime colours {string.Join(", ", used)}");
        }
    }

    [Fact]
    public void The_confusion_tables_are_tinted_with_the_verification_charts_verdict_colours()
    {
        var verification = Colours(SvgText.Charts(run.Html).Single(c => c.Id == "verification").Svg).ToHashSet();
        var tables = Regex.Matches(run.Html, "<table class=\"confusion\">.*?</table>", RegexOptions.Singleline).Select(m => m.Value).ToList();

        Assert.NotEmpty(tables);
        for (var k = 0; k < Palette.VerdictHex.Length; k++)
        {
            Assert.Contains(Palette.VerdictHex[k].ToLowerInvariant(), verification);
            Assert.All(tables, t => Assert.Contains(Palette.VerdictHex[k], t));
        }
    }

    [Fact]
    public void The_verification_tables_have_at_most_eight_columns_each_in_a_wrapper_that_scrolls()
    {
        var section = Regex.Match(run.Html, "<section id=\"verification\">.*?</section>", RegexOptions.Singleline).Value;
        var wide = Regex.Matches(section, "<div class=\"table-wrap\">\n<table>.*?</table>", RegexOptions.Singleline).Select(m => m.Value).ToList();

        Assert.Equal(2, wide.Count); // performance and load, then escalation and verdict times
        Assert.All(wide, t => Assert.InRange(Regex.Matches(Regex.Match(t, "<thead>.*?</thead>", RegexOptions.Singleline).Value, "<th>").Count, 2, 8));
        Assert.Contains(".table-wrap { max-width: 100%; overflow-x: auto; }", run.Html);
    }

    [Fact]
    public void State_machines_are_laid_out_by_graphviz_or_say_that_they_are_not()
    {
        var machines = SvgText.Charts(run.Html).Where(c => c.Id.StartsWith("machine-", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(machines);
        if (GraphvizLayout.Available)
        {
            Assert.All(machines, m => Assert.Contains("class=\"graph\"", m.Svg));
            Assert.DoesNotContain("Laid out without Graphviz", run.Html);
        }
        else
        {
            Assert.Contains("Laid out without Graphviz", run.Html);
        }
    }

    // Every fill and stroke colour of an SVG as #rrggbb in lower case (ScottPlot shortens #BBBBBB to #BBB).
    private static IEnumerable<string> Colours(string svg) => Colour().Matches(svg).Select(m => m.Groups[1].Value.ToLowerInvariant())
        .Select(c => c.Length == 4 ? $"#{c[1]}{c[1]}{c[2]}{c[2]}{c[3]}{c[3]}" : c);

    [GeneratedRegex("(?:fill|stroke)=\"(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\"")]
    private static partial Regex Colour();
}
