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
public sealed record CumulativeIncidence
{
    private readonly EventRow[] _rows;

    private CumulativeIncidence(EventRow[] rows, IReadOnlyList<CauseIncidence> causes)
    {
        _rows = rows;
        Causes = causes;
    }

    // One distinct event time: at risk, all-cause events, and events per cause.
    // One event time. Most ticks of a run see a single cause, so that one is stored inline and only
    // further causes get a dictionary: a curve can have a row per tick of the horizon.
    private readonly record struct EventRow(double Time, long AtRisk, long Events, int FirstCause, long FirstCount, Dictionary<int, long>? Others)
    {
        public long CountOf(int cause) => cause == FirstCause ? FirstCount : Others?.GetValueOrDefault(cause) ?? 0;

        public bool Has(int cause) => cause == FirstCause || (Others?.ContainsKey(cause) ?? false);

        public IEnumerable<KeyValuePair<int, long>> ByCause()
        {
            yield return new KeyValuePair<int, long>(FirstCause, FirstCount);
            if (Others is null) yield break;
            foreach (var pair in Others) yield return pair;
        }

        public static EventRow From(double time, long atRisk, IReadOnlyDictionary<int, long> byCause)
        {
            var first = byCause.OrderBy(kv => kv.Key).First();
            var others = byCause.Count == 1 ? null : byCause.Where(kv => kv.Key != first.Key).ToDictionary(kv => kv.Key, kv => kv.Value);
            return new EventRow(time, atRisk, byCause.Values.Sum(), first.Key, first.Value, others);
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
        // Packed keys sort by tick, then cause: one pass over them groups each tick's causes.
        var keys = tally.EventsByTickAndCause.Keys.ToArray();
        Array.Sort(keys);
        var rows = new List<EventRow>();
        var atRisk = tally.Trials;
        for (var k = 0; k < keys.Length;)
        {
            var tick = RegimeTally.TickOf(keys[k]);
            var firstCause = RegimeTally.CauseOf(keys[k]);
            var firstCount = tally.EventsByTickAndCause[keys[k]];
            var events = firstCount;
            Dictionary<int, long>? others = null;
            for (k++; k < keys.Length && RegimeTally.TickOf(keys[k]) == tick; k++)
            {
                var count = tally.EventsByTickAndCause[keys[k]];
                (others ??= new Dictionary<int, long>())[RegimeTally.CauseOf(keys[k])] = count;
                events += count;
            }
            rows.Add(new EventRow(TimeResolution.ToDays(tick), atRisk, events, firstCause, firstCount, others));
            atRisk -= events;
        }
        return Build(rows.ToArray());
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
        var rows = new List<EventRow>();
        var atRisk = (long)times.Count;
        foreach (var group in Enumerable.Range(0, times.Count).GroupBy(i => times[i]).OrderBy(g => g.Key))
        {
            var byCause = group.Where(i => causes[i] >= 0).GroupBy(i => causes[i]).ToDictionary(g => g.Key, g => (long)g.Count());
            var d = byCause.Values.Sum();
            if (d > 0) rows.Add(EventRow.From(group.Key, atRisk, byCause));
            atRisk -= group.Count(); // events first, then censorings, leave the risk set after t
        }
        return Build(rows.ToArray());
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

    private static CumulativeIncidence Build(EventRow[] rows)
    {
        var totals = new Dictionary<int, long>();
        foreach (var row in rows)
        {
            foreach (var (cause, count) in row.ByCause()) totals[cause] = totals.GetValueOrDefault(cause) + count;
        }
        var causes = totals.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key)
            .Select(kv => new CauseIncidence(kv.Key, kv.Value, Walk(rows, kv.Key).Where((_, j) => rows[j].Has(kv.Key)).ToArray()))
            .ToArray();
        return new CumulativeIncidence(rows, causes);
    }

    // The curve and its variance at every event time (any cause), in one pass: the squared and
    // cross terms of the variance are expanded in F_k(t) so that running sums suffice:
    // Σ a_j (F − F_j)² = F² Σa_j − 2F Σa_j F_j + Σa_j F_j², and Σ b_j (F − F_j) = F Σb_j − Σb_j F_j.
    private static IEnumerable<CumulativeIncidencePoint> Walk(EventRow[] rows, int cause)
    {
        double survivalBefore = 1, f = 0;
        double a0 = 0, a1 = 0, a2 = 0, b0 = 0, b1 = 0, c = 0;
        foreach (var row in rows)
        {
            double n = row.AtRisk, d = row.Events, dk = row.CountOf(cause);
            f += survivalBefore * dk / n;
            var a = row.Events < row.AtRisk ? d / (n * (n - d)) : 0; // R drops the term when all at risk fail
            var b = 2 * survivalBefore * dk / (n * n);
            a0 += a; a1 += a * f; a2 += a * f * f;
            b0 += b; b1 += b * f;
            c += survivalBefore * survivalBefore * dk * (n - dk) / (n * n * n);
            var variance = f * f * a0 - 2 * f * a1 + a2 + c - (f * b0 - b1);
            yield return new CumulativeIncidencePoint(row.Time, f, Math.Sqrt(Math.Max(variance, 0)));
            survivalBefore *= 1 - d / n;
        }
    }
}
