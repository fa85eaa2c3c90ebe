using Simulator.Output;
using Simulator.Results.Curves;

namespace Simulator.Tests.Output;

/// <summary>survival.csv with every distinct time: rebuilt from the tallies, which the report does not hold.</summary>
public sealed class SurvivalCsvFullTests
{
    // 30,000 trials of constant hazard: well over 10,000 distinct collapse ticks.
    private static readonly Lazy<(Simulator.Results.RunReport Report, Simulator.Engine.RunResult Result)> Long =
        new(() => OutputRuns.Run("reference/constant-hazard.yaml", 30_000));

    [Fact]
    public void Render_FullWithTallies_ListsEveryDistinctTimeAndTheGridOtherwise()
    {
        var (report, result) = Long.Value;
        var curve = report.Regimes[0].Curve!;

        var full = SurvivalCsv.Render(report, SurvivalRows.Full, result.Tally).TrimEnd('\n').Split('\n');
        var bounded = SurvivalCsv.Render(report).TrimEnd('\n').Split('\n');

        Assert.False(curve.IsComplete);
        Assert.Equal(curve.DistinctTimes + 1, full.Length);
        Assert.Equal(curve.BoundedRows.Count + 1, bounded.Length);
        Assert.Equal(full[^1], bounded[^1]);
    }

    [Fact]
    public void Render_FullOfALongCurveWithoutTallies_IsRefused()
    {
        var (report, _) = Long.Value;

        Assert.Throws<ArgumentException>(() => SurvivalCsv.Render(report, SurvivalRows.Full));
    }

    [Fact]
    public void Render_FullOfAShortCurve_NeedsNoTallies()
    {
        var (report, _) = OutputRuns.Run("reference/constant-hazard.yaml", 500);

        Assert.True(report.Regimes[0].Curve!.IsComplete);
        Assert.Equal(SurvivalCsv.Render(report), SurvivalCsv.Render(report, SurvivalRows.Full));
        Assert.True(report.Regimes[0].Curve!.BoundedRows.Count <= SurvivalGrid.MaxRows);
    }
}
