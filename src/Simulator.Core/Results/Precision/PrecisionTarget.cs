namespace Simulator.Results.Precision;

/// <summary>What a precision-driven run must estimate precisely enough.</summary>
public enum PrecisionTarget
{
    /// <summary>Each regime's probability that the truce holds at the horizon (Kaplan–Meier, log-log interval).</summary>
    Holds,

    /// <summary>Each regime's restricted mean days held up to the horizon (half-width in days).</summary>
    RestrictedMean,

    /// <summary>Each regime's paired difference with the baseline in the probability of holding at the horizon.</summary>
    PairedHolds,
}
