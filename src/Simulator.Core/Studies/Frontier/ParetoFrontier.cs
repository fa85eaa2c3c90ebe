namespace Simulator.Studies.Frontier;

/// <summary>
/// Pareto efficiency of regimes on cost (lower is better) against durability (the probability the
/// truce holds, higher is better), and again with intrusiveness (inspections, lower is better). Point
/// estimates decide dominance; the intervals are shown beside them so a reader sees when two regimes
/// cannot be told apart. Non-finite values never dominate and are never efficient.
/// </summary>
public static class ParetoFrontier
{
    /// <summary>Every regime with its marks, in the given order.</summary>
    public static IReadOnlyList<FrontierEntry> Mark(IReadOnlyList<FrontierPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return [.. points.Select(p => new FrontierEntry(p,
            Usable(p) && !points.Any(q => Usable(q) && Dominates(q, p, intrusiveness: false)),
            Usable(p) && double.IsFinite(p.InspectionsPerTrial) && !points.Any(q => Usable(q) && double.IsFinite(q.InspectionsPerTrial) && Dominates(q, p, intrusiveness: true))))];
    }

    /// <summary>True when <paramref name="a"/> is no worse than <paramref name="b"/> on every objective and better on one.</summary>
    public static bool Dominates(FrontierPoint a, FrontierPoint b, bool intrusiveness)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var noWorse = a.CostPerTrial <= b.CostPerTrial && a.Holds >= b.Holds
            && (!intrusiveness || a.InspectionsPerTrial <= b.InspectionsPerTrial);
        var better = a.CostPerTrial < b.CostPerTrial || a.Holds > b.Holds
            || (intrusiveness && a.InspectionsPerTrial < b.InspectionsPerTrial);
        return noWorse && better;
    }

    private static bool Usable(FrontierPoint p) => double.IsFinite(p.CostPerTrial) && double.IsFinite(p.Holds);
}
