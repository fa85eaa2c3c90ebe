namespace Simulator.Model;

/// <summary>What a claim alleges happened. Commitments list the kinds that breach them.</summary>
public enum IncidentKind
{
    /// <summary>An armed-group attack launched from the accused principal's soil.</summary>
    Attack = 0,

    /// <summary>A cross-border strike by the accused principal's own forces.</summary>
    Strike = 1,
}
