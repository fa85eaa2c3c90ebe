using Simulator.Statistics;

namespace Simulator.Tests.Statistics;

/// <summary>
/// Freireich et al. (1963) remission times in weeks, the textbook two-arm example (R: MASS::gehan).
/// Note the 6-MP arm has 20+ (censored) at week 20, as in MASS::gehan and Kleinbaum &amp; Klein; with
/// it the arm has 9 relapses and the log-rank chi-square is the textbook 16.79.
/// </summary>
internal static class Freireich
{
    public static readonly double[] MpTimes = [6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35];
    public static readonly bool[] MpEvents = [true, true, true, false, true, false, true, false, false, true, true, false, false, false, true, true, false, false, false, false, false];

    public static readonly double[] PlaceboTimes = [1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23];

    public static SurvivalTable Mp => SurvivalTable.FromObservations(MpTimes, MpEvents);

    public static SurvivalTable Placebo => SurvivalTable.FromObservations(PlaceboTimes, PlaceboTimes.Select(_ => true).ToArray());
}
