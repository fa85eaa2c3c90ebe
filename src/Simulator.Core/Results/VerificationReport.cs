using Simulator.Engine.Tallies;

namespace Simulator.Results;

/// <summary>
/// How a regime's verification performed in practice over all trials: the claims × verdicts
/// confusion matrix, the sensitivity and specificity achieved, speed, load and responses.
/// </summary>
public sealed record VerificationReport
{
    /// <summary>Counts summed over all trials.</summary>
    public required OutcomeTotals Totals { get; init; }

    /// <summary>Confirmed true claims / true claims with a verdict; null when none had one.</summary>
    public double? AchievedSensitivity { get; init; }

    /// <summary>Refuted unfounded claims / unfounded claims with a verdict; null when none had one.</summary>
    public double? AchievedSpecificity { get; init; }

    /// <summary>Mean days from filing to verdict (refusals count as immediate verdicts); null without verdicts.</summary>
    public double? MeanDaysToVerdict { get; init; }

    /// <summary>Median days from filing to verdict (see <see cref="VerdictDelayHistogram.QuantileDays"/>); null without verdicts.</summary>
    public double? MedianDaysToVerdict { get; init; }

    /// <summary>90th percentile of the days from filing to verdict; null without verdicts.</summary>
    public double? P90DaysToVerdict { get; init; }

    /// <summary>Mean of the per-trial peak escalation level.</summary>
    public double MeanPeakEscalation { get; init; }

    /// <summary>Share of the trial time spent holding, strained, escalating (sums to 1 over trials that ran).</summary>
    public required IReadOnlyList<double> TimeShareByTruceState { get; init; }

    /// <summary>Builds the report from a regime's tally.</summary>
    public static VerificationReport From(RegimeTally tally)
    {
        var t = tally.Totals;
        long trueVerdicts = t.TrueConfirmed + t.TrueRefuted + t.TrueInconclusive;
        long unfoundedVerdicts = t.UnfoundedConfirmed + t.UnfoundedRefuted + t.UnfoundedInconclusive;
        double totalTicks = t.TicksHolding + t.TicksStrained + t.TicksEscalating;
        return new VerificationReport
        {
            Totals = t,
            AchievedSensitivity = trueVerdicts == 0 ? null : (double)t.TrueConfirmed / trueVerdicts,
            AchievedSpecificity = unfoundedVerdicts == 0 ? null : (double)t.UnfoundedRefuted / unfoundedVerdicts,
            MeanDaysToVerdict = t.Verdicts == 0 ? null : TimeResolution.ToDays(t.VerdictTicksSum) / t.Verdicts,
            MedianDaysToVerdict = tally.VerdictDelays.QuantileDays(50),
            P90DaysToVerdict = tally.VerdictDelays.QuantileDays(90),
            MeanPeakEscalation = tally.Trials == 0 ? 0 : (double)t.PeakEscalationSum / tally.Trials,
            TimeShareByTruceState = totalTicks == 0
                ? [0, 0, 0]
                : [t.TicksHolding / totalTicks, t.TicksStrained / totalTicks, t.TicksEscalating / totalTicks],
        };
    }
}
