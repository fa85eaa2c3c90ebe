namespace Simulator.Studies.Frontier;

/// <summary>
/// A regime placed on cost and intrusiveness against durability. In a run the intervals are 95 %
/// confidence intervals; across a sample's worlds they are the 10th and 90th percentiles over worlds.
/// </summary>
/// <param name="Regime">Regime id.</param>
/// <param name="CostPerTrial">Mean cost of one trial (one future), in the scenario's unit of cost.</param>
/// <param name="InspectionsPerTrial">Mean inspections made per trial (intrusiveness).</param>
/// <param name="RefusalsPerTrial">Mean inspections refused per trial.</param>
/// <param name="Holds">Durability: the probability the truce holds at the day named with the frontier.</param>
/// <param name="HoldsLower">Lower end of its interval.</param>
/// <param name="HoldsUpper">Upper end of its interval.</param>
/// <param name="Rmst">Mean days held up to the horizon.</param>
/// <param name="RmstLower">Lower end of its interval.</param>
/// <param name="RmstUpper">Upper end of its interval.</param>
public sealed record FrontierPoint(string Regime, double CostPerTrial, double InspectionsPerTrial, double RefusalsPerTrial,
    double Holds, double HoldsLower, double HoldsUpper, double Rmst, double RmstLower, double RmstUpper);
