using Simulator.Engine.Tallies;

namespace Simulator.Statistics;

/// <summary>
/// Aalen–Johansen cumulative incidence by cause: the probability of having collapsed from a given
/// cause by day t when every cause competes, F_k(t) = Σ_{t_j ≤ t} S(t_j−) d_kj / n_j (S the
/// all-cause Kaplan–Meier curve). The curves add up to 1 − S(t). Variance by the delta method
/// (Marubini &amp; Valsecchi form):
/// Var F_k(t) = Σ_{t_j ≤ t} [ (F_k(t) − F_k(t_j))² d_j/(n_j(n_j − d_j)) + S(t_j−)² d_kj (n_j − d_kj)/n_j³
/// − 2 (F_k(t) − F_k(t_j)) S(t_j−) d_kj / n_j² ], which reproduces R's
/// <c>survfit(Surv(time, factor(status)) ~ 1)$std.err</c> on unweighted data.
/// </summary>
public sealed partial record CumulativeIncidence
{
    private readonly EventRows _rows;

    private CumulativeIncidence(EventRows rows, IReadOnlyList<CauseIncidence> causes)
    {
        _rows = rows;
        Causes = causes;
    }

    // The distinct event times in parallel arrays (at risk, all-cause events) and each time's
    // counts per cause in two flat arrays: no object per time or per cause, since a curve can
    // have a row per tick of the horizon and several causes at each.
    private sealed class EventRows
    {
        private readonly List<double> _times;
        private readonly List<long> _atRisk;
        private readonly List<long> _events;
        private readonly List<int> _start;
        private readonly List<int> _causes;
        private readonly List<long> _counts;

        // The per-cause lists are sized for the keys up front; the per-time ones grow (a regime's
        // keys can be several times its distinct times: sizing those for the keys would waste more).
        public EventRows(int keys = 0)
        {
            _times = new();
            _atRisk = new();
            _events = new();
            _start = new() { 0 };
            _causes = new(keys);
            _counts = new(keys);
        }

        public int Count => _times.Count;

        public double Time(int row) => _times[row];

        public long AtRisk(int row) => _atRisk[row];

        public long Events(int row) => _events[row];

        // A row is opened, given its causes' counts, then closed with its time and number at risk:
        // no collection per row.
        public void AddCause(int cause, long count)
        {
            _causes.Add(cause);
            _counts.Add(count);
        }

        public void EndRow(double time, long atRisk)
        {
            long events = 0;
            for (var i = _start[^1]; i < _causes.Count; i++) events += _counts[i];
            _times.Add(time);
            _atRisk.Add(atRisk);
            _events.Add(events);
            _start.Add(_causes.Count);
        }

        public void Add(double time, long atRisk, IEnumerable<KeyValuePair<int, long>> byCause)
        {
            foreach (var (cause, count) in byCause) AddCause(cause, count);
            EndRow(time, atRisk);
        }

        // Collapses per cause over every row.
        public Dictionary<int, long> Totals()
        {
            var totals = new Dictionary<int, long>();
            for (var i = 0; i < _causes.Count; i++)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(totals, _causes[i], out _) += _counts[i];
            }
            return totals;
        }

