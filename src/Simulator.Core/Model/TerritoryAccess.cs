namespace Simulator.Model;

/// <summary>
/// Access on one principal's territory that depends on the truth of the claim: a host lets
/// monitors in less often where there is something to find. An omitted value keeps the access
/// the regime (or its previous phase) gives.
/// </summary>
public sealed record TerritoryAccess
{
    /// <summary>Index into <see cref="Scenario.Principals"/> of the principal whose territory is inspected (the accused).</summary>
    public required int PrincipalIndex { get; init; }
    /// <summary>Probability of access when the claim is true; null keeps the inherited access.</summary>
    public double? TrueClaim { get; init; }
    /// <summary>Probability of access when the claim is unfounded; null keeps the inherited access.</summary>
    public double? UnfoundedClaim { get; init; }
}
