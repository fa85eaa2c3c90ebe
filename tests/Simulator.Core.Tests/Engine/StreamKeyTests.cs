using Simulator.Engine;

namespace Simulator.Tests.Engine;

/// <summary>
/// The engine seeds streams from keys hashed in steps (seed, then trial, then stream) and skips
/// draws it owes; both must give exactly the numbers of <see cref="RandomStream.Create"/>.
/// </summary>
public sealed class StreamKeyTests
{
    [Theory]
    [InlineData(20251107UL, 0L, StreamIds.ClaimFiling)]
    [InlineData(1UL, 123456789L, StreamIds.Responses)]
    [InlineData(ulong.MaxValue, long.MaxValue, 0x3_0001)]
    public void StepwiseKey_EqualsHash_AndGivesTheSameStream(ulong seed, long trial, int stream)
    {
        var key = SplitMix64.StreamKey(SplitMix64.TrialKey(SplitMix64.SeedKey(seed), trial), stream);
        Assert.Equal(SplitMix64.Hash(seed, trial, stream), key);

        var created = RandomStream.Create(seed, trial, stream);
        var fromKey = RandomStream.FromKey(key);
        for (var i = 0; i < 16; i++) Assert.Equal(created.Uniform(), fromKey.Uniform());
    }

    [Fact]
    public void Skip_AdvancesLikeDraws()
    {
        var drawn = RandomStream.Create(7, 3, StreamIds.Verification);
        var skipped = RandomStream.Create(7, 3, StreamIds.Verification);
        for (var i = 0; i < 5; i++) drawn.Bernoulli(0.5);
        skipped.Skip(5);
        for (var i = 0; i < 8; i++) Assert.Equal(drawn.Uniform(), skipped.Uniform());
    }
}