        public long CountOf(int row, int cause)
        {
            for (var i = _start[row]; i < _start[row + 1]; i++)
            {
                if (_causes[i] == cause) return _counts[i];
            }
            return 0;
        }
    }

    /// <summary>Every cause with at least one collapse, by decreasing count then id.</summary>
    public IReadOnlyList<CauseIncidence> Causes { get; }

    /// <summary>
    /// Curves from a regime's tally: collapses counted per (tick, cause), every other trial censored
    /// at the horizon (which lies at or after every collapse, so it only sets the numbers at risk).
    /// </summary>
    public static CumulativeIncidence FromTally(RegimeTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        // The histogram enumerates by tick, then cause: one pass groups each tick's causes.
        var rows = new EventRows(tally.EventsByTickAndCause.Count);
        var atRisk = tally.Trials;
        long tick = -1, events = 0;
        var open = false;
        foreach (var (key, count) in tally.EventsByTickAndCause)
        {
            if (RegimeTally.TickOf(key) != tick && open)
            {
                rows.EndRow(TimeResolution.ToDays(tick), atRisk);
                atRisk -= events;
                events = 0;
            }
            tick = RegimeTally.TickOf(key);
            rows.AddCause(RegimeTally.CauseOf(key), count);
            events += count;
            open = true;
        }
        if (open) rows.EndRow(TimeResolution.ToDays(tick), atRisk);
        return Build(rows);
    }

    /// <summary>
    /// Curves from one row per subject: time in days and cause id, or −1 when censored (the
    /// convention of <see cref="TrialOutcome.CauseId"/>).
    /// </summary>
    public static CumulativeIncidence FromObservations(IReadOnlyList<double> times, IReadOnlyList<int> causes)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(causes);
        if (times.Count != causes.Count) throw new ArgumentException($"times has {times.Count} entries but causes has {causes.Count}; give one cause (−1: censored) per time.", nameof(causes));
        var rows = new EventRows();
        var atRisk = (long)times.Count;
        foreach (var group in Enumerable.Range(0, times.Count).GroupBy(i => times[i]).OrderBy(g => g.Key))
        {
            var byCause = group.Where(i => causes[i] >= 0).GroupBy(i => causes[i]).ToDictionary(g => g.Key, g => (long)g.Count());
            var d = byCause.Values.Sum();
            if (d > 0) rows.Add(group.Key, atRisk, byCause.OrderBy(kv => kv.Key));
            atRisk -= group.Count(); // events first, then censorings, leave the risk set after t
        }
        return Build(rows);
    }

    /// <summary>The cumulative incidence of <paramref name="causeId"/> at <paramref name="day"/> (0 before its first event).</summary>
    public CumulativeIncidencePoint At(int causeId, double day)
    {
        CumulativeIncidencePoint result = new(day, 0, 0);
        foreach (var p in Walk(_rows, causeId))
        {
            if (p.Time > day) break;
            result = p with { Time = day };
        }
        return result;
    }

    private static CumulativeIncidence Build(EventRows rows)
    {
        var totals = rows.Totals();
        // Each cause's points are computed when asked for (no output needs them all at once).
        var causes = totals.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key)
            .Select(kv => new CauseIncidence(kv.Key, kv.Value, new DeferredList<CumulativeIncidencePoint>(() =>
                Walk(rows, kv.Key).Where((_, j) => rows.CountOf(j, kv.Key) > 0).ToArray())))
            .ToArray();
        return new CumulativeIncidence(rows, causes);
    }

    /// <summary>
    /// Every cause's incidence at each of <paramref name="days"/> (equal to <see cref="At"/> there),
    /// in one pass over the event times per cause: what the outputs need without holding any curve.
    /// </summary>
    public IncidenceAtDays AtDays(IReadOnlyList<double> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var order = new int[days.Count];
        for (var d = 0; d < order.Length; d++) order[d] = d;
        Array.Sort(order, (x, y) => days[x].CompareTo(days[y]));
        var causeIds = new int[Causes.Count];
        var values = new CumulativeIncidencePoint[Causes.Count * days.Count];
        for (var c = 0; c < Causes.Count; c++)
        {
            var cause = Causes[c].CauseId;
            causeIds[c] = cause;
            var walker = new Walker();
            CumulativeIncidencePoint last = default;
            var any = false;
            var j = 0;
            foreach (var d in order)
            {
                for (; j < _rows.Count && _rows.Time(j) <= days[d]; j++)
                {
                    last = walker.Step(_rows.Time(j), _rows.AtRisk(j), _rows.Events(j), _rows.CountOf(j, cause));
                    any = true;
                }
                values[c * days.Count + d] = any ? last with { Time = days[d] } : new CumulativeIncidencePoint(days[d], 0, 0);
            }
        }
        return new IncidenceAtDays([.. days], causeIds, values);
    }

    // The curve and its variance at every event time (any cause), in one pass.
    private static IEnumerable<CumulativeIncidencePoint> Walk(EventRows rows, int cause)
    {
        var walker = new Walker();
        for (var j = 0; j < rows.Count; j++) yield return walker.Step(rows.Time(j), rows.AtRisk(j), rows.Events(j), rows.CountOf(j, cause));
    }

    // One cause's running sums: the squared and cross terms of the variance are expanded in F_k(t)
    // so that running sums suffice:
    // Σ a_j (F − F_j)² = F² Σa_j − 2F Σa_j F_j + Σa_j F_j², and Σ b_j (F − F_j) = F Σb_j − Σb_j F_j.
    private struct Walker()
    {
        private double _survivalBefore = 1, _f, _a0, _a1, _a2, _b0, _b1, _c;

        // The point at the next event time (times stepped in increasing order): atRisk just before
        // it, all-cause events there and this cause's count there.
        public CumulativeIncidencePoint Step(double time, long atRisk, long allEvents, long count)
        {
            double n = atRisk, d = allEvents, dk = count;
            _f += _survivalBefore * dk / n;
            var a = allEvents < atRisk ? d / (n * (n - d)) : 0; // R drops the term when all at risk fail
            var b = 2 * _survivalBefore * dk / (n * n);
            _a0 += a; _a1 += a * _f; _a2 += a * _f * _f;
            _b0 += b; _b1 += b * _f;
            _c += _survivalBefore * _survivalBefore * dk * (n - dk) / (n * n * n);
            var variance = _f * _f * _a0 - 2 * _f * _a1 + _a2 + _c - (_f * _b0 - _b1);
            var point = new CumulativeIncidencePoint(time, _f, Math.Sqrt(Math.Max(variance, 0)));
            _survivalBefore *= 1 - d / n;
            return point;
        }
    }
}
