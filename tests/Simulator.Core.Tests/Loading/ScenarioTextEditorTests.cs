using Simulator.Loading;
using Simulator.Tests.Support;

namespace Simulator.Tests.Loading;

public sealed class ScenarioTextEditorTests
{
    private static string Apply(string yaml, params (string Path, string Value)[] settings)
    {
        var text = ScenarioTextEditor.Apply(yaml, settings.Select(s => new KeyValuePair<string, string>(s.Path, s.Value)), out var unplaced);
        Assert.Empty(unplaced);
        return text;
    }

    [Fact]
    public void Apply_Scalar_IsReplacedInPlaceKeepingComments()
    {
        var text = Apply("# head\na:\n  b: 1 # note\n  c: 2\n", ("a.b", "0.5"));

        Assert.Equal("# head\na:\n  b: 0.5 # note\n  c: 2\n", text);
    }

    [Fact]
    public void Apply_FlowDistribution_IsReplacedByTheValue()
    {
        var text = Apply("a:\n  rate: { uncertain: uniform, min: 0.01, max: 0.2 }\n  c: 2\n", ("a.rate", "0.05"));

        Assert.Equal("a:\n  rate: 0.05\n  c: 2\n", text);
    }

    [Fact]
    public void Apply_BlockDistribution_IsReplacedByTheValue()
    {
        var text = Apply("a:\n  rate:\n    uncertain: uniform\n    min: 0.01\n    max: 0.2\n  c: 2\n", ("a.rate", "0.05"));

        Assert.Equal("a:\n  rate: 0.05\n  c: 2\n", text);
    }

    [Fact]
    public void Apply_ListItemsByIdAndByIndex_AreFound()
    {
        var yaml = "groups:\n  - id: x\n    rate: 1\n  - id: y\n    rate: 2\n";

        Assert.Equal("groups:\n  - id: x\n    rate: 1\n  - id: y\n    rate: 9\n", Apply(yaml, ("groups.y.rate", "9")));
        Assert.Equal("groups:\n  - id: x\n    rate: 8\n  - id: y\n    rate: 2\n", Apply(yaml, ("groups[0].rate", "8")));
    }

    [Fact]
    public void Apply_KeyAtItsDefault_IsAddedToItsMapping()
    {
        var text = Apply("a:\n  b: 1\nz: 3\n", ("a.c.d", "4"));

        Assert.Equal("a:\n  b: 1\n  c: {d: 4}\nz: 3\n", text);
    }

    [Fact]
    public void Apply_KeyAtItsDefaultInAFlowMapping_IsAddedInside()
    {
        Assert.Equal("a: { b: 1, c: 2 }\n", Apply("a: { b: 1 }\n", ("a.c", "2")));
    }

    [Fact]
    public void Apply_SamePathTwice_LaterWins()
    {
        Assert.Equal("a: 3\n", Apply("a: 1\n", ("a", "2"), ("a", "3")));
    }

    [Fact]
    public void Apply_ListItemTheFileLacks_IsReportedUnplaced()
    {
        var text = ScenarioTextEditor.Apply("groups:\n  - id: x\n    rate: 1\n", [new("groups.nope.rate", "2")], out var unplaced);

        Assert.Equal(["groups.nope.rate"], unplaced);
        Assert.Equal("groups:\n  - id: x\n    rate: 1\n", text);
    }

    [Fact]
    public void ScalarAt_ReadsTheFilesValue()
    {
        Assert.Equal("0.05", ScenarioTextEditor.ScalarAt("g:\n  - id: x\n    rate: 0.05\n", "g.x.rate"));
        Assert.Null(ScenarioTextEditor.ScalarAt("g:\n  - id: x\n    rate: 0.05\n", "g.x.other"));
    }

    [Theory]
    [InlineData("reference/constant-hazard.yaml", "armed_groups.group.attack_rate", "0.0123")]
    [InlineData("reference/constant-hazard.yaml", "tension.half_life_days", "30")]
    [InlineData("pakistan-afghanistan-2025.yaml", "regimes.mediator_commission.sensitivity", "0.41")]
    public void Apply_ShippedScenario_LoadsAsTheSourceWithTheOverride(string file, string path, string value)
    {
        var source = File.ReadAllText(Path.Combine(RepoPaths.Scenarios, file));

        var edited = Apply(source, (path, value));

        var expected = ScenarioLoader.LoadText(source, file, [$"{path}={value}"]);
        var reloaded = ScenarioLoader.LoadText(edited, file);
        Assert.True(expected.Succeeded && reloaded.Succeeded, string.Join("\n", expected.Errors.Concat(reloaded.Errors)));
        Assert.Equal(ScenarioHash.Compute(expected.Scenario!), ScenarioHash.Compute(reloaded.Scenario!));
    }
}
