namespace Simulator.Engine;

/// <summary>
/// Stream ids of a trial. Each purpose owns a block of ids, so adding a group or a principal
/// never renumbers (and so never reshuffles) the streams of the others.
/// </summary>
internal static class StreamIds
{
    /// <summary>Claim filing decisions (claim a true incident, misattribute a domestic one).</summary>
    public const int ClaimFiling = 1;

    /// <summary>Verification: access, verdict outcome, examination time.</summary>
    public const int Verification = 2;

    /// <summary>Responses: remedy, trust in a refutation, retaliation, counter-retaliation.</summary>
    public const int Responses = 3;

    /// <summary>Per-trial values (<c>per_trial</c>): the varying values in file order, drawn at the trial's start (TrialValueSampler).</summary>
    public const int TrialValues = 4;

    /// <summary>Whether a claimant reads a refusal of access as confirmation.</summary>
    public const int RefusalReading = 5;

    private const int AttacksBase = 0x1_0000;
    private const int DomesticBase = 0x2_0000;
    private const int FabricationBase = 0x3_0000;

    /// <summary>Attacks of armed group <paramref name="group"/>.</summary>
    public static int Attacks(int group) => AttacksBase + group;

    /// <summary>Domestic incidents on principal <paramref name="principal"/>'s soil.</summary>
    public static int Domestic(int principal) => DomesticBase + principal;

    /// <summary>Fabricated claims by principal <paramref name="principal"/>.</summary>
    public static int Fabrication(int principal) => FabricationBase + principal;
}
