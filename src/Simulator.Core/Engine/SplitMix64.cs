namespace Simulator.Engine;

/// <summary>
/// SplitMix64 (Steele, Lea, Flood): a tiny generator whose output function is a strong 64-bit
/// mixer. The engine uses it only to hash (seed, trial, stream) into well-spread xoshiro states.
/// </summary>
internal static class SplitMix64
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;
    private const ulong Gamma2 = unchecked(Gamma * 2);

    /// <summary>Advances <paramref name="state"/> and returns the next output.</summary>
    public static ulong Next(ref ulong state)
    {
        state += Gamma;
        return Mix(state);
    }

    /// <summary>The SplitMix64 finaliser: a bijective avalanche of 64 bits.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>
    /// Hashes a stream's coordinates into one 64-bit key. Each coordinate is mixed in turn (not
    /// XOR-ed side by side) so that (trial, stream) pairs cannot collide by simple arithmetic.
    /// </summary>
    public static ulong Hash(ulong seed, long trial, int stream) => StreamKey(TrialKey(SeedKey(seed), trial), stream);

    // Hash split into its three steps, so that a caller seeding many streams can keep the first
    // (per seed) and the second (per trial) and pay only the last per stream; same bits as Hash.

    /// <summary>First step of <see cref="Hash"/>: depends on the seed only.</summary>
    public static ulong SeedKey(ulong seed) => Mix(seed + Gamma);

    /// <summary>Second step of <see cref="Hash"/>: the seed's key mixed with the trial index.</summary>
    public static ulong TrialKey(ulong seedKey, long trial) => Mix(seedKey ^ ((ulong)trial + Gamma));

    /// <summary>Last step of <see cref="Hash"/>: the trial's key mixed with the stream id.</summary>
    public static ulong StreamKey(ulong trialKey, int stream) => Mix(trialKey ^ ((ulong)(uint)stream + Gamma2));
}
