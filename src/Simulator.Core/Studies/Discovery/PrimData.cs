namespace Simulator.Studies.Discovery;

/// <summary>The cases PRIM searches, their ranges, and the measures of a box over them.</summary>
internal sealed class PrimData
{
    public PrimData(IReadOnlyList<double[]> x, IReadOnlyList<bool> interest, int dimensions)
    {
        X = x;
        Interest = interest;
        Dimensions = dimensions;
        Min = [.. Enumerable.Range(0, dimensions).Select(d => x.Count == 0 ? 0 : x.Min(r => r[d]))];
        Max = [.. Enumerable.Range(0, dimensions).Select(d => x.Count == 0 ? 0 : x.Max(r => r[d]))];
        TotalInterest = interest.Count(b => b);
    }

    public IReadOnlyList<double[]> X { get; }
    public IReadOnlyList<bool> Interest { get; }
    public int Dimensions { get; }
    public int Cases => X.Count;
    public int TotalInterest { get; }
    public double[] Min { get; }
    public double[] Max { get; }

    /// <summary>The unrestricted box: every parameter's range over all the data.</summary>
    public PrimBounds Full() => new((double[])Min.Clone(), (double[])Max.Clone());

    public double Density(List<int> inside) => inside.Count == 0 ? 0 : (double)inside.Count(i => Interest[i]) / inside.Count;

    /// <summary>The cases among <paramref name="searched"/> inside a box.</summary>
    public List<int> Inside(List<int> searched, PrimBounds box) => searched.Where(i => box.Contains(X[i])).ToList();

    public int Restricted(PrimBounds box) =>
        Enumerable.Range(0, Dimensions).Count(d => box.Lower[d] > Min[d] || box.Upper[d] < Max[d]);

    public PrimStep Step(int number, int step, List<int> searched, PrimBounds box, bool chosen)
    {
        var inside = Inside(searched, box);
        var covered = inside.Count(i => Interest[i]);
        return new PrimStep(number, step, Share(covered, TotalInterest), Density(inside), Share(inside.Count, Cases), Restricted(box), chosen);
    }

    public PrimBox Box(int number, List<int> remaining, PrimBounds box, IReadOnlyList<string> names)
    {
        var inside = remaining.Where(i => box.Contains(X[i])).ToList();
        var covered = inside.Count(i => Interest[i]);
        var restrictions = new List<PrimRestriction>();
        for (var d = 0; d < Dimensions; d++)
        {
            if (!(box.Lower[d] > Min[d] || box.Upper[d] < Max[d])) continue;
            // The box with this restriction lifted: its share of cases of interest is the test's null probability.
            var lifted = remaining.Where(i => box.ContainsExcept(X[i], d)).ToList();
            var p = Density(lifted);
            restrictions.Add(new PrimRestriction(names[d], box.Lower[d], box.Upper[d], BinomialTail.AtLeast(covered, inside.Count, p)));
        }
        return new PrimBox(number, Share(covered, TotalInterest), Density(inside), Share(inside.Count, Cases), inside.Count, covered, restrictions);
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
