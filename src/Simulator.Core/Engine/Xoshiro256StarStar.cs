using System.Numerics;

namespace Simulator.Engine;

/// <summary>
/// xoshiro256** (Blackman, Vigna): a fast 256-bit generator. A plain mutable struct so a trial
/// holds its streams inline and drawing never allocates; pass it by reference.
/// </summary>
internal struct Xoshiro256StarStar
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>
    /// The generator of one stream, derived only from (master seed, trial index, stream id):
    /// the coordinates are hashed, and a SplitMix64 sequence from the hash fills the state.
    /// </summary>
    public static Xoshiro256StarStar Create(ulong seed, long trial, int stream) =>
        FromKey(SplitMix64.Hash(seed, trial, stream));

    /// <summary>The generator whose coordinates hash to <paramref name="key"/> (<see cref="SplitMix64.Hash"/>).</summary>
    public static Xoshiro256StarStar FromKey(ulong key)
    {
        var sm = key;
        var g = new Xoshiro256StarStar
        {
            _s0 = SplitMix64.Next(ref sm),
            _s1 = SplitMix64.Next(ref sm),
            _s2 = SplitMix64.Next(ref sm),
            _s3 = SplitMix64.Next(ref sm),
        };
        // An all-zero state is the generator's only fixed point; SplitMix64 outputs make it
        // practically impossible, but it costs one test to rule it out.
        if ((g._s0 | g._s1 | g._s2 | g._s3) == 0) g._s0 = 1;
        return g;
    }

    /// <summary>Makes this generator <see cref="FromKey"/>(<paramref name="key"/>), in place.</summary>
    /// <remarks>
    /// Field by field: assigning a whole new struct makes the JIT zero and copy it through 256-bit
    /// registers, which then stay dirty until the next vzeroupper, across calls into libm's SSE code.
    /// </remarks>
    public void Reseed(ulong key)
    {
        var sm = key;
        _s0 = SplitMix64.Next(ref sm);
        _s1 = SplitMix64.Next(ref sm);
        _s2 = SplitMix64.Next(ref sm);
        _s3 = SplitMix64.Next(ref sm);
        if ((_s0 | _s1 | _s2 | _s3) == 0) _s0 = 1;
    }

    /// <summary>Next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>
    /// Uniform double strictly inside (0,1) from the top 53 bits: (k + 0.5)·2⁻⁵³, so logarithms
    /// and comparisons with probabilities 0 and 1 need no special cases.
    /// </summary>
    public double NextDouble() => ((NextUInt64() >> 11) + 0.5) * (1.0 / (1UL << 53));
}
