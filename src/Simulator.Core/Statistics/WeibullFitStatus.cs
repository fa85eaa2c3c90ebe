namespace Simulator.Statistics;

/// <summary>Outcome of a censored Weibull fit.</summary>
public enum WeibullFitStatus
{
    /// <summary>The maximum-likelihood estimate was found.</summary>
    Converged,

    /// <summary>No events: the likelihood grows without bound as the scale grows; no estimate exists.</summary>
    NoEvents,

    /// <summary>A time is 0 (or negative): log-time models cannot take it.</summary>
    NonPositiveTime,

    /// <summary>Newton–Raphson did not settle (e.g. every event at one instant, so the shape diverges).</summary>
    DidNotConverge,
}
