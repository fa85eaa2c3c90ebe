using Simulator.Model;

namespace Simulator.Engine;

/// <summary>A selected regime reduced to the constants the hot loop reads.</summary>
internal sealed class CompiledRegime
{
    /// <summary>Standard normal 90th percentile: converts (median, p90) into a log-sd.</summary>
    public const double NormalP90 = 1.2815515655446004;

    /// <summary>Compiles <paramref name="regime"/> for <paramref name="scenario"/>'s groups.</summary>
    public CompiledRegime(Scenario scenario, Regime regime)
    {
        Source = regime;
        IsNone = regime.Kind == RegimeKind.None;
        Access = regime.Access;
        Sensitivity = regime.Sensitivity;
        Specificity = regime.Specificity;
        Delay = regime.Delay.Distribution;
        DelayDays = regime.Delay.Days;
        if (Delay == DelayDistribution.LogNormal)
        {
            LogMu = Math.Log(regime.Delay.MedianDays);
            LogSigma = (Math.Log(regime.Delay.P90Days) - LogMu) / NormalP90;
        }
        Capacity = regime.Capacity ?? int.MaxValue;

        // Deterrence is fixed per regime (inspection-game logic): P_attr = access · sensitivity, 0 under none.
        GroupBaseRate = new double[scenario.Groups.Count];
        for (var g = 0; g < GroupBaseRate.Length; g++)
        {
            GroupBaseRate[g] = AttackRates.Deterred(scenario.Groups[g], regime, scenario.Deterrence);
        }
    }

    /// <summary>The regime it was compiled from.</summary>
    public Regime Source { get; }

    /// <summary>No verdicts at all: claimants act on their own beliefs.</summary>
    public readonly bool IsNone;

    /// <summary>Probability the accused grants access.</summary>
    public readonly double Access;

    /// <summary>Probability a true claim is confirmed.</summary>
    public readonly double Sensitivity;

    /// <summary>Probability an unfounded claim is refuted.</summary>
    public readonly double Specificity;

    /// <summary>Examination-time distribution.</summary>
    public readonly DelayDistribution Delay;

    /// <summary>Fixed delay, or the exponential mean, in days.</summary>
    public readonly double DelayDays;

    /// <summary>Log-normal: ln(median).</summary>
    public readonly double LogMu;

    /// <summary>Log-normal: (ln p90 − ln median) / z₀.₉.</summary>
    public readonly double LogSigma;

    /// <summary>Claims examined at once (int.MaxValue when unlimited).</summary>
    public readonly int Capacity;

    /// <summary>Per group: attack rate after (deterred) restraint, before escalation and remedies.</summary>
    public readonly double[] GroupBaseRate;
}
