using Simulator.Output;
namespace Simulator.Application.Merging;

/// <summary>What a front end asks `merge` for: the shard folders and where the single run's outputs go.</summary>
public sealed record MergeSpec
{
    /// <summary>SHARD_DIR…: one folder per shard (each a shard's --out), in any order.</summary>
    public required IReadOnlyList<string> ShardFolders { get; init; }

    /// <summary>--out: the folder the merged outputs are written into.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>--report: also write report.html (run shards only).</summary>
    public bool Report { get; init; }

    /// <summary>--plots: also write each chart as PNG and SVG (run shards only).</summary>
    public bool Plots { get; init; }

    /// <summary>--force: replace the earlier outputs of the same command in --out instead of refusing the folder.</summary>
    public bool Force { get; init; }

    /// <summary>--survival: which times survival.csv lists, as for run.</summary>
    public SurvivalRows SurvivalRows { get; init; }
}
