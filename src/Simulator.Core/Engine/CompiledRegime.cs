using Simulator.Model;

namespace Simulator.Engine;

/// <summary>A selected regime: its source and its phases at their point values (each simulator reads its own copy, <see cref="TrialParameters"/>).</summary>
internal sealed class CompiledRegime
{
    /// <summary>Standard normal 90th percentile: converts (median, p90) into a log-sd.</summary>
    public const double NormalP90 = 1.2815515655446004;

    /// <summary>Compiles <paramref name="regime"/> at position <paramref name="position"/> of <paramref name="parameters"/>.</summary>
    public CompiledRegime(Regime regime, TrialParameters parameters, int position)
    {
        Source = regime;
        IsNone = regime.Kind == RegimeKind.None;
        Phases = parameters.Phases[position];
    }

    /// <summary>The regime it was compiled from.</summary>
    public Regime Source { get; }

    /// <summary>No verdicts at all: claimants act on their own beliefs.</summary>
    public readonly bool IsNone;

    /// <summary>The phases at the scenario's point values (the template's).</summary>
    public readonly PhaseValues[] Phases;

    /// <summary>Per group: attack rate after (deterred) restraint in the regime's first phase.</summary>
    public double[] GroupBaseRate => Phases[0].GroupBaseRate;
}
