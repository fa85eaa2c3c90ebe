namespace Simulator.Loading.Durations;

/// <summary>The unit a data file gives durations in; the model counts days.</summary>
public enum DurationTimeUnit
{
    /// <summary>Days, as the model.</summary>
    Days,

    /// <summary>Julian years of 365.25 days.</summary>
    Years,
}
