using Simulator.Model;
using Simulator.Studies.Sweeps;

namespace Simulator.Tests.Model;

public class SweepAxisTests
{
    [Fact]
    public void Parse_List_KeepsValuesAsText()
    {
        var axis = SweepAxis.Parse("regimes.monitors.sensitivity=0.3, 0.5,0.7");

        Assert.Equal("regimes.monitors.sensitivity", axis.Path);
        Assert.Equal(["0.3", "0.5", "0.7"], axis.Values);
    }

    [Fact]
    public void Parse_Range_IncludesStopAndRoundsSteps()
    {
        Assert.Equal(["0.1", "0.2", "0.3", "0.4", "0.5"], SweepAxis.Parse("x.y=0.1:0.5:0.1").Values);
        Assert.Equal(["2", "5", "8"], SweepAxis.Parse("x.y=2:9:3").Values);
        Assert.Equal(["4"], SweepAxis.Parse("x.y=4:4:1").Values);
    }

    [Theory]
    [InlineData("novalue")]
    [InlineData("x.y=")]
    [InlineData("x.y=1,,2")]
    [InlineData("x.y=5:1:1")]
    [InlineData("x.y=1:5:0")]
    [InlineData("x.y=1:5:a")]
    [InlineData("x.y=0:1:0.0001")]
    public void Parse_Malformed_ThrowsWithAMessage(string text)
    {
        var e = Assert.Throws<FormatException>(() => SweepAxis.Parse(text));
        Assert.Contains(text.Split('=')[0], e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factorial_LastAxisVariesFastest()
    {
        var points = FactorialDesign.Points([new SweepAxis("a", ["1", "2"]), new SweepAxis("b", ["x", "y", "z"])]);

        Assert.Equal(6, points.Count);
        Assert.Equal(["a=1", "b=x"], points[0].Overrides);
        Assert.Equal(["a=1", "b=y"], points[1].Overrides);
        Assert.Equal(["a=2", "b=z"], points[5].Overrides);
        Assert.Equal(Enumerable.Range(1, 6), points.Select(p => p.Number));
    }

    [Fact]
    public void Factorial_RejectsRepeatedPathsAndHugeDesigns()
    {
        Assert.Throws<ArgumentException>(() => FactorialDesign.Points([new SweepAxis("a", ["1"]), new SweepAxis("a", ["2"])]));
        var big = Enumerable.Range(0, 101).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Throws<ArgumentException>(() => FactorialDesign.Points([new SweepAxis("a", big), new SweepAxis("b", big)]));
    }
}
