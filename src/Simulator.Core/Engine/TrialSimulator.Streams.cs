namespace Simulator.Engine;

// The trial's random streams, seeded lazily. Seeding a stream (three SplitMix64 hashes of its
// coordinates, four more outputs for the xoshiro state) costs about as much as a dozen draws, and
// many trials never touch some streams (a process at rate 0, responses in a trial without claims).
// Each stream depends only on (seed, trial, stream id), never on when it was seeded, so seeding on
// first use gives exactly the draws that seeding every stream up front gave.
// Slot layout: the processes (see TrialSimulator.Processes.cs), then claims, verification, responses.
internal sealed partial class TrialSimulator
{
    private readonly RandomStream[] _streams;
    private readonly int[] _streamIds;
    private readonly long[] _streamSeededIn; // the run (see _runStamp) in which each slot was last seeded
    private readonly int _claimSlot;
    private readonly int _verificationSlot;
    private readonly int _responseSlot;
    private long _runStamp;
    private long _trial;

    private ref RandomStream ClaimStream => ref Stream(_claimSlot);

    private ref RandomStream VerificationStream => ref Stream(_verificationSlot);

    private ref RandomStream ResponseStream => ref Stream(_responseSlot);

    private static int[] StreamIdsBySlot(CompiledScenario scenario)
    {
        var groups = scenario.GroupCount;
        var ids = new int[groups + 4 + 3];
        for (var g = 0; g < groups; g++) ids[g] = Engine.StreamIds.Attacks(g);
        for (var p = 0; p < 2; p++)
        {
            ids[groups + p] = Engine.StreamIds.Domestic(p);
            ids[groups + 2 + p] = Engine.StreamIds.Fabrication(p);
        }
        ids[groups + 4] = Engine.StreamIds.ClaimFiling;
        ids[groups + 5] = Engine.StreamIds.Verification;
        ids[groups + 6] = Engine.StreamIds.Responses;
        return ids;
    }

    /// <summary>Forgets every stream of the previous trial: each is seeded again on first use in this one.</summary>
    private void ResetStreams(long trial)
    {
        _trial = trial;
        _runStamp++;
    }

    /// <summary>The stream in <paramref name="slot"/>, seeded for the current trial.</summary>
    private ref RandomStream Stream(int slot)
    {
        ref var stream = ref _streams[slot];
        if (_streamSeededIn[slot] != _runStamp)
        {
            stream = RandomStream.Create(_scenario.Seed, _trial, _streamIds[slot]);
            _streamSeededIn[slot] = _runStamp;
        }
        return ref stream;
    }
}
