using System.Globalization;
using System.Text.Json;
using Simulator.Cli.Tests.Support;

namespace Simulator.Cli.Tests;

/// <summary>`truce-sim run` as a user calls it: the built program in a child process.</summary>
public sealed class RunCommandTests : IDisposable
{
    private static readonly string[] SeedRegimes = ["status_quo", "mediator_commission", "third_party_monitors", "third_party_full_access", "turkiye_qatar_mechanism"];

    private static readonly string[] OutputFiles =
        ["summary.json", "scenario.yaml", "survival.csv", "comparisons.csv", "comparisons-by-day.csv", "causes.csv", "frontier.csv", "timing.json", "trials.csv", "manifest.json"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_WithoutFile_PrintsEveryRegimeOfTheSeedScenarioAndExits0()
    {
        var result = await SimulatorProcess.RunAsync(["run", "--trials", "200"], _temp.Path);

        CliAssert.ExitCode(0, result);
        Assert.StartsWith("Scenario pakistan-afghanistan-2025 (hash ", result.Stdout);
        Assert.Contains("200 trials per regime", result.Stdout);
        Assert.Contains("Probability the truce still holds", result.Stdout);
        foreach (var regime in SeedRegimes)
        {
            Assert.Contains("\n  " + regime + " ", result.Stdout);
        }
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path)); // nothing written without --out
        CliAssert.NoStackTrace(result);
    }

    [Fact]
    public async Task Run_FileWithOutAndTrialsCsv_WritesEveryOutputFileCompletely()
    {
        const int trials = 300;
        var folder = _temp.Of("results");

        var result = await SimulatorProcess.RunAsync(
            ["run", RepoPaths.SeedScenario, "--trials", trials.ToString(CultureInfo.InvariantCulture), "--out", folder, "--trials-csv", "--quiet"], _temp.Path);

        CliAssert.ExitCode(0, result);
        Assert.Equal(OutputFiles.Order(StringComparer.Ordinal), Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(_temp.LeftoverTemporaryFiles());
        Assert.Equal(File.ReadAllText(RepoPaths.SeedScenario), File.ReadAllText(Path.Combine(folder, "scenario.yaml")));
        Assert.Contains("wrote summary.json", result.Stderr);

        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "summary.json")));
        var root = summary.RootElement;
        Assert.False(root.GetProperty("partial").GetBoolean());
        Assert.Equal(trials, root.GetProperty("trials_requested").GetInt64());
        Assert.Equal(trials, root.GetProperty("trials_completed").GetInt64());
        Assert.Equal("pakistan-afghanistan-2025.yaml", root.GetProperty("scenario").GetProperty("source").GetString());
        Assert.Equal(SeedRegimes, root.GetProperty("regimes").EnumerateArray().Select(r => r.GetProperty("id").GetString()));

        using var timing = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "timing.json")));
        Assert.Equal(trials, timing.RootElement.GetProperty("trials_completed").GetInt64());

        var horizon = root.GetProperty("horizon_days").GetDouble();
        var collapsedPerRegime = root.GetProperty("regimes").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("collapsed").GetInt64());
        AssertTrialsCsv(Path.Combine(folder, "trials.csv"), SeedRegimes, trials, horizon, collapsedPerRegime);

        Assert.StartsWith("regime,day,at_risk,events,censored,survival,lower95,upper95,std_error,cumhaz,cumhaz_std_error\n", File.ReadAllText(Path.Combine(folder, "survival.csv")));
        Assert.StartsWith("regime,baseline,logrank_chisq,", File.ReadAllText(Path.Combine(folder, "comparisons.csv")));
        Assert.StartsWith("regime,cause,collapses,day,cumulative_incidence,std_error\n", File.ReadAllText(Path.Combine(folder, "causes.csv")));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("run", "--help")]
    [InlineData("validate", "--help")]
    [InlineData("graph", "--help")]
    public async Task Help_Exits0AndDescribesTheCommands(params string[] args)
    {
        var result = await SimulatorProcess.RunAsync(args, _temp.Path);

        CliAssert.ExitCode(0, result);
        Assert.Contains("Usage:", result.Stdout);
        Assert.Contains("truce-sim", result.Stdout);
        Assert.DoesNotContain(result.Stdout.Split('\n'), l => l.EndsWith(' '));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("validate")]
    [InlineData("graph")]
    [InlineData("sweep")]
    [InlineData("sample")]
    [InlineData("sensitivity")]
    [InlineData("report")]
    [InlineData("calibrate")]
    [InlineData("serve")]
    [InlineData("merge")]
    public async Task Help_At80Columns_NoLineWiderThan80(string command)
    {
        var environment = new Dictionary<string, string> { ["COLUMNS"] = "80" };

        var result = await SimulatorProcess.RunAsync([command, "--help"], _temp.Path, environment: environment);

        CliAssert.ExitCode(0, result);
        Assert.Contains($"truce-sim {command}", result.Stdout);
        Assert.All(result.Stdout.Split('\n'), l => Assert.True(l.Length <= 80, $"a line is {l.Length} wide: '{l}'"));
    }

    /// <summary>trials.csv: the documented header, one row per trial per regime in trial then regime order.</summary>
    private static void AssertTrialsCsv(string path, IReadOnlyList<string> regimes, int trials, double horizon, IReadOnlyDictionary<string, long> collapsedPerRegime)
    {
        var text = File.ReadAllText(path);
        Assert.EndsWith("\n", text);
        var lines = text[..^1].Split('\n');
        Assert.Equal("regime,trial,duration_days,collapsed,cause", lines[0]);
        Assert.Equal(trials * regimes.Count, lines.Length - 1);

        var horizonText = horizon.ToString("0.000", CultureInfo.InvariantCulture);
        var collapsed = regimes.ToDictionary(r => r, _ => 0L);
        for (var i = 1; i < lines.Length; i++)
        {
            var fields = lines[i].Split(',');
            Assert.True(fields.Length == 5, $"line {i + 1}: '{lines[i]}'");
            var (regime, trial, duration, flag, cause) = (fields[0], fields[1], fields[2], fields[3], fields[4]);
            Assert.Equal(regimes[(i - 1) % regimes.Count], regime);
            Assert.Equal(((i - 1) / regimes.Count).ToString(CultureInfo.InvariantCulture), trial);
            Assert.Matches(@"^\d+\.\d{3}$", duration);
            Assert.Contains(flag, new[] { "0", "1" });
            if (flag == "1")
            {
                collapsed[regime]++;
                Assert.NotEqual("", cause);
                Assert.Matches(@"^[a-z0-9_]+:[a-z0-9_]+$", cause);
                Assert.True(double.Parse(duration, CultureInfo.InvariantCulture) <= horizon, $"line {i + 1}: collapse after the horizon");
            }
            else
            {
                Assert.Equal("", cause);
                Assert.Equal(horizonText, duration); // censored at the horizon
            }
        }
        Assert.Equal(collapsedPerRegime, collapsed);
    }
}
