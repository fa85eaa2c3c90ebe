using Simulator.Studies.Frontier;
using Simulator.Studies.Robustness;

namespace Simulator.Application.Robustness;

/// <summary>What `robustness` computed and wrote.</summary>
/// <param name="Worlds">Worlds (points) analysed.</param>
/// <param name="PointsFile">sample.csv or sweep.csv.</param>
/// <param name="Partial">True when the points are a cancelled study's.</param>
/// <param name="HoldsMeasure">The durability measure: holds_&lt;day&gt; or holds_horizon.</param>
/// <param name="HoldsDay">The day it is read at.</param>
/// <param name="Rows">One row per measure and regime.</param>
/// <param name="Criteria">The thresholds.</param>
/// <param name="Verdict">The most robust regime on durability under each criterion.</param>
/// <param name="Frontier">Regimes on mean cost against mean durability over the worlds.</param>
/// <param name="Folder">Where the files went.</param>
/// <param name="Written">The files written.</param>
public sealed record RobustnessOutcome(int Worlds, string PointsFile, bool Partial, string HoldsMeasure, double HoldsDay, IReadOnlyList<RobustnessRow> Rows,
    IReadOnlyList<SatisficingCriterion> Criteria, RobustnessVerdict Verdict, IReadOnlyList<FrontierEntry> Frontier, string Folder, IReadOnlyList<string> Written);
