namespace Simulator.Service.Api;

/// <summary>The addresses of a run.</summary>
/// <param name="Self">GET: the run; DELETE: cancel it.</param>
/// <param name="Events">GET: its progress as server-sent events.</param>
/// <param name="Files">GET {files}/{name}: one of its output files.</param>
public sealed record RunLinks(string Self, string Events, string Files)
{
    /// <summary>The links of run <paramref name="id"/>.</summary>
    public static RunLinks Of(long id) => new($"/api/runs/{id}", $"/api/runs/{id}/events", $"/api/runs/{id}/files");
}
