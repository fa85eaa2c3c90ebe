using System.ComponentModel.DataAnnotations;

namespace Simulator.Cli.Hosting;

/// <summary>Tool settings from appsettings.json, SIMULATOR_ environment variables and the command line.</summary>
public sealed class SimulatorSettings
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Simulator";

    /// <summary>Trials per block (unit of parallel work, ordered output and progress).</summary>
    [Range(64, 1_000_000)]
    public int BlockSize { get; set; } = 4096;

    /// <summary>Seconds between progress lines when standard error is not a terminal.</summary>
    [Range(1, 3600)]
    public int ProgressIntervalSeconds { get; set; } = 5;
}
