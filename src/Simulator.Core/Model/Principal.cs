namespace Simulator.Model;

/// <summary>A party to the truce. Either principal can accuse the other, host groups, retaliate.</summary>
public sealed record Principal
{
    /// <summary>Identifier used for references (snake_case).</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>How this principal files claims against the other.</summary>
    public required ClaimantBehaviour Claims { get; init; }

    /// <summary>How this principal reacts to verdicts, beliefs and strikes.</summary>
    public required ResponseBehaviour Responses { get; init; }

    /// <summary>How this principal remedies a confirmed breach of its own commitments.</summary>
    public required RemedyBehaviour Remedy { get; init; }

    /// <summary>Incidents of domestic origin on this principal's soil, per day.</summary>
    public required double DomesticIncidentRate { get; init; }
}
