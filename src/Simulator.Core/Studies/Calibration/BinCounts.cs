using Simulator.Statistics;

namespace Simulator.Studies.Calibration;

/// <summary>
/// Events and exposure (subject-days at risk) in each interval of <see cref="HazardBins"/>, from a
/// risk table, each event and each day at risk shared between intervals by the soft cuts' weights:
/// the occurrence/exposure statistics of a piecewise hazard. Censored subjects count their time at
/// risk and no event, which is how right censoring enters.
/// </summary>
/// <param name="Events">Events in each interval.</param>
/// <param name="Exposure">Subject-days at risk in each interval.</param>
public sealed record BinCounts(IReadOnlyList<double> Events, IReadOnlyList<double> Exposure)
{
    /// <summary>Total events.</summary>
    public double TotalEvents => Events.Sum();

    /// <summary>The counts of <paramref name="table"/> (times in days, none beyond the bins' horizon).</summary>
    public static BinCounts Of(SurvivalTable table, HazardBins bins)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(bins);
        var events = new double[bins.Count];
        var exposure = new double[bins.Count];
        Span<double> share = stackalloc double[bins.Count];
        for (var i = 0; i < table.Count; i++)
        {
            var time = table.Times[i];
            if (time > bins.HorizonDays) throw new ArgumentException($"A time {time} lies beyond the horizon {bins.HorizonDays}; censor the data there first.", nameof(table));
            if (table.Events[i] > 0)
            {
                bins.Weights(time, share);
                for (var k = 0; k < share.Length; k++) events[k] += table.Events[i] * share[k];
            }
            bins.Exposures(time, share);
            var leaving = table.Events[i] + table.Censored[i];
            for (var k = 0; k < share.Length; k++) exposure[k] += leaving * share[k];
        }
        return new BinCounts(events, exposure);
    }
}
