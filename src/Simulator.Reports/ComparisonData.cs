using Simulator.Output.Summaries;

namespace Simulator.Reports;

/// <summary>A regime compared with the baseline over the same trials (summary.json).</summary>
public sealed record ComparisonData
{
    /// <summary>The regime.</summary>
    public required string RegimeId { get; init; }

    /// <summary>The baseline.</summary>
    public required string BaselineId { get; init; }

    /// <summary>Regime − baseline probability of holding at each report day.</summary>
    public required IReadOnlyList<DayEstimate> HoldDifferences { get; init; }

    /// <summary>Regime − baseline restricted mean days.</summary>
    public DayEstimate? RestrictedMeanDifference { get; init; }

    /// <summary>Log-rank p-value (independent-sample, conservative here).</summary>
    public double? LogRankP { get; init; }

    /// <summary>The view of a comparison of summary.json.</summary>
    public static ComparisonData From(ComparisonSummary c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var rmst = c.RestrictedMeanDifferenceDays;
        return new ComparisonData
        {
            RegimeId = c.Regime,
            BaselineId = c.Baseline,
            HoldDifferences = [.. c.HoldDifferences.Select(d => new DayEstimate(Finite.Or0(d.Day), Finite.Or0(d.Difference), Finite.OrNull(d.Lower95), Finite.OrNull(d.Upper95)))],
            RestrictedMeanDifference = rmst is not null && double.IsFinite(rmst.Difference)
                ? new DayEstimate(0, rmst.Difference, Finite.OrNull(rmst.Lower95), Finite.OrNull(rmst.Upper95))
                : null,
            LogRankP = c.LogRank is { } l ? Finite.OrNull(l.PValue) : null,
        };
    }
}
