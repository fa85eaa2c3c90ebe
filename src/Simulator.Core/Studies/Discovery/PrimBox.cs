namespace Simulator.Studies.Discovery;

/// <summary>A box found by PRIM, after pasting, over the points the earlier boxes left.</summary>
/// <param name="Number">1-based, in the order found.</param>
/// <param name="Coverage">Cases of interest inside ÷ all cases of interest of the data.</param>
/// <param name="Density">Cases of interest inside ÷ cases inside.</param>
/// <param name="Mass">Cases inside ÷ all cases of the data.</param>
/// <param name="Cases">Cases inside.</param>
/// <param name="CasesOfInterest">Cases of interest inside.</param>
/// <param name="Restrictions">Only the restricted parameters, in the data's parameter order.</param>
public sealed record PrimBox(int Number, double Coverage, double Density, double Mass, int Cases, int CasesOfInterest, IReadOnlyList<PrimRestriction> Restrictions);
