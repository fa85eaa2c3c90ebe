using Simulator.Model;

namespace Simulator.Studies.Sensitivity;

/// <summary>One parameter's indices for one regime.</summary>
/// <param name="Regime">Regime id.</param>
/// <param name="Parameter">The parameter.</param>
/// <param name="Rank">1 = most influential for this regime.</param>
/// <param name="Groups">Base samples or trajectories analysed.</param>
/// <param name="Sobol">Sobol indices (method sobol).</param>
/// <param name="Morris">Morris indices (method morris).</param>
public sealed record SensitivityRow(string Regime, UncertainParameter Parameter, int Rank, int Groups, SobolIndex? Sobol, MorrisIndex? Morris);
