namespace Simulator.Service.Api;

/// <summary>A run as GET /api/runs/{id} shows it.</summary>
/// <param name="Id">The run's id.</param>
/// <param name="Status">queued, running, succeeded, failed or cancelled.</param>
/// <param name="Scenario">The scenario's name in the outputs.</param>
/// <param name="Progress">Trials completed.</param>
/// <param name="CreatedAt">When it was accepted (UTC).</param>
/// <param name="StartedAt">When it started (null while queued).</param>
/// <param name="FinishedAt">When it ended (null until then).</param>
/// <param name="Message">Why it failed, how it was cancelled, or why it is queued again.</param>
/// <param name="Files">Output files it has, for GET /api/runs/{id}/files/{name} (once it has ended).</param>
/// <param name="Links">Where to read it, follow it and fetch its files.</param>
public sealed record RunView(long Id, string Status, string Scenario, ProgressView Progress,
    DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Message,
    IReadOnlyList<string> Files, RunLinks Links);
