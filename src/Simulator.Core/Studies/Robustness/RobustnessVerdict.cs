using System.Globalization;

namespace Simulator.Studies.Robustness;

/// <summary>The most robust regime of one measure under each criterion (null when no regime has a value).</summary>
/// <param name="Measure">The measure.</param>
/// <param name="ByMean">Best mean over worlds.</param>
/// <param name="ByMaxRegret">Lowest maximum regret (minimax regret).</param>
/// <param name="ByMeanRegret">Lowest mean regret.</param>
/// <param name="BySatisficing">Highest share of worlds meeting the threshold, when one was given.</param>
public sealed record RobustnessVerdict(string Measure, RobustnessRow? ByMean, RobustnessRow? ByMaxRegret, RobustnessRow? ByMeanRegret, RobustnessRow? BySatisficing)
{
    /// <summary>
    /// One sentence naming the most robust regime under each criterion, e.g. "On holds_365 over 60
    /// worlds, A is the most robust by minimax regret (at most 12.3 points below the best regime of
    /// a world), B has the highest mean (64.1%), and C meets holds>=0.5 in the most worlds (83%)."
    /// Durability measures (holds_…) are written as percentages and points.
    /// </summary>
    public string Sentence(string? satisfice)
    {
        if (ByMean is null || ByMaxRegret is null) return $"No regime has a value of {Measure}.";
        var share = Measure.StartsWith("holds_", StringComparison.Ordinal);
        string Value(double v) => share ? (100 * v).ToString("0.0", CultureInfo.InvariantCulture) + "%" : v.ToString("0.##", CultureInfo.InvariantCulture);
        string Distance(double v) => share ? (100 * v).ToString("0.0", CultureInfo.InvariantCulture) + " points" : v.ToString("0.##", CultureInfo.InvariantCulture);
        var text = $"On {Measure} over {ByMean.Worlds} worlds, {ByMaxRegret.Regime} is the most robust by minimax regret (at most {Distance(ByMaxRegret.RegretMax)} below the best regime of a world), "
            + $"{ByMean.Regime} has the highest mean ({Value(ByMean.Mean)})";
        if (BySatisficing is { Satisficed: { } s } && satisfice is not null)
        {
            return text + $", and {BySatisficing.Regime} meets {satisfice} in the most worlds ({(100 * s).ToString("0", CultureInfo.InvariantCulture)}%).";
        }
        return text + ".";
    }
}
