namespace Simulator.Studies.Discovery;

/// <summary>One box of a peeling trajectory: step 0 is the whole (remaining) space, each later step one peel.</summary>
/// <param name="Box">The box (1-based) whose search this trajectory belongs to.</param>
/// <param name="Step">0 for the unpeeled space, then 1, 2, …</param>
/// <param name="Coverage">Cases of interest inside ÷ all cases of interest of the data.</param>
/// <param name="Density">Cases of interest inside ÷ cases inside.</param>
/// <param name="Mass">Cases inside ÷ all cases of the data.</param>
/// <param name="Restricted">Parameters whose limits are narrower than their range in the data.</param>
/// <param name="Chosen">True for the step chosen as the box (before pasting).</param>
public sealed record PrimStep(int Box, int Step, double Coverage, double Density, double Mass, int Restricted, bool Chosen);
