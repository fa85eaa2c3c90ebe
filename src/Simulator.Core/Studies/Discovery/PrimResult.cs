namespace Simulator.Studies.Discovery;

/// <summary>What PRIM found: the boxes in turn and every box's peeling trajectory.</summary>
/// <param name="Cases">Points analysed.</param>
/// <param name="CasesOfInterest">Points whose output met the condition.</param>
/// <param name="Boxes">The boxes, possibly none (no peel raised the density).</param>
/// <param name="Trajectory">The peeling trajectories of every box searched, box by box.</param>
public sealed record PrimResult(int Cases, int CasesOfInterest, IReadOnlyList<PrimBox> Boxes, IReadOnlyList<PrimStep> Trajectory);
