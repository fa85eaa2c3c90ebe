using System.Globalization;
using Simulator.Loading;
using static Simulator.Tests.Loading.ScenarioTexts;

namespace Simulator.Tests.Loading;

public class ScenarioHashTests
{
    [Fact]
    public void Compute_SameScenarioWrittenDifferently_GivesSameHash()
    {
        var a = Load(Reference).Scenario!;
        var b = Load(With("sensitivity: 0.3", "sensitivity: 3e-1") + "\n# a comment\n").Scenario!;

        Assert.Equal(ScenarioHash.Compute(a), ScenarioHash.Compute(b));
    }

    [Fact]
    public void Compute_Hash_IsLowercaseSha256Hex()
    {
        var hash = ScenarioHash.Compute(Load(Reference).Scenario!);

        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Theory]
    [InlineData("regimes.monitors.sensitivity=0.30000000000000004")]
    [InlineData("run.seed=20251108")]
    [InlineData("principals.host.name=Host")]
    [InlineData("lifecycles.collapse_on_confirmation.states.breached.effects.add_escalation=1")]
    [InlineData("tension.half_life_days=10")]
    [InlineData("principals.victim.claims.unfounded_kind=strike")]
    public void Compute_AnyChangedValue_ChangesHash(string change)
    {
        var before = ScenarioHash.Compute(Load(Reference).Scenario!);

        var after = ScenarioHash.Compute(Load(Reference, change).Scenario!);

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Compute_UnderAnotherCulture_GivesSameHash()
    {
        var scenario = Load(Reference).Scenario!;
        var invariant = ScenarioHash.Compute(scenario);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            // Invariant globalization is on, so named cultures are unavailable: build one with a decimal comma.
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            CultureInfo.CurrentCulture = comma;
            Assert.Equal(invariant, ScenarioHash.Compute(scenario));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
