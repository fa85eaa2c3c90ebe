using Simulator.Model;
using Simulator.Studies.Sweeps;

namespace Simulator.Application.Studies;

/// <summary>One validated point, ready to run.</summary>
/// <param name="Point">The design point.</param>
/// <param name="Scenario">The scenario with the base and point overrides applied.</param>
/// <param name="Hash">Its scenario hash.</param>
/// <param name="Overrides">Every override applied (base, then the point's).</param>
/// <param name="RegimeIndices">Regimes to run.</param>
public sealed record PreparedPoint(DesignPoint Point, Scenario Scenario, string Hash, IReadOnlyList<string> Overrides, IReadOnlyList<int> RegimeIndices);
