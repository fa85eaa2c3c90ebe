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
        { ["run", "--trials", "0"], "run.trials: must be an integer between 1 and" },
        { ["run", "missing.yaml"], "missing.yaml: file not found" },
        { ["run", "--trials", "10", "--out", AFile], "is a file, not a folder" },
        { ["run", "--trials", "10", "--config", "Simulator:BlockSize=1"], "invalid setting" },
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
}
