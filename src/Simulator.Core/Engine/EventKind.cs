namespace Simulator.Engine;

/// <summary>
/// Kinds of queued events. The numeric value is also the tie-break priority at equal times:
/// a verdict comes before a patience deadline at the same instant (model-semantics.md).
/// </summary>
internal enum EventKind
{
    /// <summary>An examination finished: A = claim id.</summary>
    Verdict = 0,

    /// <summary>A claimant's patience ran out: A = claim id.</summary>
    PatienceDeadline = 1,

    /// <summary>A strike lands: A = striker, B = target-list index of the claim it answers.</summary>
    Strike = 2,

    /// <summary>A remedy's effect ends: A = host, B = target-list index of the claim it remedied.</summary>
    RemedyLapse = 3,

    /// <summary>Escalation drops a level: A = timer version.</summary>
    EscalationDecay = 4,

    /// <summary>Tension falls below the strained threshold: A = timer version.</summary>
    TensionEase = 5,
}
