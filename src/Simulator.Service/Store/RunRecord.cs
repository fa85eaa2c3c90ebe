namespace Simulator.Service.Store;

/// <summary>One run as the database keeps it.</summary>
public sealed record RunRecord
{
    /// <summary>The run's id (also its folder name under runs/).</summary>
    public required long Id { get; init; }

    /// <summary>Where the run is.</summary>
    public required RunStatus Status { get; init; }

    /// <summary>What was asked for.</summary>
    public required RunSubmission Submission { get; init; }

    /// <summary>The scenario's name in outputs.</summary>
    public required string ScenarioName { get; init; }

    /// <summary>Trials per regime completed (as of the last progress saved).</summary>
    public long CompletedTrials { get; init; }

    /// <summary>Trials per regime the run will complete.</summary>
    public required long TotalTrials { get; init; }

    /// <summary>When it was accepted.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When its first trial started (null while queued).</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it ended (null until then).</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Why it failed, or a note on how it ended.</summary>
    public string? Message { get; init; }
}
