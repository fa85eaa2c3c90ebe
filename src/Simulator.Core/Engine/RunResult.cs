using Simulator.Engine.Tallies;

namespace Simulator.Engine;

/// <summary>What a run produced. A cancelled run keeps the contiguous prefix of trials that completed.</summary>
public sealed record RunResult
{
    /// <summary>The request that produced it.</summary>
    public required RunRequest Request { get; init; }

    /// <summary>Exact aggregates over the completed trials.</summary>
    public required RunTally Tally { get; init; }

    /// <summary>Trials completed (0 ≤ completed ≤ requested), always a prefix 0..n−1 of trial indices.</summary>
    public required long CompletedTrials { get; init; }

    /// <summary>True when the run stopped before every requested trial finished.</summary>
    public bool Partial => CompletedTrials < Request.Trials;

    /// <summary>Events taken off the event queue, over all trials and regimes.</summary>
    public required long EventsProcessed { get; init; }

    /// <summary>Wall time of the run (varies between identical runs: never put it in summary.json).</summary>
    public required TimeSpan Elapsed { get; init; }
}
