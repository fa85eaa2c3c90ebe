namespace Simulator.Application.Studies;

/// <summary>`sample`: a Latin hypercube ("lhs") or Monte Carlo ("mc") design over the scenario's uncertain parameters.</summary>
/// <param name="Common">Scenario, overrides, regimes, threads, folder.</param>
/// <param name="Design">lhs or mc.</param>
/// <param name="Points">Points to draw.</param>
public sealed record SampleSpec(StudySpec Common, string Design, int Points);
