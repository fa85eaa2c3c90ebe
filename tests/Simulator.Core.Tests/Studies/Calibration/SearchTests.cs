using Simulator.Studies.Calibration;

namespace Simulator.Tests.Studies.Calibration;

public sealed class SearchTests
{
    private static readonly FitParameter[] Box = [new("a", 0, 10), new("b", -5, 5)];

    // A deviance with minimum 0 at (3, 1) and curvature 1/σ² with σ = (0.5, 2).
    private static double Quadratic(double[] x) => Math.Pow((x[0] - 3) / 0.5, 2) + Math.Pow((x[1] - 1) / 2, 2);

    [Fact]
    public void Minimize_Quadratic_FindsTheMinimum()
    {
        var fit = BoxMinimizer.Minimize(Quadratic, Box, [5, 0], budget: 400);

        Assert.True(fit.Converged);
        Assert.Equal(3, fit.Point[0], 2);
        Assert.Equal(1, fit.Point[1], 1);
        Assert.InRange(fit.Evaluations, 1, 400);
    }

    [Fact]
    public void Minimize_OptimumOutsideTheBox_StopsNearTheBound()
    {
        var fit = BoxMinimizer.Minimize(x => Math.Pow(x[0] - 20, 2), [new FitParameter("a", 0, 10)], [5], budget: 200);

        Assert.InRange(fit.Point[0], 9.99, 10);
    }

    [Fact]
    public void Minimize_Budget_IsRespectedAndTheBestSoFarReturned()
    {
        var calls = 0;
        var fit = BoxMinimizer.Minimize(x => { calls++; return Quadratic(x); }, Box, [5, 0], budget: 10);

        Assert.False(fit.Converged);
        Assert.Equal(10, calls);
        Assert.True(fit.Value <= Quadratic([5, 0]));
    }

    [Fact]
    public void Interval_OneParameter_IsWhereTheDevianceRisesByTheThreshold()
    {
        var box = new[] { new FitParameter("a", 0, 10) };
        double F(double[] x) => Math.Pow((x[0] - 3) / 0.5, 2);
        var fit = BoxMinimizer.Minimize(F, box, [5], 200);

        var interval = ProfileIntervals.Interval(F, box, fit, 0, threshold: 3.84, innerBudget: 0);

        Assert.Equal(3 - 0.5 * Math.Sqrt(3.84), interval.Lower, 3);
        Assert.Equal(3 + 0.5 * Math.Sqrt(3.84), interval.Upper, 3);
        Assert.False(interval.LowerAtBound || interval.UpperAtBound);
    }

    [Fact]
    public void Interval_TwoParameters_ProfilesOutTheOther()
    {
        // Correlated quadratic: the profile of a has curvature 1/(σ_a²(1 − ρ²)) … here written directly.
        double F(double[] x) => Math.Pow(x[0] - 3, 2) + Math.Pow(x[1] - 1 - (x[0] - 3), 2);
        var fit = BoxMinimizer.Minimize(F, Box, [5, 0], 400);

        var interval = ProfileIntervals.Interval(F, Box, fit, 0, threshold: 1, innerBudget: 60);

        // min over b leaves (a − 3)²: the interval is 3 ± 1.
        Assert.Equal(2, interval.Lower, 1);
        Assert.Equal(4, interval.Upper, 1);
    }

    [Fact]
    public void Interval_FlatSide_EndsAtTheBoundAndSaysSo()
    {
        var box = new[] { new FitParameter("a", 0, 10) };
        double F(double[] x) => x[0] < 2 ? 0 : Math.Pow(x[0] - 2, 2);
        var fit = new BoxMinimum([1.0], 0, 1, true);

        var interval = ProfileIntervals.Interval(F, box, fit, 0, threshold: 1, innerBudget: 0);

        Assert.Equal(0, interval.Lower);
        Assert.True(interval.LowerAtBound);
        Assert.Equal(3, interval.Upper, 3);
    }

    [Fact]
    public void BoxPoint_RoundsToSixDigitsWithinTheBounds()
    {
        var p = new FitParameter("a", 0.01, 0.2);

        Assert.Equal(0.0123457, BoxPoint.Round(0.01234567, p));
        Assert.Equal(0.2, BoxPoint.Round(0.25, p));
        var back = BoxPoint.FromUnbounded(BoxPoint.ToUnbounded([0.05], [p]), [p]);
        Assert.Equal(0.05, back[0], 6);
    }

    [Theory]
    [InlineData("a.b=0.1:2", "a.b", 0.1, 2)]
    [InlineData(" a.b = -1 : 1e3 ", "a.b", -1, 1000)]
    public void Parse_ReadsPathAndRange(string text, string path, double lo, double hi)
    {
        var p = FitParameter.Parse(text);

        Assert.Equal((path, lo, hi), (p.Path, p.Lower, p.Upper));
        Assert.Equal((lo + hi) / 2, p.Start);
    }

    [Theory]
    [InlineData("a.b", "is not key.path=lo:hi")]
    [InlineData("a.b=1", "is not key.path=lo:hi")]
    [InlineData("a.b=x:2", "'x' is not a finite number")]
    [InlineData("a.b=2:1", "the lower bound 2 must be below the upper bound 1")]
    [InlineData("a.b=1:1", "must be below")]
    public void Parse_Malformed_SaysWhatToWrite(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => FitParameter.Parse(text));

        Assert.Contains(message, error.Message);
    }
}
