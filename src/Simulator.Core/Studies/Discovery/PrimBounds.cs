namespace Simulator.Studies.Discovery;

/// <summary>A box's inclusive limits, one pair per parameter.</summary>
internal sealed record PrimBounds(double[] Lower, double[] Upper)
{
    public bool Contains(double[] x)
    {
        for (var d = 0; d < x.Length; d++)
        {
            if (x[d] < Lower[d] || x[d] > Upper[d]) return false;
        }
        return true;
    }

    /// <summary>Inside on every parameter but <paramref name="except"/>.</summary>
    public bool ContainsExcept(double[] x, int except)
    {
        for (var d = 0; d < x.Length; d++)
        {
            if (d != except && (x[d] < Lower[d] || x[d] > Upper[d])) return false;
        }
        return true;
    }

    public PrimBounds WithLower(int d, double value)
    {
        var lower = (double[])Lower.Clone();
        lower[d] = value;
        return this with { Lower = lower };
    }

    public PrimBounds WithUpper(int d, double value)
    {
        var upper = (double[])Upper.Clone();
        upper[d] = value;
        return this with { Upper = upper };
    }
}
