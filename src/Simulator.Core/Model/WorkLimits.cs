namespace Simulator.Model;

/// <summary>
/// Bounds on the work of one trial. The validation gate refuses a scenario whose rates could make a
/// trial expect more than <see cref="MaxExpectedArrivalsPerTrial"/> incidents and claims; the engine
/// stops a trial that handles more than <see cref="MaxEventsPerTrial"/> events (ten times as many,
/// which a scenario that passed the gate does not reach), so no value can make a run hang or grow
/// memory without bound.
/// </summary>
public static class WorkLimits
{
    /// <summary>Most incidents and claims a trial may expect at the highest rates its scenario allows.</summary>
    public const double MaxExpectedArrivalsPerTrial = 200_000;

    /// <summary>Most events one trial may handle before the engine stops it.</summary>
    public const long MaxEventsPerTrial = 2_000_000;
}
