using MathNet.Numerics;

namespace Simulator.Engine;

/// <summary>
/// The layers of a ziggurat (Marsaglia and Tsang, 2000) under a decreasing density f on [0, ∞):
/// 256 horizontal strips of equal area, the bottom one holding the tail beyond R. Built once per
/// process from R alone (the area follows from R), then only read.
/// </summary>
internal sealed class ZigguratTable
{
    /// <summary>Number of strips; a draw picks one with 8 bits of a 64-bit word.</summary>
    public const int Layers = 256;

    /// <summary>
    /// X[i] is the right edge of strip i (X[0] is the bottom strip's virtual width, area / f(R), so
    /// that its rectangle-plus-tail has the common area; X[1] = R; X[256] = 0). 257 entries.
    /// </summary>
    public readonly double[] X = new double[Layers + 1];

    /// <summary>F[i] = f(X[i]): strip i spans heights F[i] to F[i+1]. 257 entries.</summary>
    public readonly double[] F = new double[Layers + 1];

    /// <summary>Where the tail starts (X[1]).</summary>
    public double R => X[1];

    /// <summary>Common area of the strips.</summary>
    public double Area { get; }

    /// <summary>f(x) = exp(−x²/2) on [0, ∞), R for 256 strips (Marsaglia and Tsang 2000).</summary>
    public static readonly ZigguratTable Normal = new(
        3.6541528853610088,
        x => Math.Exp(-0.5 * x * x),
        y => Math.Sqrt(-2 * Math.Log(y)),
        r => Math.Sqrt(Math.PI / 2) * SpecialFunctions.Erfc(r / Math.Sqrt(2)));

    /// <summary>f(x) = exp(−x) on [0, ∞), R for 256 strips (Marsaglia and Tsang 2000).</summary>
    public static readonly ZigguratTable Exponential = new(
        7.69711747013104972,
        x => Math.Exp(-x),
        y => -Math.Log(y),
        r => Math.Exp(-r));

    private ZigguratTable(double r, Func<double, double> f, Func<double, double> inverse, Func<double, double> tailArea)
    {
        Area = r * f(r) + tailArea(r);
        X[0] = Area / f(r);
        X[1] = r;
        // Each strip's top edge is where the next strip's rectangle of the same area ends.
        for (var i = 2; i < Layers; i++) X[i] = inverse(f(X[i - 1]) + Area / X[i - 1]);
        X[Layers] = 0;
        for (var i = 0; i <= Layers; i++) F[i] = f(X[i]);
    }

    /// <summary>Area of the top strip as built (X[255] · (f(0) − F[255])); equals <see cref="Area"/> when R is right.</summary>
    public double TopStripArea => X[Layers - 1] * (F[Layers] - F[Layers - 1]);
}
