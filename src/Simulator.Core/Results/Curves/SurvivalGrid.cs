using Simulator.Engine.Tallies;
using Simulator.Statistics;

namespace Simulator.Results.Curves;

/// <summary>
/// The rows of one regime in survival.csv (<c>--survival bounded</c>). A curve with at most <see cref="MaxRows"/> distinct times is
/// listed at every one of them. A longer one (large runs: up to one time per 1/1000-day tick) is
/// listed on a grid: multiples of the smallest step of 0.001, 0.01, 0.1, 1, 10, … days that keeps the
/// horizon within <see cref="MaxRows"/> steps, up to the last distinct time. The values at a grid day
/// are the exact Kaplan–Meier and Nelson–Aalen values there (those of the last distinct time at or
/// before it); <c>events</c> and <c>censored</c> count what happened since the previous row and
/// <c>at_risk</c> is the number at risk just after it, so the columns still add up.
/// </summary>
public static class SurvivalGrid
{
    /// <summary>The most rows a regime gets by default.</summary>
    public const int MaxRows = 10_000;

    /// <summary>The grid step in ticks for times up to <paramref name="lastTicks"/>.</summary>
    public static long StepTicks(long lastTicks)
    {
        long step = 1;
        while (lastTicks / step > MaxRows) step *= 10;
        return step;
    }

    /// <summary>
    /// The rows to write: (point index, events since the previous row, censored since it, at risk
    /// after it, day). Every point when there are at most <see cref="MaxRows"/> or <paramref name="everyTime"/> is set.
    /// </summary>
    public static IEnumerable<(int Index, long Events, long Censored, long AtRisk, double Day)> Rows(IReadOnlyList<KaplanMeierPoint> points, bool everyTime = false)
    {
        if (everyTime || points.Count <= MaxRows)
        {
            for (var i = 0; i < points.Count; i++) yield return (i, points[i].Events, points[i].Censored, points[i].AtRisk, points[i].Time);
            yield break;
        }
        var lastTicks = TimeResolution.ToTicks(points[^1].Time);
        var step = StepTicks(lastTicks);
        var next = 0;
        for (var grid = step; ; grid += step)
        {
            var at = Math.Min(grid, lastTicks);
            var first = next;
            long events = 0, censored = 0;
            while (next < points.Count && TimeResolution.ToTicks(points[next].Time) <= at)
            {
                events += points[next].Events;
                censored += points[next].Censored;
                next++;
            }
            // Before the first distinct time the curve is 1: such grid days are not listed.
            if (next > 0)
            {
                var atRisk = first < points.Count ? points[first].AtRisk : points[^1].AtRisk - points[^1].Events - points[^1].Censored;
                yield return (next - 1, events, censored, atRisk, TimeResolution.ToDays(at));
            }
            if (at == lastTicks) yield break;
        }
    }
}
