using Simulator.Diagnostics;

namespace Simulator.Tests.Diagnostics;

public class NameSuggesterTests
{
    [Theory]
    [InlineData("sensitivty", "sensitivity")]
    [InlineData("senstiivity", "sensitivity")]
    [InlineData("Specificity", "specificity")]
    [InlineData("acess", "access")]
    public void Nearest_Typo_SuggestsIntendedName(string typo, string expected)
    {
        Assert.Equal(expected, NameSuggester.Nearest(typo, ["access", "sensitivity", "specificity", "capacity"]));
    }

    [Fact]
    public void Nearest_NothingClose_ReturnsNull()
    {
        Assert.Null(NameSuggester.Nearest("banana", ["access", "sensitivity"]));
    }

    [Fact]
    public void Distance_AdjacentSwap_CountsAsOneEdit()
    {
        Assert.Equal(1, NameSuggester.Distance("ab", "ba"));
    }

    [Fact]
    public void Hint_NoCloseName_ListsCandidates()
    {
        Assert.Equal("; expected one of: a_long_name, another_one", NameSuggester.Hint("zzz", ["a_long_name", "another_one"]));
    }

    [Fact]
    public void Nearest_HugeName_IsSkippedCheaply()
    {
        Assert.Null(NameSuggester.Nearest(new string('x', 1_000_000), ["sensitivity"]));
    }
}
