using Simulator.Engine.Tallies;

namespace Simulator.Statistics;

/// <summary>
/// The risk table every survival statistic starts from: the distinct observed times in increasing
/// order and, at each, how many were still under observation (at risk), how many failed and how many
/// were censored. Times are in days. At a tied time events come before censoring, as in R's
/// <c>survfit</c>: a trial censored at t was at risk of failing at t.
/// </summary>
public sealed record SurvivalTable
{
    private readonly double[] _times;
    private readonly long[] _atRisk;
    private readonly long[] _events;
    private readonly long[] _censored;

    private SurvivalTable(double[] times, long[] atRisk, long[] events, long[] censored)
    {
        Times = _times = times;
        AtRisk = _atRisk = atRisk;
        Events = _events = events;
        Censored = _censored = censored;
    }

    // Row accessors on the arrays themselves (the curves read every row; an interface call each costs).
    internal double TimeAt(int row) => _times[row];

    internal long AtRiskAt(int row) => _atRisk[row];

    internal long EventsAt(int row) => _events[row];

    internal long CensoredAt(int row) => _censored[row];

    /// <summary>Distinct observed times in days, increasing (event and censoring-only times).</summary>
    public IReadOnlyList<double> Times { get; }

    /// <summary>Number under observation just before each time.</summary>
    public IReadOnlyList<long> AtRisk { get; }

    /// <summary>Failures (collapses) at each time.</summary>
    public IReadOnlyList<long> Events { get; }

    /// <summary>Censorings at each time.</summary>
    public IReadOnlyList<long> Censored { get; }

    /// <summary>Number of rows (distinct times).</summary>
    public int Count => Times.Count;

    /// <summary>Number of subjects (trials) in the table.</summary>
    public long Subjects => Count == 0 ? 0 : AtRisk[0];

    /// <summary>Total number of events.</summary>
    public long TotalEvents => Events.Sum();

    /// <summary>
    /// Builds the table from one row per subject: its time in days and whether it ended in an event
    /// (true) or was censored (false).
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, or a time is negative or not finite.</exception>
    public static SurvivalTable FromObservations(IReadOnlyList<double> times, IReadOnlyList<bool> events)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(events);
        if (times.Count != events.Count)
        {
            throw new ArgumentException($"times has {times.Count} entries but events has {events.Count}; give one event flag per time.", nameof(events));
        }
        for (var i = 0; i < times.Count; i++)
        {
            if (!double.IsFinite(times[i]) || times[i] < 0)
            {
                throw new ArgumentException($"times[{i}] = {times[i]} is not a finite non-negative number of days.", nameof(times));
            }
        }

        var order = Enumerable.Range(0, times.Count).OrderBy(i => times[i]).ToArray();
        var rows = new List<(double Time, long Events, long Censored)>();
        foreach (var i in order)
        {
            if (rows.Count == 0 || rows[^1].Time != times[i])
            {
                rows.Add((times[i], 0, 0));
            }
            var last = rows[^1];
            rows[^1] = events[i] ? last with { Events = last.Events + 1 } : last with { Censored = last.Censored + 1 };
        }
        return FromRows(rows, times.Count);
    }

    /// <summary>
    /// Builds the table of one regime's trials: every counted collapse is an event at its tick, and
    /// every trial that did not collapse is censored exactly at <paramref name="horizonTicks"/>.
    /// Times are converted to days (ticks / <see cref="TimeResolution.TicksPerDay"/>).
    /// </summary>
    /// <exception cref="ArgumentException">A collapse lies after the horizon.</exception>
    public static SurvivalTable FromTally(RegimeTally tally, long horizonTicks)
    {
        ArgumentNullException.ThrowIfNull(tally);
        // The histogram enumerates in key order (tick, then cause): each tick's causes are adjacent.
        var rows = new List<(double, long, long)>();
        long current = -1, events = 0;
        foreach (var (key, count) in tally.EventsByTickAndCause)
        {
            var tick = RegimeTally.TickOf(key);
            if (tick > horizonTicks)
            {
                throw new ArgumentException($"A collapse at tick {tick} lies after the horizon tick {horizonTicks}; pass the horizon the tally was run with.", nameof(horizonTicks));
            }
            if (tick != current && current >= 0) rows.Add((TimeResolution.ToDays(current), events, 0L));
            if (tick != current) events = 0;
            current = tick;
            events += count;
        }
        if (current >= 0) rows.Add((TimeResolution.ToDays(current), events, 0L));
        var survivors = tally.Trials - tally.Collapsed;
        if (survivors > 0)
        {
            var horizonDays = TimeResolution.ToDays(horizonTicks);
            if (rows.Count > 0 && rows[^1].Item1 == horizonDays)
            {
                rows[^1] = rows[^1] with { Item3 = survivors };
            }
            else
            {
                rows.Add((horizonDays, 0, survivors));
            }
        }
        return FromRows(rows, tally.Trials);
    }

    /// <summary>The same table with the first row moved to <paramref name="time"/> (which must stay before the second).</summary>
    internal SurvivalTable WithFirstTime(double time)
    {
        if (Count > 1 && time >= Times[1]) throw new ArgumentOutOfRangeException(nameof(time), time, "The first row must stay before the second.");
        var times = Times.ToArray();
        times[0] = time;
        return new SurvivalTable(times, AtRisk.ToArray(), Events.ToArray(), Censored.ToArray());
    }

    private static SurvivalTable FromRows(List<(double Time, long Events, long Censored)> rows, long subjects)
    {
        var n = rows.Count;
        var times = new double[n];
        var atRisk = new long[n];
        var events = new long[n];
        var censored = new long[n];
        var remaining = subjects;
        for (var i = 0; i < n; i++)
        {
            times[i] = rows[i].Time;
            atRisk[i] = remaining;
            events[i] = rows[i].Events;
            censored[i] = rows[i].Censored;
            remaining -= rows[i].Events + rows[i].Censored;
        }
        return new SurvivalTable(times, atRisk, events, censored);
    }
}
