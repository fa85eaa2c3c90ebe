namespace Simulator.Reports;

/// <summary>
/// The plain-language summary at the top of the report, built only from the numbers in the run
/// folder: how often the truce holds under the baseline, how each regime changes that (with the
/// paired intervals), and the leading cause of collapse. One string per paragraph.
/// </summary>
public static class SummaryText
{
    /// <summary>The paragraphs.</summary>
    public static IReadOnlyList<string> Paragraphs(RunFolder run, Func<string, string> causeLabel)
    {
        var paragraphs = new List<string>();
        var baseline = run.Baseline;
        if (baseline is null || baseline.Holds.Count == 0)
        {
            paragraphs.Add("No trial completed, so there is nothing to summarise yet.");
            return paragraphs;
        }
        var horizon = run.HorizonDays;
        var atHorizon = baseline.HoldsAt(horizon) ?? baseline.Holds[^1];
        var early = EarlyDay(run);
        var opening = $"Under the baseline, {baseline.Name}, the truce ";
        if (early is { } day && baseline.HoldsAt(day) is { } e)
        {
            opening += $"holds {Words.Days(day)} days in {Words.Percent(e.Estimate)} of the simulated futures ({Words.PercentRange(e.Lower, e.Upper)}) " +
                $"and the whole {Words.Days(atHorizon.Day)}-day horizon in {Words.Percent(atHorizon.Estimate)} ({Words.PercentRange(atHorizon.Lower, atHorizon.Upper)}).";
        }
        else
        {
            opening += $"holds the whole {Words.Days(atHorizon.Day)}-day horizon in {Words.Percent(atHorizon.Estimate)} of the simulated futures ({Words.PercentRange(atHorizon.Lower, atHorizon.Upper)}).";
        }
        if (baseline.Median is { } median)
        {
            opening += $" Half of these truces have collapsed by day {Words.Days(median.Estimate)}.";
        }
        paragraphs.Add(opening);

        foreach (var regime in run.Regimes.Where(r => r.Id != baseline.Id))
        {
            var holds = regime.HoldsAt(atHorizon.Day);
            if (holds is null) continue;
            var comparison = run.Comparisons.FirstOrDefault(c => c.RegimeId == regime.Id);
            var difference = comparison?.HoldDifferences.FirstOrDefault(d => d.Day == atHorizon.Day);
            var sentence = $"{regime.Name}: the truce holds the whole horizon in {Words.Percent(holds.Estimate)} ({Words.PercentRange(holds.Lower, holds.Upper)})";
            if (difference is { Lower: { } lo, Upper: { } hi })
            {
                var range = $"{Words.Points(lo)} to {Words.Points(hi)}";
                sentence += lo > 0
                    ? $", {Words.Number(Math.Abs(difference.Estimate) * 100, "0.0")} percentage points more than under the baseline in the same futures ({range})"
                    : hi < 0
                        ? $", {Words.Number(Math.Abs(difference.Estimate) * 100, "0.0")} percentage points fewer than under the baseline in the same futures ({range})"
                        : $", no clear difference from the baseline ({Words.Points(difference.Estimate)} points, {range})";
            }
            if (comparison?.RestrictedMeanDifference is { Lower: { } ml, Upper: { } mh } mean && (ml > 0 || mh < 0))
            {
                sentence += $"; on average it lasts {Words.Days(Math.Abs(mean.Estimate))} days {(mean.Estimate > 0 ? "longer" : "less")} " +
                    $"within the horizon ({Words.Signed(ml, 1)} to {Words.Signed(mh, 1)})";
            }
            paragraphs.Add(sentence + ".");
        }

        if (baseline.Causes.FirstOrDefault() is { } cause)
        {
            paragraphs.Add($"Under the baseline the most frequent cause of collapse is \u201c{causeLabel(cause.Cause)}\u201d " +
                $"({Words.Percent(cause.ShareOfCollapses)} of collapses).");
        }
        if (run.Partial)
        {
            paragraphs.Add($"This run was cancelled after {Words.Count(run.TrialsCompleted)} of {Words.Count(run.TrialsRequested)} trials; every number covers the completed trials only.");
        }
        paragraphs.Add(run.Regimes.Count == 1
            ? $"The regime was simulated over {Words.Count(run.TrialsCompleted)} futures. Ranges in brackets are 95% intervals."
            : $"Each regime was simulated over the same {Words.Count(run.TrialsCompleted)} futures. " +
              "Ranges in brackets are 95% intervals; differences are paired over those same futures.");
        return paragraphs;
    }

    /// <summary>The report day nearest 90 that is before the horizon, if any.</summary>
    private static double? EarlyDay(RunFolder run)
    {
        var before = run.ReportDays.Where(d => d < run.HorizonDays).ToList();
        return before.Count == 0 ? null : before.OrderBy(d => Math.Abs(d - 90)).ThenBy(d => d).First();
    }
}
