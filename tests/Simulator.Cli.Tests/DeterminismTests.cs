using Simulator.Cli.Tests.Support;

namespace Simulator.Cli.Tests;

/// <summary>
/// The output does not depend on the number of threads (nor on the block size that splits the work):
/// every file except timing.json, and the console table, are byte-identical.
/// </summary>
public sealed class DeterminismTests : IDisposable
{
    private static readonly string[] DeterministicFiles = ["summary.json", "scenario.yaml", "survival.csv", "comparisons.csv", "causes.csv", "trials.csv"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_OneTwoAndThreeThreads_WriteIdenticalBytes()
    {
        // Blocks much smaller than the run, so two and three threads really interleave their work.
        var one = await RunAsync("one", "--threads", "1");
        var two = await RunAsync("two", "--threads", "2", "--config", "Simulator:BlockSize=256");
        var three = await RunAsync("three", "--threads", "3", "--config", "Simulator:BlockSize=100");

        foreach (var other in new[] { two, three })
        {
            Assert.Equal(one.Stdout, other.Stdout);
            foreach (var file in DeterministicFiles)
            {
                var expected = File.ReadAllBytes(Path.Combine(one.Folder, file));
                var actual = File.ReadAllBytes(Path.Combine(other.Folder, file));
                Assert.True(expected.AsSpan().SequenceEqual(actual), $"{file} differs between {Path.GetFileName(one.Folder)} and {Path.GetFileName(other.Folder)}");
            }
        }
        Assert.Contains("\"threads\": 3", File.ReadAllText(Path.Combine(three.Folder, "timing.json")));
    }

    private async Task<(string Folder, string Stdout)> RunAsync(string name, params string[] options)
    {
        var folder = _temp.Of(name);
        var result = await SimulatorProcess.RunAsync(["run", "--trials", "3000", "--out", folder, "--trials-csv", "--quiet", .. options], _temp.Path);
        CliAssert.ExitCode(0, result);
        return (folder, result.Stdout);
    }
}
