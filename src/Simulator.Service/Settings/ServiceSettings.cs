using System.ComponentModel.DataAnnotations;

namespace Simulator.Service.Settings;

/// <summary>
/// The service's limits and key (appsettings.json section "Service", SIMULATOR_Service__* environment
/// variables, serve --config Service:Key=value). Exceeding a limit is refused with a 4xx that names it.
/// </summary>
public sealed class ServiceSettings
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Service";

    /// <summary>The HTTP header that carries the API key.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Largest request body accepted, in bytes (a scenario is a few tens of kilobytes).</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Most trials per regime one run may ask for.</summary>
    [Range(1, 100_000_000)]
    public long MaxTrials { get; set; } = 1_000_000;

    /// <summary>Most runs waiting to start; a submission beyond it is refused with 429.</summary>
    [Range(1, 100_000)]
    public int MaxQueuedRuns { get; set; } = 100;

    /// <summary>Runs executed at the same time (the others wait in the queue).</summary>
    [Range(1, 64)]
    public int MaxConcurrentRuns { get; set; } = 1;

    /// <summary>Worker threads of each run; 0: all cores. Results do not depend on it.</summary>
    [Range(0, 1024)]
    public int ThreadsPerRun { get; set; }

    /// <summary>
    /// When set, every API request must carry it in <see cref="ApiKeyHeader"/>; required to listen
    /// beyond loopback. Empty: no key (loopback only).
    /// </summary>
    [MinLength(16)]
    public string? ApiKey { get; set; }
}
