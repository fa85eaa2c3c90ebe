using Simulator.Model;

namespace Simulator.Engine;

/// <summary>What to run: a validated scenario, which of its regimes, how many trials, on how many threads.</summary>
public sealed record RunRequest
{
    /// <summary>The validated scenario (already carrying any --set overrides, horizon and seed).</summary>
    public required Scenario Scenario { get; init; }

    /// <summary>Indices into <see cref="Scenario.Regimes"/> to run, in output order.</summary>
    public required IReadOnlyList<int> RegimeIndices { get; init; }

    /// <summary>Trials per regime.</summary>
    public required long Trials { get; init; }

    /// <summary>
    /// Index of the first trial: the run covers trial indices [FirstTrial, FirstTrial + Trials).
    /// Runs over adjacent ranges merge into exactly the tally of one run over their union, which is
    /// what resumed and precision-driven runs rely on.
    /// </summary>
    public long FirstTrial { get; init; }

    /// <summary>Worker threads (≥ 1). Results do not depend on it.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Trials per block: the unit of parallel work, ordered output, checkpoints and progress.</summary>
    public int BlockSize { get; init; } = 4096;

    /// <summary>
    /// Optional observer called after each merged block, on the merging thread, with the trials
    /// completed so far in this run (counted from <see cref="FirstTrial"/>) and the run's tally over
    /// them; the sink has received their rows. The tally is live: read or copy it during the call,
    /// never keep it. Used to write checkpoints; off the workers' path.
    /// </summary>
    public Action<long, Engine.Tallies.RunTally>? OnBlockMerged { get; init; }

    /// <summary>
    /// The tally the run adds its blocks to (a resumed run's prefix: the run's tally is then the
    /// whole run's, and no second copy of the horizon's histograms is made); null: a new empty one.
    /// The run owns and changes it.
    /// </summary>
    public Engine.Tallies.RunTally? StartTally { get; init; }

    /// <summary>Position in <see cref="RegimeIndices"/> of the baseline regime.</summary>
    public int BaselinePosition
    {
        get
        {
            for (var i = 0; i < RegimeIndices.Count; i++)
            {
                if (Scenario.Regimes[RegimeIndices[i]].Id == Scenario.BaselineRegime) return i;
            }
            return 0;
        }
    }
}
