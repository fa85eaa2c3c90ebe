using Simulator.Loading;
using Simulator.Tests.Support;

namespace Simulator.Tests.Loading;

public class SweepSectionTests
{
    [Fact]
    public void Load_SweepSection_ValuesAndRange()
    {
        var text = SweepScenarios.TwoRegimes(extra: """
            sweep:
              vary:
                - path: regimes.monitors.sensitivity
                  values: [0.2, 0.4]
                - { path: armed_groups.group.attack_rate, from: 0.02, to: 0.06, step: 0.02 }
            """);

        var result = ScenarioLoader.LoadText(text, "s.yaml");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(2, result.Sweep.Count);
        Assert.Equal(["0.2", "0.4"], result.Sweep[0].Values);
        Assert.Equal(["0.02", "0.04", "0.06"], result.Sweep[1].Values);
        Assert.Empty(ScenarioLoader.LoadText(SweepScenarios.TwoRegimes(), "s.yaml").Sweep);
    }

    [Fact]
    public void Load_SweepSection_DoesNotChangeTheScenarioOrItsHash()
    {
        var plain = ScenarioLoader.LoadText(SweepScenarios.TwoRegimes(), "s.yaml").Scenario!;
        var swept = ScenarioLoader.LoadText(SweepScenarios.TwoRegimes(extra: "sweep: { vary: [{ path: regimes.fast.sensitivity, values: [0.1] }] }\n"), "s.yaml").Scenario!;

        Assert.Equal(ScenarioHash.Compute(plain), ScenarioHash.Compute(swept));
    }

    [Fact]
    public void Load_SweepSection_BadPathAndBadValueArePositionedErrors()
    {
        var text = SweepScenarios.TwoRegimes(extra: """
            sweep:
              vary:
                - path: regimes.monitors.sensitivty
                  values: [0.2]
                - path: regimes.monitors.sensitivity
                  values: [0.5, 1.5]
            """);

        var result = ScenarioLoader.LoadText(text, "s.yaml");

        Assert.False(result.Succeeded);
        Assert.Collection(result.Errors,
            e =>
            {
                Assert.Equal("sweep.vary[0].path", e.Path);
                Assert.Contains("did you mean 'sensitivity'", e.FullMessage, StringComparison.Ordinal);
                Assert.True(e.Line > 0);
            },
            e =>
            {
                Assert.Equal("sweep.vary[1].values[1]", e.Path);
                Assert.Contains("must be a probability between 0 and 1; found 1.5", e.Message, StringComparison.Ordinal);
                Assert.True(e.Line > 0);
            });
    }

    [Theory]
    [InlineData("{ path: regimes.fast.sensitivity }", "missing required key 'values'")]
    [InlineData("{ path: regimes.fast.sensitivity, values: [0.1], step: 1 }", "not both")]
    [InlineData("{ path: regimes.fast.sensitivity, from: 0.5, to: 0.1, step: 0.1 }", "must be at least start")]
    [InlineData("{ path: regimes.fast, values: [1] }", "only single values can be set")]
    [InlineData("{ path: regimes.fast.sensitivity, values: [[1]] }", "expected a single value")]
    public void Load_SweepSection_ShapeErrors(string entry, string message)
    {
        var result = ScenarioLoader.LoadText(SweepScenarios.TwoRegimes(extra: $"sweep: {{ vary: [{entry}] }}\n"), "s.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 0);
    }
}
