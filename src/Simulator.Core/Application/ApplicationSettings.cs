using System.ComponentModel.DataAnnotations;

namespace Simulator.Application;

/// <summary>Tool settings every front end shares (appsettings.json section "Simulator", SIMULATOR_ environment variables, --config).</summary>
public sealed class ApplicationSettings
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Simulator";

    /// <summary>Trials per block (unit of parallel work, ordered output and progress).</summary>
    [Range(64, 1_000_000)]
    public int BlockSize { get; set; } = 4096;

    /// <summary>Seconds between progress lines when standard error is not a terminal.</summary>
    [Range(1, 3600)]
    public int ProgressIntervalSeconds { get; set; } = 5;

    /// <summary>Seconds between checkpoints of a run with an output folder (also written at start and on cancellation); 0: after every block.</summary>
    [Range(0, 86400)]
    public int CheckpointIntervalSeconds { get; set; } = 10;
}
