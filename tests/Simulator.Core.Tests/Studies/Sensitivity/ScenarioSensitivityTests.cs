using Simulator.Application.Studies;
using Simulator.Loading;
using Simulator.Output;
using Simulator.Studies.Sensitivity;
using Simulator.Tests.Support;

namespace Simulator.Tests.Studies.Sensitivity;

/// <summary>
/// Sensitivity on a scenario where one uncertain parameter provably does not matter: the
/// cost_per_claim of a regime is reported, never simulated, so on common random numbers every
/// output is bit-identical whatever its value.
/// </summary>
public class ScenarioSensitivityTests
{
    private static (SensitivityStudy Study, PointRunResult Result) Run(SensitivityMethod method, int samples)
    {
        var text = SweepScenarios.TwoRegimes(trials: 200)
            .Replace("sensitivity: 0.6", "sensitivity: { uncertain: uniform, min: 0.2, max: 0.9 }", StringComparison.Ordinal)
            .Replace("cost_per_claim: 2", "cost_per_claim: { uncertain: triangular, min: 0, mode: 1, max: 5 }", StringComparison.Ordinal);
        var load = ScenarioLoader.LoadText(text, "s.yaml");
        Assert.True(load.Succeeded, string.Join("\n", load.Errors));
        Assert.Equal(["regimes.fast.sensitivity", "regimes.fast.cost_per_claim"], load.Uncertain.Select(p => p.Path));
        var study = new SensitivityStudy(load.Uncertain, method, samples, load.Scenario!.Seed);
        var plan = new PointPlan
        {
            ScenarioText = text,
            DisplayName = "s.yaml",
            ParameterNames = load.Uncertain.Select(p => p.Path).ToArray(),
            Points = study.Points,
        }.Prepare();
        Assert.True(plan.Succeeded, string.Join("\n", plan.Problems));
        return (study, new PointRunner().Run(plan, 2, 256, null, CancellationToken.None));
    }

    [Fact]
    public void Sobol_CostPerClaimDoesNotMatter_SensitivityDoes()
    {
        var (study, result) = Run(SensitivityMethod.Sobol, 16);

        var rows = study.Analyze(result.Completed, SensitivityOutput.Rmst);

        // The baseline (monitors) depends on neither parameter: its output never varies.
        Assert.All(rows.Where(r => r.Regime == "monitors"), r => Assert.Equal(0, r.Sobol!.Total));
        var fast = rows.Where(r => r.Regime == "fast").ToDictionary(r => r.Parameter.Path);
        var cost = fast["regimes.fast.cost_per_claim"].Sobol!;
        var sensitivity = fast["regimes.fast.sensitivity"].Sobol!;
        Assert.Equal(0, cost.Total);
        Assert.Equal(0, cost.TotalUpper);
        Assert.True(cost.FirstLower <= 0 && 0 <= cost.FirstUpper, $"S1 {cost.First} [{cost.FirstLower}, {cost.FirstUpper}]");
        Assert.True(sensitivity.TotalLower > 0.4, $"ST {sensitivity.Total} [{sensitivity.TotalLower}, {sensitivity.TotalUpper}]");
        Assert.Equal(1, fast["regimes.fast.sensitivity"].Rank);

        var paired = study.Analyze(result.Completed, SensitivityOutput.Paired);
        Assert.All(paired, r => Assert.Equal("fast", r.Regime)); // the baseline has no paired difference
        Assert.Contains("regimes.fast.cost_per_claim", SensitivityCsv.Format(SensitivityMethod.Sobol, SensitivityOutput.Paired, paired), StringComparison.Ordinal);
    }

    [Fact]
    public void Morris_CostPerClaimHasNoElementaryEffect()
    {
        var (study, result) = Run(SensitivityMethod.Morris, 6);

        var rows = study.Analyze(result.Completed, SensitivityOutput.Holds).Where(r => r.Regime == "fast").ToArray();

        var cost = rows.Single(r => r.Parameter.Path.EndsWith("cost_per_claim", StringComparison.Ordinal)).Morris!;
        Assert.Equal(0, cost.MuStar);
        Assert.Equal(0, cost.MuStarUpper);
        Assert.True(rows.Single(r => r.Rank == 1).Morris!.MuStarLower > 0);
    }
}
