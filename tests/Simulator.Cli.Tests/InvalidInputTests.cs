using Simulator.Cli.Tests.Support;

namespace Simulator.Cli.Tests;

/// <summary>
/// Mistakes a user makes on the command line: each exits 2 with one clear message on standard error,
/// prints nothing on standard output and shows no stack trace.
/// </summary>
public sealed class InvalidInputTests : IDisposable
{
    private const string AFile = "{file}";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Arguments (with <c>{file}</c> standing for an existing plain file) and a part of the expected message.</summary>
    public static TheoryData<string[], string> Cases => new()
    {
        { ["run", "--nope"], "unknown option '--nope'" },
        { ["frobnicate"], "frobnicate" },
        { ["run", "--trials", "abc"], "Cannot parse argument 'abc' for option '--trials': expected a whole number." },
        { ["run", "--threads", "0"], "error: --threads: must be between 1 and 1,024; found 0" },
        { ["run", "--trials", "10", "--regime", "nope"], "error: --regime: 'nope' is not a regime of pakistan-afghanistan-2025; expected one of: status_quo," },
        { ["run", "--trials-csv"], "error: --trials-csv: needs --out DIR" },
        { ["run", "--set", "regimes.status_quo.nope=1"], "--set: regimes.status_quo.nope: unknown key 'nope'" },
        { ["run", "--set", "run.trials=-5"], "--set: run.trials: must be an integer between 1 and" },
        { ["run", "--trials", "0"], "error: --trials: must be an integer between 1 and 100000000; found 0" },
        { ["run", "--trials", "-5"], "error: --trials: must be an integer between 1 and 100000000; found -5" },
        { ["run", "--horizon", "0"], "error: --horizon: must be a number of days greater than 0" },
        { ["rnu"], "error: unknown command 'rnu'; did you mean 'run'?" },
        { ["run", "--trails", "5"], "error: unknown option '--trails' for 'run'; did you mean '--trials'?" },
        { ["graph", "--format", "dto"], "error: --format: 'dto' is not one of dot, mermaid; did you mean 'dot'?" },
        { ["run", "--trials", "10", "--out", "-"], "error: --out: '-' is not a folder; to print the results on standard output use --format json" },
        { ["run", "--trials", "10", "--config", "Simulator:BlockSize=abc"], "error: --config: Simulator:BlockSize: expected a whole number, found 'abc'" },
        { ["run", "--trials", "10", "--config", "Simulator:BlokSize=1024"], "error: --config: unknown setting 'Simulator:BlokSize'; did you mean 'Simulator:BlockSize'?" },
        { ["run", "--trials", "10", "--config", "Nope:Key=1"], "error: --config: unknown setting 'Nope:Key'; expected one of: Simulator:BlockSize," },
        { ["run", "--trials", "10", "--config", "Simulator:BlockSize"], "error: --config: expected Section:Key=value" },
        { ["run", "missing.yaml"], "missing.yaml: file not found" },
        { ["run", "--trials", "10", "--out", AFile], "is a file, not a folder" },
        { ["run", "--trials", "10", "--config", "Simulator:BlockSize=1"], "error: --config: Simulator:BlockSize: must be between 64 and 1,000,000; found 1" },
        { ["validate", "missing.yaml"], "missing.yaml: file not found" },
        { ["graph", "--format", "png"], "'png'" },
        // Extreme but finite values are refused by the gate before any trial (issue: unbounded memory, SIGTERM ignored).
        { ["run", "--set", "escalation.attack_multiplier_per_level=1e200", "--trials", "50"], "escalation.attack_multiplier_per_level: under regime 'status_quo' a trial could expect" },
        { ["validate", "{constant-hazard}", "--set", "tension.half_life_days=1e-320"], "--set: tension.half_life_days: the half-life is so short" },
        { ["sweep", "{constant-hazard}", "--vary", "tension.half_life_days=1,1e-320", "--trials", "10"], "point 2 (tension.half_life_days=1e-320)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadInput_Exits2WithAClearMessage(string[] args, string message)
    {
        var file = _temp.Of("not-a-folder.txt");
        File.WriteAllText(file, "a file");
        var actualArgs = args.Select(a => a == AFile ? file : a == "{constant-hazard}" ? RepoPaths.ConstantHazard : a).ToArray();

        var result = await SimulatorProcess.RunAsync(actualArgs, _temp.Path);

        CliAssert.ExitCode(2, result);
        Assert.Contains(message, result.Stderr);
        Assert.DoesNotContain("trials per regime", result.Stdout); // nothing was run
        CliAssert.NoStackTrace(result);
        Assert.Equal("a file", File.ReadAllText(file));
        Assert.Empty(_temp.LeftoverTemporaryFiles());
    }

    [Fact]
    public async Task UnknownOptionWithAValue_IsOneProblem()
    {
        var result = await SimulatorProcess.RunAsync(["run", "--trails", "5"], _temp.Path);

        CliAssert.ExitCode(2, result);
        Assert.Equal(
            ["error: unknown option '--trails' for 'run'; did you mean '--trials'?", "Run 'truce-sim run --help' for usage."],
            result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task BadSettingInTheEnvironment_Exits2NamingTheVariable()
    {
        var result = await SimulatorProcess.RunAsync(["run", "--trials", "10", "--quiet"], _temp.Path,
            environment: new Dictionary<string, string> { ["SIMULATOR_Simulator__BlockSize"] = "many" });

        CliAssert.ExitCode(2, result);
        Assert.Contains("error: SIMULATOR_Simulator__BlockSize: Simulator:BlockSize: expected a whole number, found 'many'", result.Stderr);
        CliAssert.NoStackTrace(result);
    }

    [Fact]
    public async Task Help_ListsEnumValuesOnceInLowerCase()
    {
        var graph = await SimulatorProcess.RunAsync(["graph", "--help"], _temp.Path);
        var sensitivity = await SimulatorProcess.RunAsync(["sensitivity", "--help"], _temp.Path);

        Assert.Contains("--format <dot|mermaid>", graph.Stdout);
        Assert.Contains("[default: mermaid]", graph.Stdout);
        Assert.Contains("--method <sobol|morris>", sensitivity.Stdout);
        Assert.Contains("--output <holds|rmst|paired>", sensitivity.Stdout);
        Assert.Contains("--format <table|json|csv|markdown>", sensitivity.Stdout);
    }

    [Fact]
    public async Task EnumValue_AcceptedInAnyCase()
    {
        var result = await SimulatorProcess.RunAsync(["graph", "--format", "DOT", "--commitment", "truce"], _temp.Path);

        CliAssert.ExitCode(0, result);
        Assert.StartsWith("digraph", result.Stdout.TrimStart());
    }
}
