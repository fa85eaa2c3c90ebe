using Simulator.Loading;
using Simulator.Model;
using Simulator.Tests.Support;

namespace Simulator.Tests.Model;

public class UncertainParameterTests
{
    private static ScenarioLoadResult Load(string from, string to) =>
        ScenarioLoader.LoadText(SweepScenarios.TwoRegimes().Replace(from, to, StringComparison.Ordinal), "u.yaml");

    [Fact]
    public void Load_Uniform_UsesTheMedianAndListsTheParameter()
    {
        var result = Load("attack_rate: 0.05", "attack_rate: { uncertain: uniform, min: 0.04, max: 0.08 }");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(0.06, result.Scenario!.Groups[0].AttackRate, 12);
        var p = Assert.Single(result.Uncertain);
        Assert.Equal("armed_groups.group.attack_rate", p.Path);
        Assert.Equal(UncertainKind.Uniform, p.Distribution.Kind);
        Assert.Equal("0.07", p.ValueAt(0.75));
    }

    [Fact]
    public void Load_IntegerKey_RoundsDrawsAndDiscreteTextKeysWork()
    {
        var text = SweepScenarios.TwoRegimes()
            .Replace("    specificity: 1\n    verdict_delay", "    specificity: 1\n    capacity: { uncertain: triangular, min: 1, mode: 2, max: 6 }\n    verdict_delay", StringComparison.Ordinal)
            .Replace("unfounded_kind: strike", "unfounded_kind: { uncertain: discrete, values: [strike, attack] }", StringComparison.Ordinal);

        var result = ScenarioLoader.LoadText(text, "u.yaml");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var capacity = result.Uncertain.Single(p => p.Path == "regimes.monitors.capacity");
        Assert.True(capacity.IsInteger);
        Assert.All(new[] { 0.01, 0.3, 0.6, 0.99 }, u => Assert.Matches("^[1-6]$", capacity.ValueAt(u)));
        Assert.Equal(3, result.Scenario!.Regimes[0].Capacity); // median of triangular(1, 2, 6) is 2.84, rounded
        var kind = result.Uncertain.Single(p => p.Path == "principals.host.claims.unfounded_kind");
        Assert.Equal("attack", kind.PointValue);
        Assert.Equal("strike", kind.ValueAt(0.2));
    }

    [Theory]
    [InlineData("{ uncertain: uniform, min: 0.2, max: 1.2 }", "regimes[0].sensitivity.max", "must be a probability between 0 and 1; found 1.2")]
    [InlineData("{ uncertain: uniform, min: 0.5, max: 0.2 }", "regimes[0].sensitivity.max", "must be greater than min (0.5)")]
    [InlineData("{ uncertain: gaussian, mean: 0.5, sd: 0.1 }", "regimes[0].sensitivity.uncertain", "unknown value 'gaussian'")]
    [InlineData("{ uncertain: normal, mean: 0.5 }", "regimes[0].sensitivity.sd", "missing required key 'sd'")]
    [InlineData("{ uncertain: normal, mean: 9, sd: 0.01 }", "regimes[0].sensitivity", "(almost) no probability")]
    [InlineData("{ uncertain: beta, alpha: 2, beta: 2, median: 1 }", "regimes[0].sensitivity.median", "has no effect in a beta distribution")]
    [InlineData("{ uncertain: lognormal, median: 0.3, p90: 0.2 }", "regimes[0].sensitivity.p90", "must be greater than median (0.3)")]
    [InlineData("{ uncertain: discrete, values: [0.1, 2] }", "regimes[0].sensitivity.values[1]", "must be a probability between 0 and 1; found 2")]
    [InlineData("{ min: 0.1 }", "regimes[0].sensitivity", "expected a number")]
    public void Load_BadDistribution_IsOnePositionedError(string value, string path, string message)
    {
        var result = Load("sensitivity: 0.3", "sensitivity: " + value);

        var error = Assert.Single(result.Errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void Load_ContinuousDistributionOnATextKey_IsAnError()
    {
        var result = Load("name: Victim state", "name: { uncertain: uniform, min: 0, max: 1 }");

        Assert.Contains("needs a number key", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Override_ReplacesADistributionByAValue()
    {
        var text = SweepScenarios.TwoRegimes().Replace("attack_rate: 0.05", "attack_rate: { uncertain: uniform, min: 0.04, max: 0.08 }", StringComparison.Ordinal);

        var result = ScenarioLoader.LoadText(text, "u.yaml", ["armed_groups.group.attack_rate=0.041"]);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Uncertain);
        Assert.Equal(0.041, result.Scenario!.Groups[0].AttackRate);
    }

    [Theory]
    [InlineData(UncertainKind.Uniform, 2, 6, 0, 0, 4)]
    [InlineData(UncertainKind.Triangular, 0, 1, 0.5, 0, 0.5)]
    [InlineData(UncertainKind.Normal, double.MinValue, double.MaxValue, 10, 2, 10)]
    [InlineData(UncertainKind.Normal, 0, double.MaxValue, 0, 1, 0.6744897501960817)] // half-normal median
    [InlineData(UncertainKind.LogNormal, 0, double.MaxValue, 5, 9, 5)]
    [InlineData(UncertainKind.Beta, 0, 1, 3, 3, 0.5)]
    public void Quantile_Median(UncertainKind kind, double min, double max, double a, double b, double median)
    {
        var d = new UncertainDistribution { Kind = kind, Min = min, Max = max, A = a, B = b };

        Assert.Equal(median, d.Quantile(0.5), 9);
        Assert.True(d.Quantile(0.1) < d.Quantile(0.9));
    }

    [Fact]
    public void Quantile_LogNormalP90()
    {
        var d = new UncertainDistribution { Kind = UncertainKind.LogNormal, Min = 0, Max = double.MaxValue, A = 6, B = 18 };

        Assert.Equal(18, d.Quantile(0.9), 9);
    }
}
