using Simulator.Results;

namespace Simulator.Studies.Sweeps;

/// <summary>The statistics of one point: the run's report, as `run` computes it.</summary>
/// <param name="Point">The design point.</param>
/// <param name="Report">Every statistic of the point's run.</param>
public sealed record PointResult(DesignPoint Point, RunReport Report);
