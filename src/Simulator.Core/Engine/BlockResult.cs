using Simulator.Engine.Tallies;

namespace Simulator.Engine;

/// <summary>What a worker produced for one block of trial indices; pooled and reused across blocks.</summary>
internal sealed class BlockResult
{
    /// <summary>Creates a buffer for one block of <paramref name="request"/> over <paramref name="regimes"/> regimes.</summary>
    public BlockResult(RunRequest request, int regimes, bool keepOutcomes)
    {
        Tally = new RunTally(request.Scenario, regimes, request.BaselinePosition);
        Outcomes = keepOutcomes ? new TrialOutcome[request.BlockSize * regimes] : null;
    }

    /// <summary>Block number (first trial = Index × BlockSize).</summary>
    public long Index;

    /// <summary>First trial index of the block.</summary>
    public long FirstTrial;

    /// <summary>Trials run.</summary>
    public int Trials;

    /// <summary>Events processed by those trials.</summary>
    public long Events;

    /// <summary>False when the worker stopped inside the block (cancellation): the block is discarded.</summary>
    public bool Completed;

    /// <summary>Exact aggregates of the block.</summary>
    public RunTally Tally { get; }

    /// <summary>Outcomes in (trial, regime) order, kept only when a sink wants them.</summary>
    public TrialOutcome[]? Outcomes { get; }

    /// <summary>Prepares the buffer for block <paramref name="index"/>.</summary>
    public void Reset(long index, long firstTrial)
    {
        Index = index;
        FirstTrial = firstTrial;
        Trials = 0;
        Events = 0;
        Completed = false;
        Tally.Clear();
    }
}
