using Simulator.Studies.Frontier;
using Simulator.Studies.Robustness;

namespace Simulator.Tests.Studies.Robustness;

/// <summary>Robustness metrics and the Pareto frontier on small tables worked by hand.</summary>
public class RobustnessAnalysisTests
{
    // Three worlds, two regimes: A holds 0.9, 0.5, 0.4; B holds 0.6, 0.6, 0.6.
    private static readonly RobustnessMeasure Holds = new("holds_365", true, [[0.9, 0.6], [0.5, 0.6], [0.4, 0.6]]);

    [Fact]
    public void Regret_IsTheDistanceToTheBestRegimeOfEachWorld()
    {
        var rows = RobustnessAnalysis.Analyze(["A", "B"], [Holds], [SatisficingCriterion.Parse("holds>=0.5")]);

        var a = rows[0];
        Assert.Equal(0.6, a.Mean, 12);
        Assert.Equal(0.5, a.P50, 12);
        Assert.Equal(0.42, a.P10, 12); // type 7: 0.4 + 0.2·(0.5 − 0.4)
        // A's regrets: 0, 0.1, 0.2.
        Assert.Equal(0.1, a.RegretMean, 12);
        Assert.Equal(0.2, a.RegretMax, 12);
        Assert.Equal(2.0 / 3, a.Satisficed!.Value, 12);
        var b = rows[1];
        // B's regrets: 0.3, 0, 0.
        Assert.Equal(0.1, b.RegretMean, 12);
        Assert.Equal(0.3, b.RegretMax, 12);
        Assert.Equal(1, b.Satisficed);

        var verdict = RobustnessAnalysis.Verdict(rows, "holds_365", higherIsBetter: true);
        Assert.Equal("A", verdict.ByMean!.Regime); // tie at 0.6 goes to the first listed
        Assert.Equal("A", verdict.ByMaxRegret!.Regime);
        Assert.Equal("B", verdict.BySatisficing!.Regime);
    }

    [Fact]
    public void Regret_OfACost_IsAboveTheCheapestRegime()
    {
        var cost = new RobustnessMeasure("cost_per_trial", false, [[1, 3], [2, 1]]);

        var rows = RobustnessAnalysis.Analyze(["A", "B"], [cost], []);

        Assert.Equal(1, rows[0].RegretMax, 12);
        Assert.Equal(2, rows[1].RegretMax, 12);
        Assert.Null(rows[0].Satisficed);
    }

    [Theory]
    [InlineData("holds=0.5")]
    [InlineData("durability>=0.5")]
    [InlineData("holds>=half")]
    public void Criterion_Malformed_SaysWhatIsAllowed(string text)
    {
        var e = Assert.Throws<FormatException>(() => SatisficingCriterion.Parse(text));
        Assert.Contains("holds>=0.5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Frontier_MarksTheRegimesNoOtherBeatsOnCostAndDurability()
    {
        FrontierPoint P(string id, double cost, double inspections, double holds) => new(id, cost, inspections, 0, holds, holds, holds, 0, 0, 0);
        var entries = ParetoFrontier.Mark([P("none", 0, 0, 0.5), P("cheap", 1, 4, 0.6), P("dear", 3, 1, 0.6), P("best", 5, 9, 0.8)]);

        Assert.Equal([true, true, false, true], entries.Select(e => e.Efficient));
        // "dear" costs more than "cheap" for the same durability but inspects less: efficient once intrusiveness counts.
        Assert.Equal([true, true, true, true], entries.Select(e => e.EfficientWithIntrusiveness));
    }
}
