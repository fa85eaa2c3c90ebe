using System.Reflection;
using Simulator.Engine.Tallies;

namespace Simulator.Tests.Engine;

/// <summary>Field-by-field equality of run tallies, including every histogram entry.</summary>
internal static class TallyAssert
{
    public static void Equal(RunTally expected, RunTally actual)
    {
        Assert.Equal(expected.Regimes.Length, actual.Regimes.Length);
        Assert.Equal(expected.BaselinePosition, actual.BaselinePosition);
        for (var r = 0; r < expected.Regimes.Length; r++)
        {
            var e = expected.Regimes[r];
            var a = actual.Regimes[r];
            Assert.Equal(e.Trials, a.Trials);
            Assert.Equal(e.Collapsed, a.Collapsed);
            Assert.Equal(e.DurationTicksSum, a.DurationTicksSum);
            Assert.Equal(e.DurationTicksSquaresSum, a.DurationTicksSquaresSum);
            Assert.Equal(
                e.EventsByTickAndCause.OrderBy(kv => kv.Key).ToArray(),
                a.EventsByTickAndCause.OrderBy(kv => kv.Key).ToArray());
            Assert.Equal(e.VerdictDelays.Count, a.VerdictDelays.Count);
            Assert.Equal(e.VerdictDelays.MinTicks, a.VerdictDelays.MinTicks);
            Assert.Equal(e.VerdictDelays.MaxTicks, a.VerdictDelays.MaxTicks);
            Assert.Equal(e.VerdictDelays.NonEmptyBins().ToArray(), a.VerdictDelays.NonEmptyBins().ToArray());
            foreach (var field in typeof(OutcomeTotals).GetFields(BindingFlags.Public | BindingFlags.Instance))
            {
                Assert.True(Equals(field.GetValue(e.Totals), field.GetValue(a.Totals)),
                    $"Regime {r}, totals field {field.Name}: {field.GetValue(e.Totals)} vs {field.GetValue(a.Totals)}.");
            }

            var pe = expected.Paired[r];
            var pa = actual.Paired[r];
            Assert.Equal(pe.Pairs, pa.Pairs);
            Assert.Equal(pe.DifferenceSum, pa.DifferenceSum);
            Assert.Equal(pe.DifferenceSquaresSum, pa.DifferenceSquaresSum);
            for (var d = 0; d < pe.DayTicks.Count; d++)
            {
                foreach (var rh in new[] { false, true })
                {
                    foreach (var bh in new[] { false, true })
                    {
                        Assert.Equal(pe.Count(d, rh, bh), pa.Count(d, rh, bh));
                    }
                }
            }
        }
    }
}
