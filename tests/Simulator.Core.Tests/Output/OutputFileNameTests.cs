using Simulator.Output;

namespace Simulator.Tests.Output;

/// <summary>OutputFiles.NameFor: ids from a scenario never become paths; names are plain, bounded and distinct.</summary>
public sealed class OutputFileNameTests
{
    [Theory]
    [InlineData("survival")]
    [InlineData("incidence-status_quo")]
    [InlineData("sweep-regimes-a-sensitivity")]
    public void NameFor_ShortPlainId_IsTheIdItself(string id) => Assert.Equal(id + ".png", OutputFiles.NameFor(id, ".png"));

    [Fact]
    public void NameFor_300CharacterId_IsBoundedAndKeepsAHashOfTheWholeId()
    {
        var id = "incidence-" + new string('r', 300);
        var other = "incidence-" + new string('r', 299) + "s";

        var name = OutputFiles.NameFor(id, ".svg");

        Assert.True(name.Length <= OutputFiles.MaxStem + ".svg".Length, name);
        Assert.StartsWith("incidence-rrr", name);
        Assert.NotEqual(name, OutputFiles.NameFor(other, ".svg"));
        Assert.True(OutputFiles.IsPlainName(name));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("a/b")]
    [InlineData("A")]
    [InlineData(".hidden")]
    [InlineData("régime")]
    [InlineData("-starts-with-dash")]
    public void NameFor_IdThatIsNotPlain_BecomesASlugWithAHashSuffix(string id)
    {
        var name = OutputFiles.NameFor(id, ".png");

        Assert.True(OutputFiles.IsPlainName(name), name);
        Assert.DoesNotContain('/', name);
        Assert.Matches("^[a-z0-9-]+-[0-9a-f]{12}\\.png$", name);
    }
}
