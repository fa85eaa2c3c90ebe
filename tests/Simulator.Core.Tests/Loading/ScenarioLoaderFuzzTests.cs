using System.Text;
using System.Text.RegularExpressions;
using Simulator.Loading;
using Simulator.Tests.Support;

namespace Simulator.Tests.Loading;

/// <summary>
/// Deterministic fuzzing of every scenario file in the repository (new files are picked up
/// automatically): whatever the mutation, the loader returns a result, never throws, and a
/// failed load carries at least one positioned error.
/// </summary>
public partial class ScenarioLoaderFuzzTests
{
    private const int Seed = 20251107;
    private const int TotalCases = 4000;
    private const int MinCasesPerFile = 300;

    private static readonly string[] NumberReplacements =
        [".nan", ".inf", "-.inf", "-1", "0", "1e308", "1e400", "99999999999999999999999999", "-0", "0x1F"];

    private static readonly string[] TypeReplacements = ["{ a: 1 }", "[1, 2]", "'text'", "~", "true", "&x 1", "*x", "!!str 5", "\"q\""];

    [Fact]
    public void LoadText_MutatedScenarioFiles_NeverThrowAndAlwaysPositionErrors()
    {
        var files = Directory.GetFiles(RepoPaths.Scenarios, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        var perFile = Math.Max(MinCasesPerFile, TotalCases / files.Length);
        var random = new Random(Seed);
        var failures = new List<string>();

        foreach (var file in files)
        {
            var original = File.ReadAllText(file);
            for (var i = 0; i < perFile; i++)
            {
                var mutation = random.Next(8);
                var text = Mutate(original, mutation, random);
                ScenarioLoadResult result;
                try
                {
                    result = ScenarioLoader.LoadText(text, "fuzz.yaml");
                }
                catch (Exception ex)
                {
                    failures.Add($"{Path.GetFileName(file)} case {i} (mutation {mutation}) threw {ex.GetType().Name}: {ex.Message}");
                    continue;
                }
                if (result.Succeeded != (result.Errors.Count == 0) || (result.Scenario is null) == result.Succeeded)
                {
                    failures.Add($"{Path.GetFileName(file)} case {i}: inconsistent result");
                }
                foreach (var error in result.Errors.Where(e => e.Line <= 0 && !e.Message.Contains("limited to", StringComparison.Ordinal)))
                {
                    failures.Add($"{Path.GetFileName(file)} case {i} (mutation {mutation}): unpositioned error {error}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    private static string Mutate(string text, int mutation, Random random)
    {
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        switch (mutation)
        {
            case 0:
                lines.RemoveAt(line);
                break;
            case 1:
                lines.Insert(line, lines[line]);
                break;
            case 2:
                lines[line] = ReplaceValue(lines[line], TypeReplacements[random.Next(TypeReplacements.Length)]);
                break;
            case 3:
                lines[line] = NumberPattern().Replace(lines[line], NumberReplacements[random.Next(NumberReplacements.Length)], 1);
                break;
            case 4:
                return text[..random.Next(text.Length)];
            case 5:
                var noise = new StringBuilder();
                for (var n = random.Next(1, 8); n > 0; n--)
                {
                    noise.Append((char)random.Next(0, 0x3000));
                }
                var at = random.Next(text.Length);
                return text[..at] + noise + text[at..];
            case 6:
                lines[line] = random.Next(2) == 0 ? "  " + lines[line] : lines[line].TrimStart();
                break;
            default:
                lines.Insert(line, AliasBomb());
                break;
        }
        return string.Join('\n', lines);
    }

    private static string ReplaceValue(string line, string value)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? line + " " + value : line[..(colon + 2)] + value;
    }

    private static string AliasBomb()
    {
        var bomb = new StringBuilder("bomb0: &b0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i <= 8; i++)
        {
            bomb.Append($"bomb{i}: &b{i} [").Append(string.Join(", ", Enumerable.Repeat($"*b{i - 1}", 10))).Append("]\n");
        }
        return bomb.ToString();
    }

    [GeneratedRegex(@"-?\b[0-9]+(\.[0-9]+)?\b")]
    private static partial Regex NumberPattern();
}
