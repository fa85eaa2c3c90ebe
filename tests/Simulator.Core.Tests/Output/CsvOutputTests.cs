using System.Globalization;
using Simulator.Output;

namespace Simulator.Tests.Output;

/// <summary>The CSV files: documented headers, invariant round-trip numbers, empty cells for undefined values.</summary>
public sealed class CsvOutputTests
{
    [Fact]
    public void Headers_AreExactlyAsDocumented()
    {
        Assert.Equal("regime,day,at_risk,events,censored,survival,lower95,upper95,std_error,cumhaz,cumhaz_std_error", SurvivalCsv.Header);
        Assert.Equal(
            "regime,baseline,logrank_chisq,logrank_p,log10_p,hold_diff,hold_diff_lower95,hold_diff_upper95," +
            "rmst_diff,rmst_diff_lower95,rmst_diff_upper95,pairs,hold_variance_reduction,rmst_variance_reduction,cost_per_day_gained",
            ComparisonsCsv.Header);
        Assert.Equal("regime,cause,collapses,day,cumulative_incidence,std_error", CausesCsv.Header);
        Assert.Equal("regime,trial,duration_days,collapsed,cause", TrialsCsvWriter.Header);
    }

    [Fact]
    public void Render_EveryRowHasAsManyFieldsAsTheHeader()
    {
        var (report, _) = OutputRuns.Run("pakistan-afghanistan-2025.yaml", 200);

        foreach (var text in new[] { SurvivalCsv.Render(report), ComparisonsCsv.Render(report), CausesCsv.Render(report) })
        {
            Assert.EndsWith("\n", text);
            var lines = text[..^1].Split('\n');
            Assert.True(lines.Length > 1);
            var columns = lines[0].Split(',').Length;
            Assert.All(lines, line => Assert.Equal(columns, line.Split(',').Length));
        }
    }

    [Fact]
    public void SurvivalCsv_EndsEachRegimeAtTheHorizonWithTheSurvivorsCensored()
    {
        var (report, result) = OutputRuns.Run("reference/constant-hazard.yaml", 400);

        var rows = SurvivalCsv.Render(report).TrimEnd('\n').Split('\n').Skip(1).Select(l => l.Split(',')).ToArray();
        var last = rows[^1];

        Assert.All(rows, r => Assert.Equal("monitors", r[0]));
        Assert.Equal("400", rows[0][2]); // everyone at risk at the first time
        Assert.Equal("365", last[1]);
        var survivors = 400 - result.Tally.Regimes[0].Collapsed;
        Assert.Equal(survivors.ToString(CultureInfo.InvariantCulture), last[4]);
        Assert.Equal(result.Tally.Regimes[0].Collapsed, rows.Sum(r => long.Parse(r[3], CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(3.0319557376560234E-10, "3.0319557376560234E-10")]
    [InlineData(double.NaN, "")]
    [InlineData(double.PositiveInfinity, "")]
    [InlineData(null, "")]
    public void Number_IsShortestRoundTripInvariantOrEmpty(double? value, string expected)
    {
        Assert.Equal(expected, CsvFile.Number(value));
    }
}
