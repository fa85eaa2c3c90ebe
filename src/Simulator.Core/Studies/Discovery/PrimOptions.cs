namespace Simulator.Studies.Discovery;

/// <summary>
/// The settings of PRIM (docs/decisions.md › How discover works). The defaults are those of
/// Friedman and Fisher (1999) and of EMA Workbench: peel and paste 5 % of the box at a time, stop
/// peeling before the box holds less than 5 % of the points.
/// </summary>
/// <param name="PeelAlpha">Share of the box's points one peel removes (at least one distinct value).</param>
/// <param name="PasteAlpha">Share of the box's points one paste adds back.</param>
/// <param name="MinMass">Smallest share of all points a peeled box may hold.</param>
/// <param name="MinCoverage">The box chosen on a trajectory covers at least this share of the cases of interest not yet covered.</param>
/// <param name="MaxBoxes">Boxes found in turn, each over the points the earlier boxes left.</param>
public sealed record PrimOptions(double PeelAlpha = 0.05, double PasteAlpha = 0.05, double MinMass = 0.05, double MinCoverage = 0.5, int MaxBoxes = 3)
{
    /// <summary>The defaults.</summary>
    public static PrimOptions Default { get; } = new();
}
