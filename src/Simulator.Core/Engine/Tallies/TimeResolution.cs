namespace Simulator.Engine.Tallies;

/// <summary>
/// Durations are recorded in whole ticks of a thousandth of a day (86.4 s). Integer ticks make every
/// aggregate exact, so results do not depend on the order trials finish in, and they bound the
/// memory of a survival curve by the horizon rather than by the number of trials.
/// </summary>
public static class TimeResolution
{
    /// <summary>Ticks per day.</summary>
    public const long TicksPerDay = 1000;

    /// <summary>Rounds days to the nearest tick.</summary>
    public static long ToTicks(double days) => (long)Math.Round(days * TicksPerDay, MidpointRounding.AwayFromZero);

    /// <summary>Days of a tick count.</summary>
    public static double ToDays(long ticks) => ticks / (double)TicksPerDay;
}
