using Simulator.Output;
using Simulator.Application.Folders;
using Simulator.Application.Scenarios;
using Simulator.Application.Sharding;
using Simulator.Engine;
using Simulator.Results.Precision;

namespace Simulator.Application.Runs;

/// <summary>
/// A run the gate accepted, ready to execute: the checked scenario, the engine request, where its
/// outputs go and, for a resumed run, what its checkpoint already holds. Made only by
/// <see cref="RunPipeline.Prepare"/>. A plan with a folder holds the folder's one-writer lock
/// from Prepare on; <see cref="RunPipeline.Execute"/> releases it, and so does <see cref="Dispose"/>
/// for a plan that is never executed.
/// </summary>
public sealed record RunPlan : IDisposable
{
    /// <summary>The scenario, its source text and overrides.</summary>
    public required CheckedScenario Scenario { get; init; }

    /// <summary>What the engine runs: every trial of the run, or a shard's share (a resumed run's remaining ones are derived from it).</summary>
    public required RunRequest Request { get; init; }

    /// <summary>Precision goal, or null for a fixed number of trials.</summary>
    public PrecisionGoal? Goal { get; init; }

    /// <summary>The run folder (full path), or null when nothing is written.</summary>
    public string? Folder { get; init; }

    /// <summary>Write trials.csv.</summary>
    public bool TrialsCsv { get; init; }

    /// <summary>Write report.html.</summary>
    public bool Report { get; init; }

    /// <summary>Write each chart as PNG and SVG.</summary>
    public bool Plots { get; init; }

    /// <summary>Which times survival.csv lists.</summary>
    public SurvivalRows SurvivalRows { get; init; }

    /// <summary>The checkpoint a resumed run continues, with its tally; null for a new run.</summary>
    public ResumePoint? Resume { get; init; }

    /// <summary>The share of the trials a shard runs (its request covers exactly those), or null for the whole run.</summary>
    public ShardSlice? Shard { get; init; }

    /// <summary>Ids of the regimes run, in output order.</summary>
    public IReadOnlyList<string> RegimeIds => Scenario.RegimeIds;

    /// <summary>The hold on <see cref="Folder"/>: its lock and manifest.</summary>
    internal FolderSession? Session { get; init; }

    /// <summary>Releases the folder's lock (Execute does it when it ends).</summary>
    public void Dispose() => Session?.Dispose();
}
