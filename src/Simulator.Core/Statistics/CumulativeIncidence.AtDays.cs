using Simulator.Engine.Tallies;

namespace Simulator.Statistics;

public sealed partial record CumulativeIncidence
{
    /// <summary>
    /// Every cause's incidence at each of <paramref name="days"/> straight from a regime's tally
    /// (equal to <c>FromTally(tally).At(cause, day)</c>), in one pass over its collapses that holds
    /// nothing per event time: a regime's (tick, cause) keys can number millions.
    /// </summary>
    public static IncidenceAtDays FromTallyAtDays(RegimeTally tally, IReadOnlyList<double> days)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(days);
        var totals = new Dictionary<int, long>();
        foreach (var (key, count) in tally.EventsByTickAndCause)
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(totals, RegimeTally.CauseOf(key), out _) += count;
        }
        var causeIds = totals.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => kv.Key).ToArray();
        var slotOf = new Dictionary<int, int>(causeIds.Length);
        for (var c = 0; c < causeIds.Length; c++) slotOf[causeIds[c]] = c;
        return new Pass(causeIds, slotOf, days).Run(tally);
    }

    // The state of the pass: a walker per cause, this tick's counts per cause, the days still to fill.
    private sealed class Pass(int[] causeIds, Dictionary<int, int> slotOf, IReadOnlyList<double> days)
    {
        private readonly Walker[] _walkers = [.. causeIds.Select(_ => new Walker())];
        private readonly CumulativeIncidencePoint[] _last = new CumulativeIncidencePoint[causeIds.Length];
        private readonly long[] _counts = new long[causeIds.Length];
        private readonly CumulativeIncidencePoint[] _values = new CumulativeIncidencePoint[causeIds.Length * days.Count];
        private readonly int[] _order = [.. Enumerable.Range(0, days.Count).OrderBy(d => days[d])];
        private int _nextDay;
        private bool _stepped;

        public IncidenceAtDays Run(RegimeTally tally)
        {
            var atRisk = tally.Trials;
            long tick = -1, events = 0;
            var open = false;
            foreach (var (key, count) in tally.EventsByTickAndCause)
            {
                if (RegimeTally.TickOf(key) != tick && open)
                {
                    EndRow(TimeResolution.ToDays(tick), atRisk, events);
                    atRisk -= events;
                    events = 0;
                }
                tick = RegimeTally.TickOf(key);
                _counts[slotOf[RegimeTally.CauseOf(key)]] += count;
                events += count;
                open = true;
            }
            if (open) EndRow(TimeResolution.ToDays(tick), atRisk, events);
            FillDaysBefore(double.PositiveInfinity);
            return new IncidenceAtDays([.. days], causeIds, _values);
        }

        // Every cause steps at every event time (its variance sums run over all of them).
        private void EndRow(double time, long atRisk, long events)
        {
            FillDaysBefore(time);
            for (var c = 0; c < _walkers.Length; c++)
            {
                _last[c] = _walkers[c].Step(time, atRisk, events, _counts[c]);
                _counts[c] = 0;
            }
            _stepped = true;
        }

        // A day takes the value at the last event time at or before it (0 before the first).
        private void FillDaysBefore(double time)
        {
            for (; _nextDay < _order.Length && days[_order[_nextDay]] < time; _nextDay++)
            {
                var d = _order[_nextDay];
                for (var c = 0; c < _walkers.Length; c++)
                {
                    _values[c * days.Count + d] = _stepped ? _last[c] with { Time = days[d] } : new CumulativeIncidencePoint(days[d], 0, 0);
                }
            }
        }
    }
}
