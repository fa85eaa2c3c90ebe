namespace Simulator.Studies.Robustness;

/// <summary>One regime's spread and regret on one measure across the worlds of a sample.</summary>
/// <param name="Regime">Regime id.</param>
/// <param name="Measure">The measure's name.</param>
/// <param name="Worlds">Worlds with a value.</param>
/// <param name="Mean">Mean over worlds.</param>
/// <param name="P10">10th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="Min">Smallest.</param>
/// <param name="Max">Largest.</param>
/// <param name="RegretMean">Mean over worlds of the distance to the best regime of that world (0 when it is the best).</param>
/// <param name="RegretP90">90th percentile of that regret.</param>
/// <param name="RegretMax">Largest regret.</param>
/// <param name="Satisficed">Share of worlds meeting the threshold given for this measure; null without one.</param>
public sealed record RobustnessRow(string Regime, string Measure, int Worlds, double Mean, double P10, double P50, double P90,
    double Min, double Max, double RegretMean, double RegretP90, double RegretMax, double? Satisficed);
