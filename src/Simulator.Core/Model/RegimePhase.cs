namespace Simulator.Model;

/// <summary>
/// A later phase of a regime: from <see cref="FromDay"/> on, every value it gives replaces the
/// value in force (the regime's own or the previous phase's); the values it omits stay.
/// </summary>
public sealed record RegimePhase
{
    /// <summary>Day the phase begins (after the regime's start and the previous phase's day).</summary>
    public required double FromDay { get; init; }
    /// <summary>Access for every claim (before <see cref="AccessByTerritory"/>); null keeps it.</summary>
    public double? Access { get; init; }
    /// <summary>Access by territory and truth of the claim.</summary>
    public IReadOnlyList<TerritoryAccess> AccessByTerritory { get; init; } = [];
    /// <summary>Probability a true claim is confirmed; null keeps it.</summary>
    public double? Sensitivity { get; init; }
    /// <summary>Probability an unfounded claim is refuted; null keeps it.</summary>
    public double? Specificity { get; init; }
    /// <summary>Time to verdict; null keeps it.</summary>
    public VerdictDelay? Delay { get; init; }
    /// <summary>Claims examined at once; null keeps it.</summary>
    public int? Capacity { get; init; }
    /// <summary>Cost per inspection made; null keeps it.</summary>
    public double? CostPerClaim { get; init; }
    /// <summary>Cost per day in place while the truce holds; null keeps it.</summary>
    public double? CostPerDay { get; init; }
}
