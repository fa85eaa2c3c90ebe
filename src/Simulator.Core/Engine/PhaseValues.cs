using Simulator.Model;

namespace Simulator.Engine;

/// <summary>
/// One phase of a regime as the hot loop reads it (<see cref="PhaseSettings"/> flattened), with
/// the values derived from it: the log-normal's parameters and each group's deterred attack rate.
/// </summary>
internal sealed class PhaseValues
{
    public PhaseValues(PhaseSettings settings, int groups)
    {
        FromDay = settings.FromDay;
        Active = settings.Active;
        Access = settings.Access.ToArray();
        Sensitivity = settings.Sensitivity;
        Specificity = settings.Specificity;
        Delay = settings.Delay.Distribution;
        DelayDays = settings.Delay.Days;
        MedianDays = settings.Delay.MedianDays;
        P90Days = settings.Delay.P90Days;
        Capacity = settings.Capacity ?? int.MaxValue;
        CostPerClaim = settings.CostPerClaim;
        CostPerDay = settings.CostPerDay;
        GroupBaseRate = new double[groups];
    }

    private PhaseValues(PhaseValues other)
    {
        FromDay = other.FromDay;
        Active = other.Active;
        Access = other.Access.ToArray();
        Sensitivity = other.Sensitivity;
        Specificity = other.Specificity;
        Delay = other.Delay;
        DelayDays = other.DelayDays;
        MedianDays = other.MedianDays;
        P90Days = other.P90Days;
        LogMu = other.LogMu;
        LogSigma = other.LogSigma;
        Capacity = other.Capacity;
        CostPerClaim = other.CostPerClaim;
        CostPerDay = other.CostPerDay;
        GroupBaseRate = other.GroupBaseRate.ToArray();
    }

    /// <summary>Day the phase begins.</summary>
    public readonly double FromDay;
    /// <summary>False while no regime is in place (none, or before the start day).</summary>
    public readonly bool Active;
    /// <summary>Access by <see cref="PhaseSettings.AccessCell"/>.</summary>
    public readonly double[] Access;
    /// <summary>Probability a true claim is confirmed.</summary>
    public double Sensitivity;
    /// <summary>Probability an unfounded claim is refuted.</summary>
    public double Specificity;
    /// <summary>Examination-time distribution.</summary>
    public readonly DelayDistribution Delay;
    /// <summary>Fixed delay, or the exponential mean, in days.</summary>
    public double DelayDays;
    /// <summary>Log-normal median and 90th percentile (the source of <see cref="LogMu"/>, <see cref="LogSigma"/>).</summary>
    public double MedianDays, P90Days;
    /// <summary>Log-normal: ln(median) and (ln p90 − ln median) / z₀.₉.</summary>
    public double LogMu, LogSigma;
    /// <summary>Claims examined at once (int.MaxValue when unlimited).</summary>
    public readonly int Capacity;
    /// <summary>Cost per inspection made and per day in place.</summary>
    public double CostPerClaim, CostPerDay;
    /// <summary>Per group: attack rate after (deterred) restraint, before escalation and remedies.</summary>
    public readonly double[] GroupBaseRate;

    /// <summary>A copy for another simulator.</summary>
    public PhaseValues Clone() => new(this);
}
