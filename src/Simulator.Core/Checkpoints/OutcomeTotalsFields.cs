using Simulator.Engine.Tallies;

namespace Simulator.Checkpoints;

/// <summary>
/// The fields of <see cref="OutcomeTotals"/> in the fixed order the checkpoint format stores them.
/// A test checks by reflection that every public field is listed, so a field added later cannot be
/// silently dropped from checkpoints.
/// </summary>
public static class OutcomeTotalsFields
{
    /// <summary>Number of fields.</summary>
    public const int Count = 27;

    /// <summary>The fields' values in format order.</summary>
    public static long[] ToArray(OutcomeTotals t) =>
    [
        t.Incidents, t.ClaimsTrue, t.ClaimsUnfounded, t.TrueConfirmed, t.TrueRefuted, t.TrueInconclusive,
        t.UnfoundedConfirmed, t.UnfoundedRefuted, t.UnfoundedInconclusive, t.AccessRefusals, t.Retaliations,
        t.Remedies, t.PeakEscalationSum, t.PeakEscalationMax, t.Verdicts, t.VerdictTicksSum, t.MaxBacklog,
        t.TicksHolding, t.TicksStrained, t.TicksEscalating,
        t.Inspections, t.RefusalsReadAsConfirmation, (long)(ulong)(t.CostMillis & ulong.MaxValue), (long)(t.CostMillis >> 64),
        t.ClaimsAgainstSecond, t.ConfirmedAgainstSecond, t.RefutedAgainstSecond,
    ];

    /// <summary>Sets every field of <paramref name="t"/> from <paramref name="v"/> (format order).</summary>
    public static void FromArray(ReadOnlySpan<long> v, OutcomeTotals t)
    {
        if (v.Length != Count) throw new CheckpointException($"expected {Count} outcome totals, found {v.Length}");
        t.Incidents = v[0];
        t.ClaimsTrue = v[1];
        t.ClaimsUnfounded = v[2];
        t.TrueConfirmed = v[3];
        t.TrueRefuted = v[4];
        t.TrueInconclusive = v[5];
        t.UnfoundedConfirmed = v[6];
        t.UnfoundedRefuted = v[7];
        t.UnfoundedInconclusive = v[8];
        t.AccessRefusals = v[9];
        t.Retaliations = v[10];
        t.Remedies = v[11];
        t.PeakEscalationSum = v[12];
        t.PeakEscalationMax = v[13];
        t.Verdicts = v[14];
        t.VerdictTicksSum = v[15];
        t.MaxBacklog = v[16];
        t.TicksHolding = v[17];
        t.TicksStrained = v[18];
        t.TicksEscalating = v[19];
        t.Inspections = v[20];
        t.RefusalsReadAsConfirmation = v[21];
        t.CostMillis = new Int128((ulong)v[23], (ulong)v[22]);
        t.ClaimsAgainstSecond = v[24];
        t.ConfirmedAgainstSecond = v[25];
        t.RefutedAgainstSecond = v[26];
    }
}
