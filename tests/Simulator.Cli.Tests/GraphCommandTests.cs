using Simulator.Cli.Tests.Support;

namespace Simulator.Cli.Tests;

/// <summary>`truce-sim graph` as a user calls it.</summary>
public sealed class GraphCommandTests : IDisposable
{
    private static readonly string[] SeedCommitments = ["ceasefire_pakistan", "ceasefire_afghanistan", "no_sanctuary", "accept_monitoring"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Graph_Default_PrintsMermaidForTheTruceAndEveryCommitment()
    {
        var result = await SimulatorProcess.RunAsync(["graph"], _temp.Path);

        CliAssert.ExitCode(0, result);
        Assert.StartsWith("%% truce\nstateDiagram-v2\n", result.Stdout);
        foreach (var id in SeedCommitments) Assert.Contains($"%% commitment {id} (lifecycle ", result.Stdout);
        Assert.Equal(1 + SeedCommitments.Length, Count(result.Stdout, "stateDiagram-v2"));
        Assert.DoesNotContain("digraph", result.Stdout);
    }

    [Fact]
    public async Task Graph_FormatDot_PrintsGraphviz()
    {
        var result = await SimulatorProcess.RunAsync(["graph", RepoPaths.SeedScenario, "--format", "dot"], _temp.Path);

        CliAssert.ExitCode(0, result);
        Assert.StartsWith("// truce\ndigraph {", result.Stdout);
        Assert.Equal(1 + SeedCommitments.Length, Count(result.Stdout, "digraph {"));
        Assert.DoesNotContain("stateDiagram-v2", result.Stdout);
    }

    [Fact]
    public async Task Graph_OneCommitment_PrintsOnlyThatLifecycle()
    {
        var result = await SimulatorProcess.RunAsync(["graph", "--commitment", "no_sanctuary"], _temp.Path);

        CliAssert.ExitCode(0, result);
        Assert.StartsWith("stateDiagram-v2\n", result.Stdout);
        Assert.Equal(1, Count(result.Stdout, "stateDiagram-v2"));
        Assert.DoesNotContain("%%", result.Stdout);
        Assert.Contains("[*] --> in_force", result.Stdout);
    }

    [Fact]
    public async Task Graph_UnknownCommitment_Exits2AndListsTheChoices()
    {
        var result = await SimulatorProcess.RunAsync(["graph", "--commitment", "nope"], _temp.Path);

        CliAssert.ExitCode(2, result);
        Assert.Equal("", result.Stdout);
        Assert.Contains("--commitment: 'nope' is not a commitment of pakistan-afghanistan-2025; choose one of: truce, " + string.Join(", ", SeedCommitments), result.Stderr);
        CliAssert.NoStackTrace(result);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
