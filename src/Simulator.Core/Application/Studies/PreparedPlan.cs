namespace Simulator.Application.Studies;

/// <summary>The outcome of <see cref="PointPlan.Prepare"/>: every point loaded, or the problems found.</summary>
/// <param name="Plan">The plan prepared.</param>
/// <param name="Points">Points that loaded (all of them when <see cref="Problems"/> is empty).</param>
/// <param name="Problems">Problems, one line each, grouped by point; empty when every point is valid.</param>
public sealed record PreparedPlan(PointPlan Plan, IReadOnlyList<PreparedPoint> Points, IReadOnlyList<string> Problems)
{
    /// <summary>True when every point loaded.</summary>
    public bool Succeeded => Problems.Count == 0;

    /// <summary>Trials over every point and regime-independent trial index (each trial runs every selected regime).</summary>
    public long TotalTrials => Points.Sum(p => (long)p.Scenario.Trials);
}
