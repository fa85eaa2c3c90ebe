namespace Simulator.Application.Studies;

/// <summary>`sweep`: a full factorial design over --vary (or the file's sweep section when empty).</summary>
/// <param name="Common">Scenario, overrides, regimes, threads, folder.</param>
/// <param name="Vary">key.path=v1,v2,… or key.path=start:stop:step, one per varied parameter.</param>
public sealed record SweepSpec(StudySpec Common, IReadOnlyList<string> Vary);
