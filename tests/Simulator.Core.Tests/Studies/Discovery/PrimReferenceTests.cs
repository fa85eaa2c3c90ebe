using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Simulator.Studies.Discovery;
using Simulator.Tests.Support;
using Xunit.Abstractions;

namespace Simulator.Tests.Studies.Discovery;

/// <summary>
/// Prim against an independent implementation: Reference/prim_reference.py was written in plain Python
/// from docs/decisions.md's rules alone, and its output on the seeded points of Reference/points.csv
/// (200 points, interest where a ≥ 0.5 and b ≤ 0.6 with 8 % of labels flipped, c and d irrelevant) is
/// committed next to it, once with the default options and once with others.
/// </summary>
public sealed class PrimReferenceTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-12;

    private static string Folder => RepoPaths.Of("tests", "Simulator.Core.Tests", "Studies", "Discovery", "Reference");

    [Theory]
    [InlineData("reference.json")]
    [InlineData("reference-options.json")]
    public void Prim_AgreesWithTheIndependentPythonOutput(string file)
    {
        using var reference = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file)));
        var root = reference.RootElement;
        var (names, x, interest) = ReadPoints(Path.Combine(Folder, "points.csv"));
        Assert.Equal(root.GetProperty("parameters").EnumerateArray().Select(e => e.GetString()), names);

        var result = Prim.Run(names, x, interest, Options(root.GetProperty("prim")));

        Assert.Equal(root.GetProperty("cases").GetInt32(), result.Cases);
        Assert.Equal(root.GetProperty("cases_of_interest").GetInt32(), result.CasesOfInterest);
        var steps = root.GetProperty("trajectory").EnumerateArray().ToList();
        Assert.Equal(steps.Count, result.Trajectory.Count);
        for (var k = 0; k < steps.Count; k++)
        {
            var (expected, actual) = (steps[k], result.Trajectory[k]);
            var where = $"{file} trajectory[{k}]";
            Assert.Equal((expected.GetProperty("box").GetInt32(), expected.GetProperty("step").GetInt32()), (actual.Box, actual.Step));
            Near(expected, "coverage", actual.Coverage, where);
            Near(expected, "density", actual.Density, where);
            Near(expected, "mass", actual.Mass, where);
            Assert.True(expected.GetProperty("restricted").GetInt32() == actual.Restricted, $"{where}: restricted");
            Assert.True(expected.GetProperty("chosen").GetBoolean() == actual.Chosen, $"{where}: chosen");
        }
        var boxes = root.GetProperty("boxes").EnumerateArray().ToList();
        Assert.NotEmpty(boxes);
        Assert.Equal(boxes.Count, result.Boxes.Count);
        for (var b = 0; b < boxes.Count; b++)
        {
            var (expected, actual) = (boxes[b], result.Boxes[b]);
            var where = $"{file} box {b + 1}";
            Assert.Equal(expected.GetProperty("box").GetInt32(), actual.Number);
            Near(expected, "coverage", actual.Coverage, where);
            Near(expected, "density", actual.Density, where);
            Near(expected, "mass", actual.Mass, where);
            Assert.Equal(expected.GetProperty("cases").GetInt32(), actual.Cases);
            Assert.Equal(expected.GetProperty("cases_of_interest").GetInt32(), actual.CasesOfInterest);
            var limits = expected.GetProperty("limits").EnumerateObject().ToList();
            Assert.Equal(limits.Select(l => l.Name), actual.Restrictions.Select(r => r.Name));
            foreach (var restriction in actual.Restrictions)
            {
                var limit = expected.GetProperty("limits").GetProperty(restriction.Name);
                Near(limit, "lower", restriction.Lower, $"{where} {restriction.Name}");
                Near(limit, "upper", restriction.Upper, $"{where} {restriction.Name}");
                Near(expected.GetProperty("quasi_p"), restriction.Name, restriction.QuasiP, $"{where} quasi_p");
            }
        }
    }

    [Theory]
    [InlineData("reference.json")]
    [InlineData("reference-options.json")]
    public async Task PythonReference_RerunGivesTheCommittedOutput(string file)
    {
        if (Which("python3") is not { } python)
        {
            output.WriteLine("python3 is not installed: Reference/prim_reference.py not rerun.");
            return;
        }
        var committed = File.ReadAllText(Path.Combine(Folder, file));
        using var reference = JsonDocument.Parse(committed);
        var prim = reference.RootElement.GetProperty("prim");
        string[] args =
        [
            Path.Combine(Folder, "prim_reference.py"), "run", Path.Combine(Folder, "points.csv"),
            "--peel-alpha", prim.GetProperty("peel_alpha").GetRawText(), "--paste-alpha", prim.GetProperty("paste_alpha").GetRawText(),
            "--min-mass", prim.GetProperty("min_mass").GetRawText(), "--min-coverage", prim.GetProperty("min_coverage").GetRawText(),
            "--max-boxes", prim.GetProperty("max_boxes").GetRawText(),
        ];

        var (exitCode, stdout, stderr) = await ExecAsync(python, args);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(committed, stdout);
    }

    private static PrimOptions Options(JsonElement prim) => new(
        prim.GetProperty("peel_alpha").GetDouble(), prim.GetProperty("paste_alpha").GetDouble(),
        prim.GetProperty("min_mass").GetDouble(), prim.GetProperty("min_coverage").GetDouble(),
        prim.GetProperty("max_boxes").GetInt32());

    private static void Near(JsonElement parent, string key, double actual, string where)
    {
        var expected = parent.GetProperty(key).GetDouble();
        Assert.True(Math.Abs(expected - actual) <= Tolerance, $"{where}: {key} {actual:R}, the reference {expected:R}");
    }

    private static (string[] Names, List<double[]> X, List<bool> Interest) ReadPoints(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var column = Array.IndexOf(header, "interest");
        var names = header.Where((_, i) => i != column).ToArray();
        var x = new List<double[]>();
        var interest = new List<bool>();
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            x.Add([.. cells.Where((_, i) => i != column).Select(c => double.Parse(c, CultureInfo.InvariantCulture))]);
            interest.Add(cells[column] == "1");
        }
        return (names, x, interest);
    }

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    private static async Task<(int ExitCode, string Stdout, string Stderr)> ExecAsync(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
