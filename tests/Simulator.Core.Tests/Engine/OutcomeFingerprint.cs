using Simulator.Engine;
using Simulator.Engine.Tallies;

namespace Simulator.Tests.Engine;

/// <summary>
/// A stable 64-bit digest of trial outcomes (FNV-1a over every field, in trial then regime order).
/// Unlike <see cref="HashCode"/> it is the same in every process, so a test can pin it.
/// </summary>
internal static class OutcomeFingerprint
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Digest of trials 0..<paramref name="trials"/>−1 under every regime of <paramref name="scenario"/>.</summary>
    public static ulong Of(CompiledScenario scenario, int trials)
    {
        var simulator = new TrialSimulator(scenario);
        var outcome = new TrialOutcome();
        var hash = Offset;
        for (var trial = 0; trial < trials; trial++)
        {
            for (var r = 0; r < scenario.Regimes.Length; r++)
            {
                simulator.Run(trial, r, ref outcome);
                hash = Add(hash, outcome);
            }
        }
        return Add(hash, simulator.EventsProcessed);
    }

    private static ulong Add(ulong hash, in TrialOutcome o)
    {
        ReadOnlySpan<long> fields =
        [
            o.DurationTicks, o.Collapsed ? 1 : 0, o.CauseId, o.Incidents, o.ClaimsTrue, o.ClaimsUnfounded,
            o.TrueConfirmed, o.TrueRefuted, o.TrueInconclusive, o.UnfoundedConfirmed, o.UnfoundedRefuted,
            o.UnfoundedInconclusive, o.AccessRefusals, o.Retaliations, o.Remedies, o.PeakEscalation, o.Verdicts,
            o.VerdictTicksSum, o.MaxBacklog, o.TicksHolding, o.TicksStrained, o.TicksEscalating,
        ];
        foreach (var field in fields) hash = Add(hash, field);
        return hash;
    }

    private static ulong Add(ulong hash, long value)
    {
        for (var i = 0; i < 8; i++)
        {
            hash ^= (byte)(value >> (8 * i));
            hash *= Prime;
        }
        return hash;
    }
}
