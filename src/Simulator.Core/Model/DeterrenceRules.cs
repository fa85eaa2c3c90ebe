namespace Simulator.Model;

/// <summary>Inspection-game deterrence: attribution risk raises the host's effective intent.</summary>
public sealed record DeterrenceRules
{
    /// <summary>
    /// Elasticity e in [0,1]: effective intent = i + (1 − i) · e · P_attr with P_attr = access · sensitivity.
    /// </summary>
    public required double Elasticity { get; init; }
}
