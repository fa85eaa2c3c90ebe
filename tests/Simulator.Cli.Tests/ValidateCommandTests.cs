using System.Text.RegularExpressions;
using Simulator.Cli.Tests.Support;

namespace Simulator.Cli.Tests;

/// <summary>`simulator validate FILE...` as a user calls it.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Validate_ValidFiles_Exits0AndSaysValid()
    {
        var result = await SimulatorProcess.RunAsync(["validate", RepoPaths.SeedScenario, RepoPaths.ConstantHazard], _temp.Path);

        CliAssert.ExitCode(0, result);
        Assert.Contains(RepoPaths.SeedScenario + ": valid (5 regimes,", result.Stdout);
        Assert.Contains(RepoPaths.ConstantHazard + ": valid (1 regimes, 1 commitments, 1 armed groups)", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task Validate_InvalidFile_Exits2AndListsEveryProblemAsFileLineColumnPathMessage()
    {
        var bad = _temp.Of("bad.yaml");
        var text = File.ReadAllText(RepoPaths.ConstantHazard)
            .Replace("  trials: 20000", "  trials: -5", StringComparison.Ordinal)
            .Replace("    sensitivity: 0.3", "    sensitivity: 1.3\n    colour: blue", StringComparison.Ordinal);
        File.WriteAllText(bad, text);

        var result = await SimulatorProcess.RunAsync(["validate", bad, RepoPaths.ConstantHazard], _temp.Path);

        CliAssert.ExitCode(2, result);
        CliAssert.NoStackTrace(result);
        var errors = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, errors.Length);
        var format = new Regex("^" + Regex.Escape(bad) + @":(\d+):(\d+): ([a-z_][a-z0-9_.\[\]]*): (.+)$");
        foreach (var line in errors) Assert.Matches(format, line);
        var lines = text.Split('\n');
        Assert.Contains(errors, e => e.StartsWith($"{bad}:{LineOf(lines, "  trials: -5")}:11: run.trials: must be an integer", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"{bad}:{LineOf(lines, "    sensitivity: 1.3")}:18: regimes[0].sensitivity: must be a probability", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"{bad}:{LineOf(lines, "    colour: blue")}:5: regimes[0].colour: unknown key 'colour'", StringComparison.Ordinal));
        Assert.Contains(bad + ": 3 error(s)", result.Stdout);
        Assert.Contains(RepoPaths.ConstantHazard + ": valid", result.Stdout); // the other file is still checked
    }

    private static int LineOf(string[] lines, string line) => Array.IndexOf(lines, line) + 1;
}
