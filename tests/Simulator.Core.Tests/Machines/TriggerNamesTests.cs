using Simulator.Model;

namespace Simulator.Tests.Machines;

public sealed class TriggerNamesTests
{
    public static TheoryData<Trigger> AllTriggers() => new(Enum.GetValues<Trigger>());

    [Theory]
    [MemberData(nameof(AllTriggers))]
    public void TryParse_NameOfEveryTrigger_RoundTrips(Trigger trigger)
    {
        var parsed = TriggerNames.TryParse(TriggerNames.Name(trigger), out var back);

        Assert.True(parsed);
        Assert.Equal(trigger, back);
    }

    [Theory]
    [MemberData(nameof(AllTriggers))]
    public void Name_EveryTrigger_IsSnakeCaseOfTheEnumName(Trigger trigger)
    {
        var expected = string.Concat(trigger.ToString().Select((c, i) =>
            char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));

        Assert.Equal(expected, TriggerNames.Name(trigger));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ClaimFiled")]
    [InlineData("CLAIM_FILED")]
    [InlineData("claim-filed")]
    [InlineData(" claim_filed")]
    [InlineData("claim_filed ")]
    [InlineData("verdict")]
    [InlineData("strain")]
    public void TryParse_UnknownName_ReturnsFalse(string name)
    {
        Assert.False(TriggerNames.TryParse(name, out _));
    }

    [Fact]
    public void Count_Always_EqualsTheNumberOfTriggers()
    {
        Assert.Equal(TriggerNames.Count, Enum.GetValues<Trigger>().Length);
        Assert.Equal(TriggerNames.Count, TriggerNames.All.Count);
        Assert.Equal(TriggerNames.Count, TriggerNames.All.Distinct().Count());
    }

    [Fact]
    public void All_Always_ListsNamesInEnumOrder()
    {
        Assert.Equal(Enum.GetValues<Trigger>().Select(TriggerNames.Name), TriggerNames.All);
    }
}
