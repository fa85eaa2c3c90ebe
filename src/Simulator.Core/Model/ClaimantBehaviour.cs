namespace Simulator.Model;

/// <summary>When a principal files a claim (allegation) against the other principal.</summary>
public sealed record ClaimantBehaviour
{
    /// <summary>Probability of claiming a true cross-border incident (an attack or strike it suffered).</summary>
    public required double ClaimTrueIncident { get; init; }

    /// <summary>Probability of blaming a domestic incident on the other principal (misattribution).</summary>
    public required double Misattribution { get; init; }

    /// <summary>Purely fabricated claims per day.</summary>
    public required double FabricationRate { get; init; }

    /// <summary>What unfounded claims (misattributed or fabricated) allege.</summary>
    public required IncidentKind UnfoundedKind { get; init; }
}
