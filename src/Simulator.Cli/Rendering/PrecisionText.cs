using System.Globalization;
using Simulator.Results.Precision;

namespace Simulator.Cli.Rendering;

/// <summary>How a precision-driven run is described on the console.</summary>
public static class PrecisionText
{
    /// <summary>What the target is about, e.g. "the probability of holding at day 365".</summary>
    public static string Subject(PrecisionGoal goal, double horizonDays)
    {
        var horizon = Formats.Number(horizonDays, "0.###");
        return goal.Target switch
        {
            PrecisionTarget.Holds => $"the probability of holding at day {horizon}, every regime",
            PrecisionTarget.RestrictedMean => $"the mean days held up to day {horizon}, every regime",
            _ => $"the paired difference with the baseline in holding at day {horizon}, every regime",
        };
    }

    /// <summary>A half-width in the target's unit (probability, or days for rmst).</summary>
    public static string HalfWidth(PrecisionGoal goal, double value) =>
        value.ToString("G3", CultureInfo.InvariantCulture) + (goal.Target == PrecisionTarget.RestrictedMean ? " d" : "");

    /// <summary>The line written to standard error after each batch.</summary>
    public static string BatchLine(PrecisionCheck check, PrecisionGoal goal)
    {
        var widest = check.Widest;
        var where = widest is null ? "" : $" ({widest.RegimeId})";
        return $"precision after {Formats.Count(check.Trials)} trials: largest 95% half-width {HalfWidth(goal, check.MaxHalfWidth)}{where}, " +
            $"target {HalfWidth(goal, goal.HalfWidth)}: {(check.Met ? "met" : "not yet")}";
    }

    /// <summary>The sentence saying how many trials were needed and why the run stopped.</summary>
    public static string Summary(PrecisionOutcome outcome, double horizonDays)
    {
        var goal = outcome.Goal;
        var final = outcome.Final;
        var widest = final?.Widest is { } w ? $"{HalfWidth(goal, w.HalfWidth)} ({w.RegimeId})" : "none";
        var batches = outcome.Checks.Count == 1 ? "1 batch" : $"{outcome.Checks.Count} batches";
        var head = $"Precision target: 95% half-width at most {HalfWidth(goal, goal.HalfWidth)} on {Subject(goal, horizonDays)}. ";
        return head + outcome.StoppedBecause switch
        {
            PrecisionStop.TargetMet =>
                $"Met after {Formats.Count(outcome.Trials)} trials per regime ({batches}); largest half-width {widest}.",
            PrecisionStop.BoundReached =>
                $"NOT met: stopped at the bound of {Formats.Count(goal.MaxTrials)} trials (--max-trials); largest half-width achieved {widest}.",
            _ => $"NOT met: cancelled after {Formats.Count(outcome.Trials)} trials; largest half-width so far {widest}.",
        };
    }
}
