using Simulator.Loading;
using Simulator.Loading.EditorSchema;

namespace Simulator.Tests.Loading.EditorSchema;

public class MapperProbeTests
{
    private static readonly Lazy<MapperProbe> Probe = new(MapperProbe.Explore);

    [Fact]
    public void Explore_IntegerKey_LearnsItsExactBoundsAndThatItIsRequired()
    {
        var trials = Probe.Value.ValuesAt("run.trials").First();

        Assert.Equal(ValueKind.Integer, trials.Kind);
        Assert.Equal(1, (int)trials.Min!.Value);
        Assert.Equal(100_000_000, (int)trials.Max!.Value);
        Assert.Contains("run.trials", Probe.Value.Runs[0].Log.Required);
    }

    [Fact]
    public void Explore_OptionalNumber_LearnsTheMappersFallback()
    {
        var fallback = Probe.Value.Runs.Select(r => r.Log.Defaults.GetValueOrDefault("principals[*].responses.patience_days")).First(d => d is not null);

        Assert.Equal(30.0, fallback);
    }

    [Fact]
    public void Explore_KeysReadOnlyUnderSomeChoices_AreFoundByTryingEachChoice()
    {
        var access = Probe.Value.Runs.Where(r => r.Log.Required.Contains("regimes[*].access")).Select(r => r.Assigned["regimes[*].kind"]).ToList();
        var lognormal = Probe.Value.ValuesAt("regimes[*].verdict_delay.p90_days").ToList();

        Assert.DoesNotContain("none", access);
        Assert.Contains("joint", access);
        Assert.NotEmpty(lognormal);
    }

    [Fact]
    public void Explore_AlternativeKeys_AreEachReadWithTheOthersLeftOut()
    {
        Assert.NotEmpty(Probe.Value.ValuesAt("sweep.vary[*].step"));
        Assert.Contains(Probe.Value.Runs, r => r.Log.MaxItems.ContainsKey("sweep.vary[*].values"));
    }

    [Fact]
    public void Explore_ListBounds_AreTheMappersLimits()
    {
        Assert.Contains(Probe.Value.Runs, r => r.Log.MaxItems.GetValueOrDefault("regimes") == LoadLimits.MaxRegimes);
    }

    [Fact]
    public void FormatDoc_RowsUnderASection_AreKeyedByFullPath()
    {
        const string doc = """
            ## Keys
            ### `principals[*]`
            | key | type | range | default | meaning |
            |---|---|---|---|---|
            | `claims.misattribution` | probability | [0, 1] | **0** | blames a `domestic` incident |
            ### `lifecycles.<name>`
            | key | type | range | default | meaning |
            |---|---|---|---|---|
            | `transitions[*].from`, `.to` | state id | \| pipes | required | |
            ## Example
            | `run` | not a key table |
            """;

        var rows = FormatDoc.Parse(doc);

        Assert.Equal(["lifecycles.*.transitions[*].from", "lifecycles.*.transitions[*].to", "principals[*].claims.misattribution"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new KeyDoc("principals[*].claims.misattribution", "probability", "[0, 1]", "0", "blames a domestic incident"), rows["principals[*].claims.misattribution"]);
        Assert.Equal("| pipes", rows["lifecycles.*.transitions[*].to"].Range);
    }
}
