using Simulator.Engine;

namespace Simulator.Studies.Sensitivity;

/// <summary>
/// Deterministic uniform draws in (0, 1) for designs and bootstraps, from the engine's generator
/// keyed by (seed, purpose): the same seed gives the same design on every machine.
/// </summary>
public sealed class UnitRandom
{
    /// <summary>Purpose keys, kept apart from the engine's trial streams.</summary>
    public const int LatinHypercube = 0x5D_0001, MonteCarlo = 0x5D_0002, Saltelli = 0x5D_0003, Morris = 0x5D_0004, Bootstrap = 0x5D_0005;

    private Xoshiro256StarStar _generator;

    /// <summary>The stream of <paramref name="purpose"/> under <paramref name="seed"/>.</summary>
    public UnitRandom(ulong seed, int purpose)
    {
        _generator = Xoshiro256StarStar.Create(seed, -1, purpose);
    }

    /// <summary>Uniform in (0, 1).</summary>
    public double Next() => _generator.NextDouble();

    /// <summary>Uniform integer in [0, <paramref name="n"/>).</summary>
    public int Next(int n) => (int)Math.Min(n - 1, Math.Floor(_generator.NextDouble() * n));

    /// <summary>A uniformly random permutation of 0…n−1 (Fisher–Yates).</summary>
    public int[] Permutation(int n)
    {
        var result = Enumerable.Range(0, n).ToArray();
        for (var i = n - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (result[i], result[j]) = (result[j], result[i]);
        }
        return result;
    }
}
