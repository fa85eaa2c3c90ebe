using static Simulator.Tests.Loading.ScenarioTexts;

namespace Simulator.Tests.Loading;

/// <summary>References between sections, duplicate ids and cross-section checks.</summary>
public class ScenarioLoaderReferenceTests
{
    [Fact]
    public void LoadText_GroupBasedInUnknownPrincipal_SuggestsNearest()
    {
        var error = SingleError(With("based_in: host", "based_in: hots"));

        Assert.Equal("test.yaml:59:15: armed_groups[0].based_in: unknown principal 'hots'; did you mean 'host'?", error.ToString());
    }

    [Fact]
    public void LoadText_GroupTargetsUnknownPrincipal_IsError()
    {
        var error = SingleError(With("targets: victim", "targets: victm"));

        Assert.Equal("unknown principal 'victm'; did you mean 'victim'?", error.FullMessage);
    }

    [Fact]
    public void LoadText_GroupTargetsItsOwnHost_IsError()
    {
        var error = SingleError(With("targets: victim", "targets: host"));

        Assert.Equal("test.yaml:60:14: armed_groups[0].targets: an armed group must target the other principal, not the one it is based in ('host')", error.ToString());
    }

    [Fact]
    public void LoadText_RegimeMemberNotAMediator_SuggestsNearest()
    {
        var error = SingleError(With("mediators: []", "mediators: [{ id: qatar }]").Replace("kind: third_party", "kind: mediators\n    members: [qatr]"));

        Assert.Equal("regimes[0].members[0]: unknown mediator 'qatr'; did you mean 'qatar'?", $"{error.Path}: {error.FullMessage}");
    }

    [Fact]
    public void LoadText_CommitmentOwnerUnknown_IsError()
    {
        var error = SingleError(With("owner: host", "owner: hostt"));

        Assert.Equal("commitments[0].owner: unknown principal 'hostt'; did you mean 'host'?", $"{error.Path}: {error.FullMessage}");
    }

    [Fact]
    public void LoadText_CommitmentLifecycleUnknown_SuggestsDeclaredName()
    {
        var error = SingleError(With("lifecycle: collapse_on_confirmation", "lifecycle: collapse_on_confirm"));

        Assert.Equal("test.yaml:81:16: commitments[0].lifecycle: unknown lifecycle 'collapse_on_confirm'; did you mean 'collapse_on_confirmation'?", error.ToString());
    }

    [Fact]
    public void LoadText_BaselineRegimeUnknown_SuggestsNearest()
    {
        var error = SingleError(With("baseline_regime: monitors", "baseline_regime: monitor"));

        Assert.Equal("test.yaml:14:20: run.baseline_regime: unknown regime 'monitor'; did you mean 'monitors'?", error.ToString());
    }

    [Fact]
    public void LoadText_DuplicateIds_NamesFirstUse()
    {
        var error = SingleError(With("mediators: []", "mediators: [{ id: qatar }, { id: qatar }]"));

        Assert.Equal("test.yaml:64:34: mediators[1].id: duplicate id 'qatar'; mediators[0].id already uses it", error.ToString());
    }

    [Fact]
    public void LoadText_DuplicateKey_IsErrorAtSecondKey()
    {
        var error = SingleError(With("  trials: 20000\n", "  trials: 20000\n  trials: 100\n"));

        Assert.Equal("test.yaml:12:3: run.trials: duplicate key 'trials' (first defined at line 11); each key may appear once", error.ToString());
    }

    [Fact]
    public void LoadText_CounterRetaliationCertainWithLevelCap_Loads()
    {
        var yaml = Reference.Replace("counter_retaliate: 0", "counter_retaliate: 1").Replace("escalating_at_level: 1", "escalating_at_level: 1\n  collapse_at_level: 5");

        Assert.True(Load(yaml).Succeeded);
    }

    [Fact]
    public void LoadText_SyntaxError_BecomesPositionedError()
    {
        var error = SingleError(With("report_days: [30, 90, 180, 365]", "report_days: [30, 90, 180, 365"));

        Assert.Equal("test.yaml", error.File);
        Assert.True(error.Line > 0);
        Assert.StartsWith("invalid YAML: ", error.Message);
    }

    [Fact]
    public void LoadText_UndefinedAlias_IsError()
    {
        var error = SingleError(With("trials: 20000", "trials: *many"));

        Assert.Equal("test.yaml:11:11: run.trials: alias '*many' refers to no anchor defined before it", error.ToString());
    }

    [Fact]
    public void LoadText_AliasToDefinedAnchor_IsUsedAsItsValue()
    {
        var result = Load(With("trials: 20000", "trials: &n 20000").Replace("seed: 20251107", "seed: *n"));

        Assert.Equal(20000UL, result.Scenario!.Seed);
    }

    [Fact]
    public void LoadText_TwoDocuments_IsError()
    {
        var error = SingleError(Reference + "---\nname: other\n");

        Assert.Equal("the file holds more than one YAML document; a scenario is one document", error.Message);
    }

    [Fact]
    public void LoadText_EmptyText_IsError()
    {
        var error = SingleError("");

        Assert.Equal("test.yaml:1:1: the file is empty; a scenario is a mapping of keys such as name, run, principals and regimes", error.ToString());
    }
}
