namespace Simulator.Statistics;

/// <summary>The cumulative incidence curve of one collapse cause.</summary>
/// <param name="CauseId">The cause id (name it with the scenario's CauseCatalog).</param>
/// <param name="Events">Collapses from this cause.</param>
/// <param name="Points">The curve at each time this cause has events (where it steps up).</param>
public sealed record CauseIncidence(int CauseId, long Events, IReadOnlyList<CumulativeIncidencePoint> Points);
