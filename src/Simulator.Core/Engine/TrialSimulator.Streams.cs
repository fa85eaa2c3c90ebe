using System.Runtime.CompilerServices;

namespace Simulator.Engine;

// The trial's random streams, seeded lazily. Seeding a stream (three SplitMix64 hashes of its
// coordinates, four more outputs for the xoshiro state) costs about as much as a dozen draws, and
// many trials never touch some streams (a process at rate 0, responses in a trial without claims).
// Each stream depends only on (seed, trial, stream id), never on when it was seeded, so seeding on
// first use gives exactly the draws that seeding every stream up front gave.
// Seeding hashes (seed, trial, stream) in three steps; the first depends on the seed only and the
// second on the trial only, so they are computed once per simulator and once per trial.
// A decision with probability 0 or 1 needs no random number to be known, yet it consumes one (so
// that later draws do not depend on p); such draws are only counted, and the stream skips them
// when it is next really used: a trial whose only response decisions have p = 0 never seeds its
// response stream, and every number a trial uses is the same as before.
// Slot layout: the processes (see TrialSimulator.Processes.cs), then claims, verification, responses,
// per-trial values, refusal readings.
internal sealed partial class TrialSimulator
{
    private readonly RandomStream[] _streams;
    private readonly int[] _streamIds;
    private readonly long[] _streamSeededIn; // the run (see _runStamp) in which each slot was last seeded
    private readonly int[] _streamOwed; // draws decided without a number in this trial, not yet skipped
    private readonly int _claimSlot;
    private readonly int _verificationSlot;
    private readonly int _responseSlot;
    private readonly int _variationSlot;
    private readonly int _readingSlot;
    private readonly ulong _seedKey;
    private ulong _trialKey;
    private long _runStamp;

    private ref RandomStream VerificationStream => ref Stream(_verificationSlot);

    private static int[] StreamIdsBySlot(CompiledScenario scenario)
    {
        var groups = scenario.GroupCount;
        var ids = new int[groups + 4 + 5];
        for (var g = 0; g < groups; g++) ids[g] = Engine.StreamIds.Attacks(g);
        for (var p = 0; p < 2; p++)
        {
            ids[groups + p] = Engine.StreamIds.Domestic(p);
            ids[groups + 2 + p] = Engine.StreamIds.Fabrication(p);
        }
        ids[groups + 4] = Engine.StreamIds.ClaimFiling;
        ids[groups + 5] = Engine.StreamIds.Verification;
        ids[groups + 6] = Engine.StreamIds.Responses;
        ids[groups + 7] = Engine.StreamIds.TrialValues;
        ids[groups + 8] = Engine.StreamIds.RefusalReading;
        return ids;
    }

    /// <summary>Forgets every stream of the previous trial: each is seeded again on first use in this one.</summary>
    private void ResetStreams(long trial)
    {
        _trialKey = SplitMix64.TrialKey(_seedKey, trial);
        _runStamp++;
        _streamOwed.AsSpan().Clear(); // through a span: Array.Clear(Array) checks the array's type first
    }

    /// <summary>The stream in <paramref name="slot"/>, seeded for the current trial, owed draws skipped.</summary>
    private ref RandomStream Stream(int slot)
    {
        ref var stream = ref _streams[slot];
        if (_streamSeededIn[slot] != _runStamp || _streamOwed[slot] != 0) Prepare(ref stream, slot);
        return ref stream;
    }

    private void Prepare(ref RandomStream stream, int slot)
    {
        if (_streamSeededIn[slot] != _runStamp)
        {
            // The same stream as RandomStream.Create(seed, trial, id): the key's first two steps are
            // cached. Reseeded in place: assigning a new RandomStream here compiled to 256-bit stores
            // with no vzeroupper after them, so the next Math.Log (libm's SSE code) in the caller ran
            // with dirty upper registers and slowed every trial (benchmarks/README.md has the figures).
            stream.Reseed(SplitMix64.StreamKey(_trialKey, _streamIds[slot]));
            _streamSeededIn[slot] = _runStamp;
        }
        stream.Skip(_streamOwed[slot]);
        _streamOwed[slot] = 0;
    }

    /// <summary>
    /// True with probability <paramref name="p"/>, one draw of the stream in <paramref name="slot"/>
    /// (RandomStream.Bernoulli). Its uniform u lies strictly inside (0,1), so u &lt; p is false for
    /// p ≤ 0 and true for p ≥ 1 whatever u is: then the draw is only owed (see above).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // a few instructions on every claim and response decision
    private bool Decide(int slot, double p)
    {
        if (p <= 0 || p >= 1)
        {
            _streamOwed[slot]++;
            return p >= 1;
        }
        return Stream(slot).Bernoulli(p);
    }
}
