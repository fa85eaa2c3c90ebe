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
    /// The rows to write: (row index in the table, events since the previous row, censored since it,
    /// at risk after it, day). Every row when there are at most <see cref="MaxRows"/> or <paramref name="everyTime"/> is set.
    /// </summary>
    public static IEnumerable<(int Index, long Events, long Censored, long AtRisk, double Day)> Rows(SurvivalTable table, bool everyTime = false)
    {
        ArgumentNullException.ThrowIfNull(table);
        var count = table.Count;
        if (everyTime || count <= MaxRows)
        {
            for (var i = 0; i < count; i++) yield return (i, table.EventsAt(i), table.CensoredAt(i), table.AtRiskAt(i), table.TimeAt(i));
            yield break;
        }
        var lastTicks = TimeResolution.ToTicks(table.TimeAt(count - 1));
        var step = StepTicks(lastTicks);
        var next = 0;
        for (var grid = step; ; grid += step)
        {
            var at = Math.Min(grid, lastTicks);
            var first = next;
            long events = 0, censored = 0;
            while (next < count && TimeResolution.ToTicks(table.TimeAt(next)) <= at)
            {
                events += table.EventsAt(next);
                censored += table.CensoredAt(next);
                next++;
            }
            // Before the first distinct time the curve is 1: such grid days are not listed.
            if (next > 0)
            {
                var atRisk = first < count ? table.AtRiskAt(first) : table.AtRiskAt(count - 1) - table.EventsAt(count - 1) - table.CensoredAt(count - 1);
                yield return (next - 1, events, censored, atRisk, TimeResolution.ToDays(at));
            }
            if (at == lastTicks) yield break;
        }
    }
}
