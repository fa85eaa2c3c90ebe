using System.Text.Json;
using Simulator.Output;

namespace Simulator.Tests.Output;

/// <summary>summary.json: valid JSON without NaN or Infinity, the same bytes for the same run.</summary>
public sealed class SummaryJsonTests
{
    /// <summary>Runs that push the statistics to their edges (no collapse, every truce collapsing, several regimes).</summary>
    public static TheoryData<string, string[]> Runs => new()
    {
        { "reference/constant-hazard.yaml", [] },
        { "reference/constant-hazard.yaml", ["armed_groups[0].attack_rate=0"] }, // nothing collapses: no Weibull, no median
        { "reference/constant-hazard.yaml", ["armed_groups[0].attack_rate=5", "regimes.monitors.sensitivity=1"] }, // S reaches 0
        { "pakistan-afghanistan-2025.yaml", [] },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void Render_HasNoNonFiniteTokensAndParses(string scenario, string[] overrides)
    {
        var (report, _) = OutputRuns.Run(scenario, 300, overrides);

        var json = SummaryJson.Render(report);

        AssertNoNonFiniteToken(json);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(300, document.RootElement.GetProperty("trials_completed").GetInt64());
        Assert.EndsWith("}\n", json);
        Assert.DoesNotContain("\r", json);
    }

    [Fact]
    public void Render_IdenticalInputs_IdenticalText()
    {
        var first = SummaryJson.Render(OutputRuns.Run("pakistan-afghanistan-2025.yaml", 200, "run.seed=7").Report);
        var second = SummaryJson.Render(OutputRuns.Run("pakistan-afghanistan-2025.yaml", 200, "run.seed=7").Report);
        var otherSeed = SummaryJson.Render(OutputRuns.Run("pakistan-afghanistan-2025.yaml", 200, "run.seed=8").Report);

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
    }

    [Fact]
    public void Render_TopLevelKeys_InTheDocumentedOrder()
    {
        var (report, _) = OutputRuns.Run("pakistan-afghanistan-2025.yaml", 100, "run.trials=100");

        using var document = JsonDocument.Parse(SummaryJson.Render(report));

        Assert.Equal(
            ["schema_version", "engine_version", "scenario", "seed", "trials_requested", "trials_completed", "partial",
             "horizon_days", "report_days", "baseline_regime", "regimes", "comparisons", "frontier"],
            document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["run.trials=100"], document.RootElement.GetProperty("scenario").GetProperty("overrides").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(4, document.RootElement.GetProperty("comparisons").GetArrayLength());
    }

    [Fact]
    public void Render_EachRegime_ReportsItsCostAgainstTheBaseline()
    {
        var (report, _) = OutputRuns.Run("pakistan-afghanistan-2025.yaml", 300);
        using var document = JsonDocument.Parse(SummaryJson.Render(report));
        var regimes = document.RootElement.GetProperty("regimes").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("cost"));
        Assert.Equal(0, regimes["status_quo"].GetProperty("total").GetDouble());
        Assert.Equal(JsonValueKind.Null, regimes["status_quo"].GetProperty("per_day_gained").ValueKind);
        var full = report.Regimes.Single(r => r.Regime.Id == "third_party_full_access");
        Assert.Equal(full.Cost.Total, regimes["third_party_full_access"].GetProperty("total").GetDouble(), 6);
        Assert.Equal(full.Verification.Totals.AccessRefusals, regimes["third_party_full_access"].GetProperty("refusals").GetInt64());
    }

    [Theory]
    [InlineData("run.horizon_days=365")] // the horizon is also a report day
    [InlineData("run.horizon_days=400")] // the horizon is added after the report days
    public void Render_HoldDifferences_OnePerReportDay(string horizon)
    {
        var (report, _) = OutputRuns.Run("pakistan-afghanistan-2025.yaml", 100, horizon);

        using var document = JsonDocument.Parse(SummaryJson.Render(report));

        var days = document.RootElement.GetProperty("report_days").EnumerateArray().Select(d => d.GetDouble()).ToArray();
        Assert.Equal(days.Distinct(), days);
        Assert.Equal(report.Scenario.HorizonDays, days[^1]);
        foreach (var comparison in document.RootElement.GetProperty("comparisons").EnumerateArray())
        {
            Assert.Equal(days, comparison.GetProperty("hold_differences").EnumerateArray().Select(d => d.GetProperty("day").GetDouble()));
        }
    }

    [Fact]
    public void Render_NoTrialCompleted_IsAValidPartialSummary()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var (report, _) = OutputRuns.Run(OutputRuns.Load("pakistan-afghanistan-2025.yaml"), 1000, cancellationToken: cancelled.Token);

        var json = SummaryJson.Render(report);

        AssertNoNonFiniteToken(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.True(root.GetProperty("partial").GetBoolean());
        Assert.Equal(0, root.GetProperty("trials_completed").GetInt64());
        Assert.Equal(0, root.GetProperty("comparisons").GetArrayLength());
        foreach (var regime in root.GetProperty("regimes").EnumerateArray())
        {
            Assert.False(regime.TryGetProperty("trials", out _)); // no statistics without trials
            Assert.True(regime.TryGetProperty("verification", out _));
        }
    }

    [Fact]
    public void Csv_NoTrialCompleted_HeadersOnly()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var (report, _) = OutputRuns.Run(OutputRuns.Load("pakistan-afghanistan-2025.yaml"), 1000, cancellationToken: cancelled.Token);

        Assert.Equal(SurvivalCsv.Header + "\n", SurvivalCsv.Render(report));
        Assert.Equal(ComparisonsCsv.Header + "\n", ComparisonsCsv.Render(report));
        Assert.Equal(CausesCsv.Header + "\n", CausesCsv.Render(report));
    }

    private static void AssertNoNonFiniteToken(string json)
    {
        foreach (var token in new[] { "NaN", "Infinity", "∞" })
        {
            Assert.DoesNotContain(token, json);
        }
    }
}
