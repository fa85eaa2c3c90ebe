using Simulator.Tests.Support;

namespace Simulator.Tests.Loading;

/// <summary>Keeps docs/scenario-format.md honest: its example must load without errors or warnings.</summary>
public class ScenarioFormatDocTests
{
    [Fact]
    public void LoadText_ExampleInScenarioFormatDoc_LoadsCleanly()
    {
        var doc = File.ReadAllText(RepoPaths.Of("docs", "scenario-format.md"));
        var start = doc.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var end = doc.IndexOf("```", start, StringComparison.Ordinal);

        var result = ScenarioTexts.Load(doc[start..end]);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);
        Assert.Equal(2, result.Scenario!.Regimes.Count);
    }
}
