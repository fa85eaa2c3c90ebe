using Simulator.Application.Folders;
using Simulator.Application.Scenarios;
using Simulator.Application.Sharding;

namespace Simulator.Application.Studies;

/// <summary>
/// A study the gate accepted at every point, ready to run. Made only by <see cref="StudyPipeline"/>.
/// A plan with a folder holds its one-writer lock until Execute ends (or <see cref="Dispose"/>).
/// </summary>
public sealed record StudyPlan : IDisposable
{
    /// <summary>sweep, sample or sensitivity.</summary>
    public required string Command { get; init; }

    /// <summary>A sentence naming the design, for the console title.</summary>
    public required string Title { get; init; }

    /// <summary>The scenario with the study's base overrides (its uncertain parameters at their point values).</summary>
    public required CheckedScenario Base { get; init; }

    /// <summary>Every point, validated.</summary>
    public required PreparedPlan Points { get; init; }

    /// <summary>The folder (full path), or null when nothing is written.</summary>
    public string? Folder { get; init; }

    /// <summary>Worker threads per point.</summary>
    public required int Threads { get; init; }

    /// <summary>Further manifest fields (design, distributions, method…), in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Manifest { get; init; } = [];

    /// <summary>The sensitivity design and what to analyse, for a sensitivity study.</summary>
    public SensitivityPlan? Sensitivity { get; init; }

    /// <summary>The options that shape the design (name, value), in order: what a merge needs to build the same design again.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> DesignOptions { get; init; } = [];

    /// <summary>The share of the design's trials a shard runs (see <see cref="StudyPipeline.ExecuteShard"/>), or null for the whole study.</summary>
    public ShardSlice? Shard { get; init; }

    /// <summary>The hold on <see cref="Folder"/>: its lock and manifest.</summary>
    internal FolderSession? Session { get; init; }

    /// <summary>Releases the folder's lock (Execute does it when it ends).</summary>
    public void Dispose() => Session?.Dispose();
}
