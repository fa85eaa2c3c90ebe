using Simulator.Engine.Tallies;
using Simulator.Statistics;

namespace Simulator.Tests.Statistics;

public class PairedDifferenceTests
{
    private static readonly double[] ReportDays = [30, 90];
    private const double HorizonDays = 180;
    private const long HorizonTicks = 180_000;

    private static (PairedTally Paired, RegimeTally Regime, RegimeTally Baseline) Run(IEnumerable<(TrialOutcome Regime, TrialOutcome Baseline)> pairs)
    {
        var paired = new PairedTally(ReportDays, HorizonDays);
        var regime = new RegimeTally();
        var baseline = new RegimeTally();
        foreach (var (r, b) in pairs)
        {
            paired.Add(r, b);
            regime.Add(r);
            baseline.Add(b);
        }
        return (paired, regime, baseline);
    }

    [Fact]
    public void Compute_RegimePairedWithItself_GivesExactlyZeroDifferenceAndZeroWidth()
    {
        var outcomes = TallyFixtures.Random(500, seed: 3, HorizonTicks);
        var (paired, regime, _) = Run(outcomes.Select(o => (o, o)));

        var diff = PairedDifference.Compute(paired, regime, regime);

        foreach (var d in diff.Days)
        {
            Assert.Equal((0.0, 0.0, 0.0, 0.0), (d.Difference, d.StandardError, d.Lower, d.Upper));
            Assert.Null(d.VarianceReduction);
        }
        Assert.Equal((0.0, 0.0, 0.0, 0.0), (diff.RestrictedMeanDifference, diff.RestrictedMeanStandardError, diff.RestrictedMeanLower, diff.RestrictedMeanUpper));
        Assert.Null(diff.RestrictedMeanVarianceReduction);
    }

    [Fact]
    public void Compute_HandBuiltPairs_MatchesFormulasComputedByHand()
    {
        // Four pairs at the horizon: regime holds in 3 (ticks 180000 censored ×3, collapse at 50 days ×1),
        // baseline holds in 1 (collapses at 20, 60, 100 days). Per-trial holding differences at 180 days:
        // d = (1−0, 1−0, 1−1, 0−0) = (1, 1, 0, 0): mean 0.5, s² = (2 − 4·0.25)/3 = 1/3, SE = √(1/12).
        // Regime holding (1,1,1,0): s² = 0.25; baseline (0,0,1,0): s² = 0.25; factor = 0.5/(1/3) = 1.5.
        var h = TallyFixtures.Censored(HorizonTicks);
        var (paired, regime, baseline) = Run(
        [
            (h, TallyFixtures.Collapse(20_000, 1)),
            (h, TallyFixtures.Collapse(60_000, 1)),
            (h, h),
            (TallyFixtures.Collapse(50_000, 1), TallyFixtures.Collapse(100_000, 1)),
        ]);

        var diff = PairedDifference.Compute(paired, regime, baseline);

        var atHorizon = diff.Horizon;
        Assert.Equal(180, atHorizon.Day);
        Assert.Equal(0.75, atHorizon.RegimeHolding);
        Assert.Equal(0.25, atHorizon.BaselineHolding);
        Assert.Equal(0.5, atHorizon.Difference);
        Assert.Equal(Math.Sqrt(1.0 / 12), atHorizon.StandardError, 1e-15);
        Assert.Equal(1.5, atHorizon.VarianceReduction!.Value, 1e-15);

        // Restricted-mean differences in days: 160, 120, 0, −50 → mean 57.5,
        // s² = Σ(d − 57.5)² / 3 = (10506.25 + 3906.25 + 3306.25 + 11556.25)/3 = 29275/3, SE = √(29275/12).
        Assert.Equal(57.5, diff.RestrictedMeanDifference, 1e-12);
        Assert.Equal(Math.Sqrt(29275.0 / 12), diff.RestrictedMeanStandardError, 1e-9);
        // Regime min(T, H): 180,180,180,50 → s² = 4225; baseline 20,60,180,100 → s² = 4666.67.
        Assert.Equal((4225 + 14000.0 / 3) / (29275.0 / 3), diff.RestrictedMeanVarianceReduction!.Value, 1e-12);
        Assert.Equal(diff.RestrictedMeanDifference - 1.959963984540054 * diff.RestrictedMeanStandardError, diff.RestrictedMeanLower, 1e-9);
    }

    [Fact]
    public void Compute_PositivelyCorrelatedPairs_ReducesVarianceBelowIndependentComparison()
    {
        // The regime delays every baseline collapse by 10 %: strongly positively correlated pairs.
        var baselineOutcomes = TallyFixtures.Random(2_000, seed: 5, HorizonTicks);
        var pairs = baselineOutcomes.Select(b =>
        {
            var ticks = (long)(b.DurationTicks * 1.1);
            var r = b.Collapsed && ticks < HorizonTicks ? TallyFixtures.Collapse(ticks, b.CauseId) : TallyFixtures.Censored(HorizonTicks);
            return (r, b);
        });
        var (paired, regime, baseline) = Run(pairs);

        var diff = PairedDifference.Compute(paired, regime, baseline);

        Assert.True(diff.RestrictedMeanVarianceReduction > 1);
        Assert.True(diff.Horizon.VarianceReduction > 1);
        Assert.True(diff.RestrictedMeanLower > 0); // a uniform delay is detected
    }

    [Fact]
    public void Compute_OnePair_ThrowsNamingTheCount()
    {
        var (paired, regime, baseline) = Run([(TallyFixtures.Censored(HorizonTicks), TallyFixtures.Censored(HorizonTicks))]);

        var e = Assert.Throws<ArgumentException>(() => PairedDifference.Compute(paired, regime, baseline));
        Assert.Contains("at least 2 pairs", e.Message);
    }
}
