using System.Text.Json;
using Simulator.Application.Precision;
using Simulator.Engine;
using Simulator.Output;
using Simulator.Results;
using Simulator.Results.Precision;
using Simulator.Tests.Engine;

namespace Simulator.Tests.Output;

public sealed class PrecisionSummaryJsonTests
{
    [Fact]
    public void Render_PrecisionRun_StatesTargetTrialsAndWhyItStopped()
    {
        var scenario = TestScenarios.Rich();
        var goal = new PrecisionGoal(PrecisionTarget.PairedHolds, 0.05, 20_000);
        var (result, outcome) = new PrecisionRun().Run(Request(scenario, 200), goal);
        var report = RunReport.Build(scenario, new string('0', 64), "test", [], result, new CauseCatalog(scenario)) with { Precision = outcome };

        using var json = JsonDocument.Parse(SummaryJson.Render(report));
        var root = json.RootElement;
        var precision = root.GetProperty("precision");
        Assert.Equal("paired", precision.GetProperty("target").GetString());
        Assert.Equal(0.05, precision.GetProperty("half_width_target").GetDouble());
        Assert.Equal(OutputNumber.Clean(outcome.Final!.MaxHalfWidth), precision.GetProperty("achieved_max_half_width").GetDouble()); // files keep 12 significant digits
        Assert.True(precision.GetProperty("achieved_max_half_width").GetDouble() <= 0.05);
        Assert.Equal(outcome.Trials, precision.GetProperty("trials").GetInt64());
        Assert.Equal("target_met", precision.GetProperty("stopped_because").GetString());
        Assert.Equal(outcome.Checks.Count, precision.GetProperty("batches").GetArrayLength());
        Assert.Equal(3, precision.GetProperty("half_widths").GetArrayLength());
        Assert.Equal(outcome.Trials, root.GetProperty("trials_completed").GetInt64());
        Assert.False(root.GetProperty("partial").GetBoolean());

        // The paired half-widths are those of the comparisons the same summary reports.
        foreach (var (comparison, measured) in root.GetProperty("comparisons").EnumerateArray().Zip(precision.GetProperty("half_widths").EnumerateArray()))
        {
            var horizon = comparison.GetProperty("hold_differences").EnumerateArray().Last();
            var half = (horizon.GetProperty("upper95").GetDouble() - horizon.GetProperty("lower95").GetDouble()) / 2;
            Assert.Equal(comparison.GetProperty("regime").GetString(), measured.GetProperty("regime").GetString());
            Assert.Equal(half, measured.GetProperty("half_width").GetDouble(), 1e-11); // both read from a file that keeps 12 significant digits
        }
    }

    [Fact]
    public void Render_FixedRun_HasNoPrecisionButHasVerdictTimeQuantiles()
    {
        var scenario = TestScenarios.Rich();
        var result = EngineRuns.Run(scenario, 500);
        var report = RunReport.Build(scenario, new string('0', 64), "test", [], result, new CauseCatalog(scenario));

        using var json = JsonDocument.Parse(SummaryJson.Render(report));
        Assert.False(json.RootElement.TryGetProperty("precision", out _));
        var regimes = json.RootElement.GetProperty("regimes").EnumerateArray().ToArray();
        Assert.Equal(JsonValueKind.Null, regimes[0].GetProperty("verification").GetProperty("median_days_to_verdict").ValueKind);
        var slow = regimes[3].GetProperty("verification");
        var median = slow.GetProperty("median_days_to_verdict").GetDouble();
        var p90 = slow.GetProperty("p90_days_to_verdict").GetDouble();
        Assert.InRange(median, 0, p90);
        Assert.True(regimes[3].GetProperty("cumulative_hazard").GetArrayLength() == 4);
    }

    private static RunRequest Request(Simulator.Model.Scenario scenario, long firstBatch) => new()
    {
        Scenario = scenario,
        RegimeIndices = Enumerable.Range(0, scenario.Regimes.Count).ToArray(),
        Trials = firstBatch,
        Threads = 2,
        BlockSize = 256,
    };
}
