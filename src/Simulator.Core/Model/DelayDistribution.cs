namespace Simulator.Model;

/// <summary>Verdict delay distributions.</summary>
public enum DelayDistribution
{
    /// <summary>Always <see cref="VerdictDelay.Days"/>.</summary>
    Fixed = 0,

    /// <summary>Exponential with mean <see cref="VerdictDelay.Days"/>.</summary>
    Exponential = 1,

    /// <summary>Log-normal given by median and 90th percentile.</summary>
    LogNormal = 2,
}
