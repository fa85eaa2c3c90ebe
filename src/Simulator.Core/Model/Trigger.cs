namespace Simulator.Model;

/// <summary>
/// The engine's fixed trigger vocabulary for commitment lifecycles. Every trigger about a claim is
/// offered to the claim's target commitments (those the accused owns that list the claim's incident kind).
/// YAML spells them in snake_case (<c>verdict_confirmed</c>).
/// </summary>
public enum Trigger
{
    /// <summary>A claim alleging a breach was filed.</summary>
    ClaimFiled = 0,

    /// <summary>The accused let monitors in to examine the claim.</summary>
    AccessGranted = 1,

    /// <summary>The accused refused monitors access; the verdict is inconclusive.</summary>
    AccessRefused = 2,

    /// <summary>The regime confirmed the breach.</summary>
    VerdictConfirmed = 3,

    /// <summary>The regime refuted the claim.</summary>
    VerdictRefuted = 4,

    /// <summary>The regime could not decide.</summary>
    VerdictInconclusive = 5,

    /// <summary>The claimant's patience ran out before a verdict; it acts on its own belief.</summary>
    PatienceExpired = 6,

    /// <summary>The accused took a remedy (crackdown, handover) for a confirmed breach.</summary>
    RemedyTaken = 7,

    /// <summary>The accused did not remedy a confirmed breach.</summary>
    RemedyRefused = 8,

    /// <summary>A remedy's effect ran out.</summary>
    RemedyLapsed = 9,

    /// <summary>The claimant struck the accused in response to the claim.</summary>
    Retaliation = 10,
}
