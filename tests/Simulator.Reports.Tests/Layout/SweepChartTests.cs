using System.Text;
using System.Text.RegularExpressions;

namespace Simulator.Reports.Tests.Layout;

/// <summary>The sweep's response curves: the run's regime colours, readable axis labels, a note for anything left out.</summary>
public sealed class SweepChartTests : IDisposable
{
    private readonly string _folder = ReportTestSupport.CopyOfSmallRun();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Each_regimes_line_has_its_colour_of_the_rest_of_the_page_and_the_axis_reads_as_words()
    {
        // third_party_monitors is the run's third regime but the file's first.
        WriteSweep(parameters: ["regimes.third_party_monitors.sensitivity"], regimes: ["third_party_monitors", "mediator_commission"], values: [0.5, 0.7, 0.9]);

        var html = Report();
        var sweep = SvgText.Charts(html).Single(c => c.Id.StartsWith("sweep-", StringComparison.Ordinal));

        var colours = Regex.Matches(sweep.Svg, "stroke=\"(#[0-9a-fA-F]{6})\"").Select(m => m.Groups[1].Value.ToLowerInvariant()).ToHashSet();
        Assert.Contains(Palette.RegimeHex(2).ToLowerInvariant(), colours); // third_party_monitors
        Assert.Contains(Palette.RegimeHex(1).ToLowerInvariant(), colours); // mediator_commission
        Assert.Contains("Response to sensitivity (regime third_party_monitors)", html);
        Assert.Contains(SvgText.Boxes(sweep.Svg), b => b.Text == "sensitivity (regime third_party_monitors)");
        Assert.DoesNotContain(SvgText.Boxes(sweep.Svg), b => b.Text == "regimes.third_party_monitors.sensitivity");
        Assert.DoesNotContain("Not shown:", html);
    }

    [Fact]
    public void Values_left_out_of_the_charts_are_named_in_a_note()
    {
        string[] parameters = ["escalation.decay_days", "escalation.cap", "regimes.a.sensitivity", "regimes.a.specificity", "regimes.a.delay_days"];
        WriteSweep(parameters, regimes: ["status_quo", "mediator_commission"], values: [1, 2]);

        var html = Report();

        Assert.Equal(4, SvgText.Charts(html).Count(c => c.Id.StartsWith("sweep-", StringComparison.Ordinal)));
        Assert.Contains("Not shown: 1 more varied values (delay days (regime a)) have no chart of their own", html);
        // With five parameters of two values, each chart has 2 regimes × 16 combinations of the others: 8 drawn.
        Assert.Contains("24 of 32 lines are not drawn", html);
    }

    [Fact]
    public void A_point_without_a_number_is_counted_in_the_note()
    {
        WriteSweep(parameters: ["escalation.decay_days"], regimes: ["status_quo"], values: [5, 10, 20]);
        var path = Path.Combine(_folder, "sweep.csv");
        var lines = File.ReadAllLines(path);
        var second = lines[2].Split(',');
        Assert.Equal("2", second[0]);
        second[Array.IndexOf(lines[0].Split(','), "holds_horizon")] = ""; // point 2 without its estimate
        lines[2] = string.Join(',', second);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        ReportTestSupport.Seal(_folder);

        var html = Report();

        Assert.Contains("1 point(s) without a value of decay days (escalation) or of the probability of holding are not drawn", html);
    }

    private void WriteSweep(string[] parameters, string[] regimes, double[] values)
    {
        var text = new StringBuilder("point," + string.Join(',', parameters) + ",regime,baseline,trials,horizon_days,holds_horizon,holds_horizon_lower,holds_horizon_upper\n");
        var point = 0;
        foreach (var combination in Combinations(parameters.Length, values))
        {
            point++;
            for (var r = 0; r < regimes.Length; r++)
            {
                var holds = 0.4 + 0.05 * (point % 5) - 0.1 * r;
                text.Append(FormattableString.Invariant($"{point},{string.Join(',', combination.Select(v => FormattableString.Invariant($"{v}")))},{regimes[r]},{regimes[0]},100,365,{holds:0.##},{holds - 0.03:0.##},{holds + 0.03:0.##}\n"));
            }
        }
        File.WriteAllText(Path.Combine(_folder, "sweep.csv"), text.ToString());
        ReportTestSupport.Seal(_folder);
    }

    private static IEnumerable<double[]> Combinations(int count, double[] values) => count == 0
        ? [[]]
        : Combinations(count - 1, values).SelectMany(rest => values.Select(v => rest.Append(v).ToArray()));

    private string Report()
    {
        new ReportWriter().Write(_folder, html: true, plots: false);
        return File.ReadAllText(Path.Combine(_folder, "report.html"));
    }
}
