using Simulator.Studies.Discovery;

namespace Simulator.Tests.Studies.Discovery;

/// <summary>PRIM on worked examples whose boxes, coverage and density follow by hand from the peeling rule.</summary>
public class PrimTests
{
    private static readonly string[] Names = ["a", "b"];

    // A 10×10 grid: a and b take 0..9, every pair once.
    private static List<double[]> Grid() =>
        [.. Enumerable.Range(0, 100).Select(i => new double[] { i / 10, i % 10 })];

    [Fact]
    public void Grid_InterestWhereAIsAtLeast7_FindsThatBoxAndLeavesBUnrestricted()
    {
        // 30 of 100 cases are of interest (a = 7, 8, 9). Each peel of 5 % lands on a value shared by
        // 10 cases, so it removes a whole column: peeling a from below gives 30/90, 30/80, … 30/30,
        // always denser than any peel of b (27/90 = 0.3), and coverage stays 1.
        var x = Grid();
        var interest = x.Select(r => r[0] >= 7).ToList();

        var result = Prim.Run(Names, x, interest);

        var box = Assert.Single(result.Boxes);
        var limit = Assert.Single(box.Restrictions);
        Assert.Equal("a", limit.Name);
        Assert.Equal(7, limit.Lower);
        Assert.Equal(9, limit.Upper);
        Assert.Equal(1, box.Coverage);
        Assert.Equal(1, box.Density);
        Assert.Equal(0.3, box.Mass);
        Assert.Equal(30, box.Cases);
        // With a's limit lifted the box holds all 100 cases, 30 of interest: P(X ≥ 30 | n = 30, p = 0.3) = 0.3³⁰.
        Assert.Equal(Math.Pow(0.3, 30), limit.QuasiP, Math.Pow(0.3, 30) * 1e-9);
        var first = result.Trajectory.Where(s => s.Box == 1).Take(8).ToList();
        for (var k = 0; k < 8; k++)
        {
            Assert.Equal(1, first[k].Coverage);
            Assert.Equal(30.0 / (100 - 10 * k), first[k].Density, 12);
            Assert.Equal((100 - 10 * k) / 100.0, first[k].Mass, 12);
            Assert.Equal(k == 0 ? 0 : 1, first[k].Restricted);
        }
        Assert.True(first[7].Chosen);
        Assert.Single(result.Trajectory, s => s.Chosen);
    }

    [Fact]
    public void Grid_TwoSeparateRegions_AreFoundAsTwoBoxesInTurn()
    {
        // Of interest: a ≥ 8 (20 cases) or b ≤ 1 with a ≤ 7 (16 more). The first box is a ≥ 8 (its
        // density 1 at coverage 20/36 ≥ 0.5); the second, over the 80 cases left, is b ≤ 1.
        var x = Grid();
        var interest = x.Select(r => r[0] >= 8 || r[1] <= 1).ToList();

        var result = Prim.Run(Names, x, interest);

        Assert.Equal(36, result.CasesOfInterest);
        Assert.Equal(2, result.Boxes.Count);
        var first = Assert.Single(result.Boxes[0].Restrictions);
        Assert.Equal(("a", 8.0, 9.0), (first.Name, first.Lower, first.Upper));
        Assert.Equal(20.0 / 36, result.Boxes[0].Coverage, 12);
        var second = Assert.Single(result.Boxes[1].Restrictions);
        Assert.Equal(("b", 0.0, 1.0), (second.Name, second.Lower, second.Upper));
        Assert.Equal(16.0 / 36, result.Boxes[1].Coverage, 12);
        Assert.Equal(1, result.Boxes[1].Density);
        Assert.Equal(0.16, result.Boxes[1].Mass, 12);
    }

    [Fact]
    public void EveryCaseOfInterest_FindsNoBox()
    {
        // No peel can raise a density of 1: the whole space is the answer, and no box is reported.
        var x = Grid();

        var result = Prim.Run(Names, x, [.. x.Select(_ => true)]);

        Assert.Empty(result.Boxes);
        Assert.True(result.Trajectory[0].Chosen);
    }

    [Fact]
    public void Pasting_WidensOneCaseAtATimeWhileTheDensityRises()
    {
        // Cases 0..19, of interest 0..4, 8 and 9. From the box [3, 9] (4 of 7) each paste of 5 % adds
        // one case: below gives 5/8, then 6/9, then 7/10; above would give 4/8 and later 7/11, lower.
        var x = Enumerable.Range(0, 20).Select(i => new double[] { i }).ToList();
        bool[] interest = [.. x.Select(r => r[0] <= 4 || r[0] is 8 or 9)];
        var data = new PrimData(x, interest, 1);

        var pasted = Prim.Paste(data, [.. Enumerable.Range(0, 20)], new PrimBounds([3], [9]), PrimOptions.Default);

        Assert.Equal((0.0, 9.0), (pasted.Lower[0], pasted.Upper[0]));
    }

    [Fact]
    public void BinomialTail_AgreesWithTheDirectSum()
    {
        // P(X ≥ 3 | n = 4, p = 0.5) = (4 + 1) / 16.
        Assert.Equal(5.0 / 16, BinomialTail.AtLeast(3, 4, 0.5), 14);
        Assert.Equal(1, BinomialTail.AtLeast(0, 4, 0.2));
        Assert.Equal(0, BinomialTail.AtLeast(5, 4, 0.2));
    }
}
