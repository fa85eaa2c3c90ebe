namespace Simulator.Cli.Tests.Sweeps;

/// <summary>sample and sensitivity end to end on a small scenario with uncertain parameters.</summary>
public sealed class SensitivityCliTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sens-cli-" + Guid.NewGuid().ToString("N"));

    public SensitivityCliTests()
    {
        Directory.CreateDirectory(_folder);
        var text = File.ReadAllText(SweepCliTests.Reference)
            .Replace("attack_rate: 0.05", "attack_rate: { uncertain: uniform, min: 0.03, max: 0.08 }", StringComparison.Ordinal)
            .Replace("sensitivity: 0.3", "sensitivity: { uncertain: beta, alpha: 3, beta: 5 }\n    cost_per_claim: { uncertain: uniform, min: 1, max: 3 }", StringComparison.Ordinal);
        File.WriteAllText(ScenarioFile, text);
    }

    private string ScenarioFile => Path.Combine(_folder, "uncertain.yaml");

    private string Out => Path.Combine(_folder, "out");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Sensitivity_MorrisOnTheBuiltInSeedScenario_ScreensItsTwelveUncertainParameters()
    {
        var (code, output, error) = await SweepCliTests.Run(
            ["sensitivity", "--method", "morris", "--points", "3", "--trials", "100", "--regime", "status_quo", "--quiet", "--out", Out]);

        Assert.True(code == 0, error);
        Assert.Contains("12 uncertain parameters", output, StringComparison.Ordinal);
        // Without a regime nothing is refuted and nothing deters: these two cannot move the status quo.
        var rows = File.ReadAllLines(Path.Combine(Out, "sensitivity.csv"));
        foreach (var parameter in new[] { "principals.afghanistan.responses.trust_in_regime", "deterrence.elasticity" })
        {
            // The distribution column is quoted and holds a comma: read mu_star from the end
            // (…,mu_star,mu_star_lower,mu_star_upper,mu,sigma).
            var row = rows.Single(r => r.Contains("," + parameter + ",", StringComparison.Ordinal)).Split(',');
            Assert.Equal("mu_star", rows[0].Split(',')[^5]);
            Assert.Equal("0", row[^5]);
        }
    }

    [Fact]
    public async Task Sample_OnTheBuiltInSeedScenario_DrawsItsUncertainParameters()
    {
        var (code, output, error) = await SweepCliTests.Run(["sample", "--points", "3", "--trials", "100", "--regime", "status_quo", "--quiet"]);

        Assert.True(code == 0, error);
        Assert.Contains("Latin hypercube sample of 3 points over 12 uncertain parameters", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sample_Lhs_WritesSampleCsv()
    {
        var (code, output, error) = await SweepCliTests.Run(["sample", ScenarioFile, "--points", "5", "--trials", "200", "--quiet", "--out", Out]);

        Assert.True(code == 0, error);
        Assert.Contains("Latin hypercube sample of 5 points over 3 uncertain parameters", output, StringComparison.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(Out, "sample.csv"));
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("point,armed_groups.group.attack_rate,regimes.monitors.sensitivity,regimes.monitors.cost_per_claim,regime,", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sensitivity_Sobol_RanksAndWritesCsv()
    {
        var (code, output, error) = await SweepCliTests.Run(["sensitivity", ScenarioFile, "--points", "8", "--trials", "200", "--output", "rmst", "--quiet", "--out", Out]);

        Assert.True(code == 0, error);
        Assert.Contains("Sobol indices of the mean days held to the horizon, 3 uncertain parameters, 8 base samples (40 scenario runs)", output, StringComparison.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(Out, "sensitivity.csv"));
        Assert.Equal("method,output,regime,rank,parameter,distribution,groups,s1,s1_lower,s1_upper,st,st_lower,st_upper,mu_star,mu_star_lower,mu_star_upper,mu,sigma", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("sobol,rmst,monitors,3,regimes.monitors.cost_per_claim,", StringComparison.Ordinal));
        Assert.Equal(41, File.ReadAllLines(Path.Combine(Out, "sensitivity-points.csv")).Length);
    }

    [Fact]
    public async Task Sensitivity_WithoutUncertainParameters_Exits2()
    {
        var (code, _, error) = await SweepCliTests.Run(["sensitivity", SweepCliTests.Reference, "--method", "morris", "--quiet"]);

        Assert.Equal(2, code);
        Assert.Contains("needs uncertain parameters", error, StringComparison.Ordinal);
    }
}
