using Simulator.Model;

namespace Simulator.Engine.Tallies;

/// <summary>
/// Everything a run aggregates: one <see cref="RegimeTally"/> per selected regime and one
/// <see cref="PairedTally"/> per selected regime against the baseline (the baseline's own pairing
/// with itself is kept too, and is exactly zero).
/// </summary>
public sealed class RunTally
{
    /// <summary>Creates empty tallies for <paramref name="regimeCount"/> selected regimes.</summary>
    public RunTally(Scenario scenario, int regimeCount, int baselinePosition)
    {
        BaselinePosition = baselinePosition;
        var horizonTicks = TimeResolution.ToTicks(scenario.HorizonDays);
        Regimes = Enumerable.Range(0, regimeCount).Select(_ => new RegimeTally(horizonTicks)).ToArray();
        Paired = Enumerable.Range(0, regimeCount).Select(_ => new PairedTally(scenario.ReportDays, scenario.HorizonDays)).ToArray();
    }

    /// <summary>Position (among the selected regimes) of the baseline.</summary>
    public int BaselinePosition { get; }

    /// <summary>Per selected regime.</summary>
    public RegimeTally[] Regimes { get; }

    /// <summary>Per selected regime, paired with the baseline.</summary>
    public PairedTally[] Paired { get; }

    /// <summary>Trials added (each trial runs every selected regime).</summary>
    public long Trials => Regimes.Length == 0 ? 0 : Regimes[0].Trials;

    /// <summary>Adds one trial: the outcome of every selected regime on the same random numbers.</summary>
    public void Add(ReadOnlySpan<TrialOutcome> outcomesByRegime)
    {
        ref readonly var baseline = ref outcomesByRegime[BaselinePosition];
        for (var r = 0; r < Regimes.Length; r++)
        {
            Regimes[r].Add(outcomesByRegime[r]);
            Paired[r].Add(outcomesByRegime[r], baseline);
        }
    }

    /// <summary>Adds another run tally of the same shape.</summary>
    public void Merge(RunTally other)
    {
        for (var r = 0; r < Regimes.Length; r++)
        {
            Regimes[r].Merge(other.Regimes[r]);
            Paired[r].Merge(other.Paired[r]);
        }
    }

    /// <summary>Clears for reuse.</summary>
    public void Clear()
    {
        foreach (var t in Regimes) t.Clear();
        foreach (var p in Paired) p.Clear();
    }
}
