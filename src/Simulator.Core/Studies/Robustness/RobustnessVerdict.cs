namespace Simulator.Studies.Robustness;

/// <summary>The most robust regime of one measure under each criterion (null when no regime has a value).</summary>
/// <param name="Measure">The measure.</param>
/// <param name="ByMean">Best mean over worlds.</param>
/// <param name="ByMaxRegret">Lowest maximum regret (minimax regret).</param>
/// <param name="ByMeanRegret">Lowest mean regret.</param>
/// <param name="BySatisficing">Highest share of worlds meeting the threshold, when one was given.</param>
public sealed record RobustnessVerdict(string Measure, RobustnessRow? ByMean, RobustnessRow? ByMaxRegret, RobustnessRow? ByMeanRegret, RobustnessRow? BySatisficing);
