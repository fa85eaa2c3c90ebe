namespace Simulator.Model;

/// <summary>Sources of tension and how fast it decays. Tension only moves the truce's state.</summary>
public sealed record TensionRules
{
    /// <summary>Days for tension to halve; null means it never decays.</summary>
    public double? HalfLifeDays { get; init; }

    /// <summary>Added when a claimant comes to believe a claim no verdict confirmed.</summary>
    public required double BelievedClaim { get; init; }

    /// <summary>Added when a confirmed breach is not remedied.</summary>
    public required double UnremediedBreach { get; init; }

    /// <summary>Added by each retaliatory strike.</summary>
    public required double Retaliation { get; init; }

    /// <summary>Added when the accused refuses monitors access.</summary>
    public required double AccessRefusal { get; init; }
}
