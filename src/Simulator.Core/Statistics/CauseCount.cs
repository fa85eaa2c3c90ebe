namespace Simulator.Statistics;

/// <summary>How often one cause ended the truce.</summary>
/// <param name="CauseId">The cause id (name it with the scenario's CauseCatalog).</param>
/// <param name="Count">Collapses from this cause.</param>
/// <param name="ShareOfCollapses">Count / all collapses.</param>
/// <param name="ShareOfTrials">Count / all trials.</param>
public sealed record CauseCount(int CauseId, long Count, double ShareOfCollapses, double ShareOfTrials);
