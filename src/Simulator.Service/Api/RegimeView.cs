namespace Simulator.Service.Api;

/// <summary>A regime of the scenario.</summary>
/// <param name="Id">Its id (for "regimes").</param>
/// <param name="Name">Its name.</param>
/// <param name="Selected">True when the submission runs it.</param>
public sealed record RegimeView(string Id, string Name, bool Selected);
