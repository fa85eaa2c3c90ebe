using Simulator.Studies.Sweeps;
namespace Simulator.Application.Studies;

/// <summary>What a design run produced.</summary>
/// <param name="Completed">Points that finished, in design order (a prefix of the design).</param>
/// <param name="Requested">Points in the design.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record PointRunResult(IReadOnlyList<PointResult> Completed, int Requested, TimeSpan Elapsed)
{
    /// <summary>True when the run was cancelled before every point finished.</summary>
    public bool Partial => Completed.Count < Requested;
}
