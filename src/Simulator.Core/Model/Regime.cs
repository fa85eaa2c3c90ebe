namespace Simulator.Model;

/// <summary>A verification regime (monitoring mechanism). <see cref="RegimeKind.None"/> gives no verdicts.</summary>
public sealed record Regime
{
    /// <summary>Identifier used on the command line (<c>--regime</c>) and in outputs.</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>Who runs it.</summary>
    public required RegimeKind Kind { get; init; }

    /// <summary>Indices into <see cref="Scenario.Mediators"/> of the members.</summary>
    public IReadOnlyList<int> MemberIndices { get; init; } = [];

    /// <summary>Probability the accused lets monitors in for a claim.</summary>
    public double Access { get; init; }

    /// <summary>Probability a true claim is confirmed (given access).</summary>
    public double Sensitivity { get; init; }

    /// <summary>Probability an unfounded claim is refuted (given access); otherwise it is wrongly confirmed.</summary>
    public double Specificity { get; init; }

    /// <summary>Time from the start of an examination to its verdict.</summary>
    public VerdictDelay Delay { get; init; } = VerdictDelay.Immediate;

    /// <summary>Claims examined at once; further claims queue first-in first-out. Null means unlimited.</summary>
    public int? Capacity { get; init; }

    /// <summary>Per principal whose territory is inspected: access that depends on the truth of the claim (overrides <see cref="Access"/>).</summary>
    public IReadOnlyList<TerritoryAccess> AccessByTerritory { get; init; } = [];
    /// <summary>Cost per inspection made (a claim examined with access), in the scenario's own unit of cost.</summary>
    public double CostPerClaim { get; init; }
    /// <summary>Cost per day the regime is in place while the truce holds, in the same unit.</summary>
    public double CostPerDay { get; init; }
    /// <summary>Day the regime begins; before it, it examines nothing, deters nothing and costs nothing (as <c>none</c>).</summary>
    public double StartDay { get; init; }
    /// <summary>Later phases: from a day on, the values they give replace the regime's (in order of their days).</summary>
    public IReadOnlyList<RegimePhase> Phases { get; init; } = [];

}
