using Simulator.Engine;
using Simulator.Loading;
using Simulator.Statistics;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>
/// Every scenario shipped under scenarios/ (recursively) loads, runs briefly under every regime
/// and yields finite statistics: a smoke test that keeps the examples working.
/// </summary>
public sealed class ScenarioRunTests
{
    private const int Trials = 200;

    /// <summary>Each *.yaml below scenarios/, relative to it (one test case per file).</summary>
    public static TheoryData<string> ScenarioFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Files()) data.Add(file);
        return data;
    }

    private static IReadOnlyList<string> Files() =>
        Directory.GetFiles(RepoPaths.Scenarios, "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Scenarios, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void ScenarioFiles_IncludeTheSeedAndTheReferenceCases()
    {
        var files = Files();

        Assert.Contains("pakistan-afghanistan-2025.yaml", files);
        Assert.Contains("reference/constant-hazard.yaml", files);
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void Scenario_LoadsRunsEveryRegimeAndHasFiniteStatistics(string relativePath)
    {
        var load = ScenarioLoader.LoadFile(Path.Combine(RepoPaths.Scenarios, relativePath));
        Assert.True(load.Succeeded, string.Join("\n", load.Errors));
        var scenario = load.Scenario!;

        var result = new SimulationRunner().Run(
            new RunRequest
            {
                Scenario = scenario,
                RegimeIndices = Enumerable.Range(0, scenario.Regimes.Count).ToArray(),
                Trials = Trials,
                Threads = 2,
                BlockSize = 64,
            },
            progress: null, sink: null, CancellationToken.None);

        Assert.False(result.Partial);
        Assert.Equal(Trials, result.CompletedTrials);
        Assert.Equal(scenario.Regimes.Count, result.Tally.Regimes.Length);
        foreach (var tally in result.Tally.Regimes)
        {
            var stats = RegimeStatistics.Compute(tally, scenario.ReportDays, scenario.HorizonDays);
            Assert.Equal(Trials, stats.Trials);
            Assert.InRange(stats.Collapsed, 0, Trials);
            AssertProbability(stats.CollapsedShare);
            foreach (var estimate in stats.Survival.Append(stats.AtHorizon))
            {
                AssertProbability(estimate.Survival);
                AssertProbability(estimate.Lower);
                AssertProbability(estimate.Upper);
                AssertFinite(estimate.StandardError);
                Assert.True(estimate.Lower <= estimate.Survival && estimate.Survival <= estimate.Upper, $"interval at day {estimate.Day}");
            }
            foreach (var quantile in stats.Quartiles)
            {
                AssertFinite(quantile.Estimate);
                AssertFinite(quantile.Lower);
                AssertFinite(quantile.Upper);
            }
            AssertFinite(stats.RestrictedMean.Estimate);
            AssertFinite(stats.RestrictedMean.StandardError);
            Assert.InRange(stats.RestrictedMean.Estimate, 0, scenario.HorizonDays);
            if (stats.Weibull.Estimate is { } w)
            {
                foreach (var value in new[] { w.Shape, w.ShapeLower, w.ShapeUpper, w.Scale, w.ScaleLower, w.ScaleUpper, w.LogLikelihood }) AssertFinite(value);
            }
            Assert.Equal(stats.Collapsed, stats.Causes.Sum(c => c.Count));
            foreach (var cause in stats.Causes)
            {
                AssertProbability(cause.ShareOfCollapses);
                AssertProbability(cause.ShareOfTrials);
            }
        }
    }

    private static void AssertFinite(double? value)
    {
        if (value is { } v) Assert.True(double.IsFinite(v), $"not finite: {v}");
    }

    private static void AssertProbability(double value)
    {
        AssertFinite(value);
        Assert.InRange(value, 0, 1);
    }
}
