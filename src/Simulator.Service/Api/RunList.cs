namespace Simulator.Service.Api;

/// <summary>GET /api/runs: the newest runs first.</summary>
/// <param name="Runs">The runs.</param>
public sealed record RunList(IReadOnlyList<RunView> Runs);
