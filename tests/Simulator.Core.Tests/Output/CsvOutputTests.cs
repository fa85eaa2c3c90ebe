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
        Assert.Equal("regime,baseline,day,pairs,regime_holds,baseline_holds,hold_diff,hold_diff_std_error,hold_diff_lower95,hold_diff_upper95,variance_reduction",
            ComparisonsByDayCsv.Header);
        Assert.Equal("regime,trial,duration_days,collapsed,cause", TrialsCsvWriter.Header);
    }

    [Fact]
    public void Render_EveryRowHasAsManyFieldsAsTheHeader()
    {
        var (report, _) = OutputRuns.Run("pakistan-afghanistan-2025.yaml", 200);

        foreach (var text in new[] { SurvivalCsv.Render(report), ComparisonsCsv.Render(report), ComparisonsByDayCsv.Render(report), CausesCsv.Render(report) })
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

    [Fact]
    public void ComparisonsByDay_HasARowPerComparisonAndDay_TheHorizonRowAsComparisonsCsv()
    {
        var (report, _) = OutputRuns.Run("pakistan-afghanistan-2025.yaml", 300);

        var rows = Rows(ComparisonsByDayCsv.Render(report));
        var comparisons = Rows(ComparisonsCsv.Render(report));

        Assert.Equal(report.Comparisons.Count * report.Days.Count, rows.Length);
        Assert.True(report.Comparisons.Count >= 2);
        foreach (var c in comparisons)
        {
            var mine = rows.Where(r => r[0] == c[0]).ToArray();
            Assert.Equal(report.Days.Select(d => CsvFile.Number(d)), mine.Select(r => r[2]));
            var horizon = mine[^1];
            Assert.Equal([c[5], c[6], c[7], c[12]], [horizon[6], horizon[8], horizon[9], horizon[10]]); // hold_diff, its interval, variance reduction
        }
    }

    [Fact]
    public void ComparisonsCsv_Log10P_IsTheLogOfP_AndFiniteWherePUnderflows()
    {
        var (report, _) = OutputRuns.Run("pakistan-afghanistan-2025.yaml", 300);
        var header = CsvFile.Columns(ComparisonsCsv.Header);
        var p = Array.IndexOf(header, "logrank_p");
        var log10 = Array.IndexOf(header, "log10_p");

        foreach (var row in Rows(ComparisonsCsv.Render(report)))
        {
            var value = double.Parse(row[log10], CultureInfo.InvariantCulture);
            Assert.Equal(Math.Log10(double.Parse(row[p], CultureInfo.InvariantCulture)), value, 1e-9);
        }
    }

    private static string[][] Rows(string text) => text.TrimEnd('\n').Split('\n').Skip(1).Select(l => l.Split(',')).ToArray();

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0 / 3, "0.333333333333")]
    [InlineData(1 - 0.001, "0.999")]
    [InlineData(0.1 + 0.2, "0.3")]
    [InlineData(0.35100000000000053, "0.351")]
    [InlineData(3.0319557376560234E-10, "3.03195573766E-10")]
    [InlineData(123456789.123456789, "123456789.123")]
    [InlineData(double.NaN, "")]
    [InlineData(double.PositiveInfinity, "")]
    [InlineData(null, "")]
    public void Number_Is12SignificantDigitsShortestRoundTripInvariantOrEmpty(double? value, string expected)
    {
        Assert.Equal(expected, CsvFile.Number(value));
    }
}
