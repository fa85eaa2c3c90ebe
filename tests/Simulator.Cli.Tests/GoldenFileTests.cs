using System.Text;
using Simulator.Cli.Tests.Support;

namespace Simulator.Cli.Tests;

/// <summary>
/// Golden files of one small reference run, compared byte for byte:
/// <c>truce-sim run scenarios/reference/constant-hazard.yaml --trials 2000 --seed 1 --out DIR --quiet</c>
/// gives Golden/constant-hazard.summary.json, Golden/constant-hazard.survival.csv and, on standard
/// output, Golden/constant-hazard.stdout.txt. The expected files are read from the source tree
/// (tests/Simulator.Cli.Tests/Golden/), not copied to the output folder.
///
/// They change legitimately when the engine's random streams, the statistics, the output format or
/// the engine version change. To regenerate them, run from the repository root
/// <c>UPDATE_GOLDEN=1 dotnet test tests/Simulator.Cli.Tests --filter FullyQualifiedName~GoldenFileTests</c>
/// then review the diff of Golden/ and commit it. With UPDATE_GOLDEN=1 the tests rewrite the files
/// instead of comparing (and pass).
/// </summary>
public sealed class GoldenFileTests : IDisposable
{
    private static readonly bool Update = Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    private static readonly string GoldenFolder = RepoPaths.Of("tests", "Simulator.Cli.Tests", "Golden");

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_ConstantHazard2000TrialsSeed1_MatchesTheGoldenFiles()
    {
        var folder = _temp.Of("out");
        // The scenario is named relative to the repository root, as in the command above.
        var result = await SimulatorProcess.RunAsync(
            ["run", Path.Combine("scenarios", "reference", "constant-hazard.yaml"), "--trials", "2000", "--seed", "1", "--out", folder, "--quiet"],
            RepoPaths.Root);

        CliAssert.ExitCode(0, result);
        Compare("constant-hazard.stdout.txt", Encoding.UTF8.GetBytes(result.Stdout));
        Compare("constant-hazard.summary.json", File.ReadAllBytes(Path.Combine(folder, "summary.json")));
        Compare("constant-hazard.survival.csv", File.ReadAllBytes(Path.Combine(folder, "survival.csv")));
    }

    internal static void Compare(string goldenName, byte[] actual)
    {
        var path = Path.Combine(GoldenFolder, goldenName);
        if (Update)
        {
            File.WriteAllBytes(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"{path} is missing; create it with UPDATE_GOLDEN=1 (see {nameof(GoldenFileTests)}).");
        var expected = File.ReadAllBytes(path);
        if (expected.AsSpan().SequenceEqual(actual)) return;
        var expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
        var actualLines = Encoding.UTF8.GetString(actual).Split('\n');
        var first = 0;
        while (first < expectedLines.Length && first < actualLines.Length && expectedLines[first] == actualLines[first]) first++;
        Assert.Fail($"{goldenName} differs from the golden file from line {first + 1}:\n" +
            $"  golden: {(first < expectedLines.Length ? expectedLines[first] : "<end>")}\n" +
            $"  actual: {(first < actualLines.Length ? actualLines[first] : "<end>")}\n" +
            $"If the change is intended, regenerate with UPDATE_GOLDEN=1 (see {nameof(GoldenFileTests)}).");
    }
}
