using Simulator.Diagnostics;
using Simulator.Loading;
using Simulator.Tests.Support;

namespace Simulator.Tests.Loading;

/// <summary>The reference scenario's text and small edits of it, so each test states only what it changes.</summary>
internal static class ScenarioTexts
{
    public const string Name = "test.yaml";

    /// <summary>
    /// scenarios/reference/constant-hazard.yaml without its first line (the editor's schema comment),
    /// so the line numbers these tests expect are those of the scenario's own content.
    /// </summary>
    public static string Reference { get; } = WithoutSchemaComment(File.ReadAllText(RepoPaths.Of("scenarios", "reference", "constant-hazard.yaml")));

    private static string WithoutSchemaComment(string yaml) =>
        yaml.StartsWith("# yaml-language-server:", StringComparison.Ordinal) ? yaml[(yaml.IndexOf('\n', StringComparison.Ordinal) + 1)..] : yaml;

    /// <summary>The reference text with <paramref name="oldText"/> (which must occur exactly once) replaced.</summary>
    public static string With(string oldText, string newText) => With(Reference, oldText, newText);

    public static string With(string yaml, string oldText, string newText)
    {
        var first = yaml.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(first >= 0, $"'{oldText}' not in the text");
        Assert.True(yaml.IndexOf(oldText, first + 1, StringComparison.Ordinal) < 0, $"'{oldText}' occurs twice");
        return yaml[..first] + newText + yaml[(first + oldText.Length)..];
    }

    public static ScenarioLoadResult Load(string yaml, params string[] overrides) => ScenarioLoader.LoadText(yaml, Name, overrides);

    /// <summary>Loads and returns the single error (failing with all of them listed otherwise).</summary>
    public static Problem SingleError(string yaml, params string[] overrides)
    {
        var result = Load(yaml, overrides);
        Assert.True(result.Errors.Count == 1, "expected one error, got:\n" + string.Join("\n", result.Errors));
        Assert.Null(result.Scenario);
        return result.Errors[0];
    }

    /// <summary>1-based line of the first line containing <paramref name="text"/> in <paramref name="yaml"/>.</summary>
    public static int LineOf(string yaml, string text)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(text, StringComparison.Ordinal)) return i + 1;
        }
        throw new InvalidOperationException($"'{text}' not found");
    }
}
