using System.Runtime.CompilerServices;

namespace Simulator.Engine;

/// <summary>
/// Exp(1) and N(0,1) by the ziggurat method (Marsaglia and Tsang 2000) over <see cref="ZigguratTable"/>:
/// about 99% of draws cost one 64-bit word, a multiplication and a comparison (no log, no sin/cos).
/// The strip index comes from the word's low 8 bits and the position from its top 53 bits, so the
/// two are independent (the flaw Doornik 2005 found in the original used the same bits for both).
/// Exact: draws outside a strip's inner rectangle are accepted under the true density or redrawn,
/// and the tails are sampled exactly. Allocation-free.
/// </summary>
internal static class ZigguratSampler
{
    private const double Unit = 1.0 / (1UL << 53);

    /// <summary>Exp(1).</summary>
    public static double Exponential(ref Xoshiro256StarStar generator)
    {
        var table = ZigguratTable.Exponential;
        double offset = 0; // the exponential is memoryless: past R, draw again and add R
        while (true)
        {
            var bits = generator.NextUInt64();
            var i = (int)(bits & 0xFF);
            var x = (((bits >> 11) + 0.5) * Unit) * table.X[i];
            if (x < table.X[i + 1]) return offset + x;
            if (i == 0)
            {
                offset += table.R;
                continue;
            }
            if (InWedge(ref generator, table, i, Math.Exp(-x))) return offset + x;
        }
    }

    /// <summary>N(0,1).</summary>
    public static double Normal(ref Xoshiro256StarStar generator)
    {
        var table = ZigguratTable.Normal;
        while (true)
        {
            var bits = generator.NextUInt64();
            var i = (int)(bits & 0xFF);
            var u = ((bits >> 11) + 0.5) * (2 * Unit) - 1; // (−1, 1): the sign is part of the draw
            var x = u * table.X[i];
            if (Math.Abs(x) < table.X[i + 1]) return x;
            if (i == 0) return u < 0 ? -NormalTail(ref generator, table.R) : NormalTail(ref generator, table.R);
            if (InWedge(ref generator, table, i, Math.Exp(-0.5 * x * x))) return x;
        }
    }

    // A point of strip i outside its inner rectangle: uniform height in the strip, under the density?
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool InWedge(ref Xoshiro256StarStar generator, ZigguratTable table, int i, double density) =>
        table.F[i] + (table.F[i + 1] - table.F[i]) * generator.NextDouble() < density;

    // The normal beyond r (Marsaglia 1964): r + x with x ~ Exp(r), kept with probability exp(−x²/2).
    private static double NormalTail(ref Xoshiro256StarStar generator, double r)
    {
        while (true)
        {
            var x = -Math.Log(generator.NextDouble()) / r;
            var y = -Math.Log(generator.NextDouble());
            if (y + y >= x * x) return r + x;
        }
    }
}
