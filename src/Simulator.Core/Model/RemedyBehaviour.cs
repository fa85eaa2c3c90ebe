namespace Simulator.Model;

/// <summary>What a principal does when a breach of its commitment is confirmed.</summary>
public sealed record RemedyBehaviour
{
    /// <summary>Probability of taking a remedy (crackdown, handover) on a confirmed breach.</summary>
    public required double Probability { get; init; }

    /// <summary>Fraction by which a remedy cuts the attack rate of the groups it hosts, in [0,1].</summary>
    public required double AttackReduction { get; init; }

    /// <summary>Days a remedy's effect lasts.</summary>
    public required double DurationDays { get; init; }
}
