using System.Text.Json;
using System.Text.RegularExpressions;
using Simulator.Cli.Tests.Support;

namespace Simulator.Cli.Tests;

/// <summary>`truce-sim validate FILE...` as a user calls it.</summary>
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
    public async Task Validate_InvalidFile_Exits2AndListsEveryProblemAsACompilerDoes()
    {
        var bad = _temp.Of("bad.yaml");
        var text = File.ReadAllText(RepoPaths.ConstantHazard)
            .Replace("  trials: 20000", "  trials: -5", StringComparison.Ordinal)
            .Replace("    sensitivity: 0.3", "    sensitivity: 1.3\n    colour: blue", StringComparison.Ordinal);
        File.WriteAllText(bad, text);

        var result = await SimulatorProcess.RunAsync(["validate", bad, RepoPaths.ConstantHazard], _temp.Path);

        CliAssert.ExitCode(2, result);
        CliAssert.NoStackTrace(result);
        var lines = text.Split('\n');
        var trials = LineOf(lines, "  trials: -5");
        var sensitivity = LineOf(lines, "    sensitivity: 1.3");
        var colour = LineOf(lines, "    colour: blue");
        Assert.Equal(
            [
                $"{bad}:{trials}:11: error: run.trials: must be an integer between 1 and 100000000; found -5",
                $" {trials} |   trials: -5",
                $" {Blank(trials)} |           ^~",
                $"{bad}:{sensitivity}:18: error: regimes[0].sensitivity: must be a probability between 0 and 1; found 1.3",
                $" {sensitivity} |     sensitivity: 1.3",
                $" {Blank(sensitivity)} |                  ^~~",
                $"{bad}:{colour}:5: error: regimes[0].colour: unknown key 'colour'",
                $" {colour} |     colour: blue",
                $" {Blank(colour)} |     ^~~~~~",
                $" {Blank(colour)} = help: expected one of: id, name, kind, members, access, access_by_territory, sensitivity, specificity, verdict_delay, capacity, cost_per_claim, cost_per_day, start_day, phases",
            ],
            result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(bad + ": 3 error(s)", result.Stdout);
        Assert.Contains(RepoPaths.ConstantHazard + ": valid", result.Stdout); // the other file is still checked
    }

    [Fact]
    public async Task Validate_Typo_IsOneProblemWithADidYouMeanHelpLine()
    {
        var bad = Write("typo.yaml", File.ReadAllText(RepoPaths.ConstantHazard).Replace("    kind: third_party", "    knd: third_party", StringComparison.Ordinal));

        var result = await SimulatorProcess.RunAsync(["validate", bad], _temp.Path);

        CliAssert.ExitCode(2, result);
        var errors = ErrorLines(result);
        var error = Assert.Single(errors);
        Assert.EndsWith(": error: regimes[0].knd: unknown key 'knd'", error);
        Assert.Contains("= help: did you mean 'kind'?", result.Stderr);
        Assert.Contains(bad + ": 1 error(s)", result.Stdout);
    }

    [Fact]
    public async Task Validate_TabInIndentation_IsBlamedOnItsOwnLineAndKey()
    {
        var bad = Write("tab.yaml", "name: x\nrun:\n  horizon_days: 10\n\ttrials: 5\n  seed: 1\n");

        var result = await SimulatorProcess.RunAsync(["validate", bad], _temp.Path);

        CliAssert.ExitCode(2, result);
        Assert.Equal([$"{bad}:4:1: error: run.trials: invalid YAML: this line is indented with a tab; YAML indents with spaces only"], ErrorLines(result));
        Assert.Contains("= help: replace the tab with spaces", result.Stderr);
    }

    [Theory]
    [InlineData("run:\n  horizon_days: 10\n  report_days: [30, 90\nname: x\n", 3, 16, "this '[' list is never closed")]
    [InlineData("name: x\nrun: {horizon_days: 10\n", 2, 6, "this '{' mapping is never closed")]
    [InlineData("name: \"abc\n", 1, 7, "this quoted value is never closed")]
    [InlineData("name: x\n  run: 1\n", 2, 6, "this line is indented deeper than 'name' above it")]
    [InlineData("name: @x\n", 1, 7, "'@' cannot start a plain value")]
    [InlineData("name: [a, b]]\n", 1, 13, "this ']' closes nothing")]
    public async Task Validate_YamlSyntaxError_IsExplainedInPlainWordsWhereTheMistakeIs(string yaml, int line, int column, string words)
    {
        var bad = Write("syntax.yaml", yaml);

        var result = await SimulatorProcess.RunAsync(["validate", bad], _temp.Path);

        CliAssert.ExitCode(2, result);
        CliAssert.NoStackTrace(result);
        var error = Assert.Single(ErrorLines(result));
        Assert.StartsWith($"{bad}:{line}:{column}: error: ", error);
        Assert.Contains("invalid YAML: " + words, error);
        Assert.DoesNotContain("Operation is not valid", result.Stderr);
        Assert.DoesNotContain("While ", result.Stderr);
    }

    [Fact]
    public async Task Validate_SeveralFiles_ProblemsInFileThenLineOrder()
    {
        var first = Write("a.yaml", File.ReadAllText(RepoPaths.ConstantHazard)
            .Replace("    sensitivity: 0.3", "    sensitivity: 2", StringComparison.Ordinal)
            .Replace("  trials: 20000", "  trials: 0", StringComparison.Ordinal));
        var second = Write("b.yaml", File.ReadAllText(RepoPaths.ConstantHazard).Replace("  seed: 20251107", "  seed: -1", StringComparison.Ordinal));

        var result = await SimulatorProcess.RunAsync(["validate", first, second], _temp.Path);

        var positions = ErrorLines(result).Select(e => Regex.Match(e, @"^(.+):(\d+):\d+: error:")).Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value))).ToList();
        Assert.Equal(3, positions.Count);
        Assert.Equal([first, first, second], positions.Select(p => p.Item1));
        Assert.True(positions[0].Item2 < positions[1].Item2);
    }

    [Fact]
    public async Task Validate_FormatJson_IsOneDocumentWithEveryProblem()
    {
        var bad = Write("typo.yaml", File.ReadAllText(RepoPaths.ConstantHazard).Replace("    kind: third_party", "    knd: third_party", StringComparison.Ordinal));

        var result = await SimulatorProcess.RunAsync(["validate", bad, RepoPaths.ConstantHazard, "--format", "json"], _temp.Path);

        CliAssert.ExitCode(2, result);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean());
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        var error = Assert.Single(files[0].GetProperty("errors").EnumerateArray());
        Assert.Equal("error", error.GetProperty("severity").GetString());
        Assert.Equal("regimes[0].knd", error.GetProperty("path").GetString());
        Assert.Equal("unknown key 'knd'", error.GetProperty("message").GetString());
        Assert.Equal("did you mean 'kind'?", error.GetProperty("help").GetString());
        Assert.Equal("    knd: third_party", error.GetProperty("source_line").GetString());
        Assert.True(error.GetProperty("line").GetInt32() > 0);
        Assert.True(files[1].GetProperty("valid").GetBoolean());
        Assert.Equal(1, files[1].GetProperty("regimes").GetInt32());
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task Validate_FormatSarif_IsASarif210LogWithOneResultPerProblem()
    {
        var bad = Write("typo.yaml", File.ReadAllText(RepoPaths.ConstantHazard).Replace("    kind: third_party", "    knd: third_party", StringComparison.Ordinal));

        var result = await SimulatorProcess.RunAsync(["validate", bad, "--format", "sarif"], _temp.Path);

        CliAssert.ExitCode(2, result);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        Assert.Equal("truce-sim", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var sarifResult = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("error", sarifResult.GetProperty("level").GetString());
        Assert.Equal("scenario-error", sarifResult.GetProperty("ruleId").GetString());
        Assert.Equal("regimes[0].knd: unknown key 'knd'; did you mean 'kind'?", sarifResult.GetProperty("message").GetProperty("text").GetString());
        var location = sarifResult.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("typo.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(LineOf(File.ReadAllText(_temp.Of(bad)).Split('\n'), "    knd: third_party"), location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(5, location.GetProperty("region").GetProperty("startColumn").GetInt32());
    }

    private string Write(string name, string text)
    {
        var path = _temp.Of(name);
        File.WriteAllText(path, text);
        return Path.GetFileName(path);
    }

    // The first line of each problem (the others quote the source or give help).
    private static List<string> ErrorLines(ProcessResult result) =>
        result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToList();

    private static string Blank(int line) => new(' ', line.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);

    private static int LineOf(string[] lines, string line) => Array.IndexOf(lines, line) + 1;
}
