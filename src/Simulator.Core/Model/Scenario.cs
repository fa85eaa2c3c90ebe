namespace Simulator.Model;

/// <summary>
/// A validated scenario: everything one run needs. Built only by the loader, so every value here
/// is already in range and every reference resolves.
/// </summary>
public sealed record Scenario
{
    /// <summary>Short machine-friendly name, printed in outputs.</summary>
    public required string Name { get; init; }

    /// <summary>Free text for readers of the file and of reports.</summary>
    public string Description { get; init; } = "";

    /// <summary>Trials are censored at this day.</summary>
    public required double HorizonDays { get; init; }

    /// <summary>Number of trials (futures) per regime.</summary>
    public required int Trials { get; init; }

    /// <summary>Master seed; every trial's random streams derive from it and the trial index.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Days at which the probability that the truce still holds is reported.</summary>
    public required IReadOnlyList<double> ReportDays { get; init; }

    /// <summary>The two parties to the truce, in file order.</summary>
    public required IReadOnlyList<Principal> Principals { get; init; }

    /// <summary>Armed groups (spoilers) based in a principal's territory.</summary>
    public required IReadOnlyList<ArmedGroup> Groups { get; init; }

    /// <summary>Mediators that may run or join a regime.</summary>
    public required IReadOnlyList<Mediator> Mediators { get; init; }

    /// <summary>Pledges with lifecycles.</summary>
    public required IReadOnlyList<Commitment> Commitments { get; init; }

    /// <summary>How tension accumulates and decays.</summary>
    public required TensionRules Tension { get; init; }

    /// <summary>How retaliation escalates and escalation decays.</summary>
    public required EscalationRules Escalation { get; init; }

    /// <summary>How attribution risk deters the host.</summary>
    public required DeterrenceRules Deterrence { get; init; }

    /// <summary>Thresholds that move the truce between its states.</summary>
    public required TruceRules Truce { get; init; }

    /// <summary>Verification regimes to compare, in file order.</summary>
    public required IReadOnlyList<Regime> Regimes { get; init; }

    /// <summary>The truce's state at day 0 (tension, escalation level, commitments' states).</summary>
    public InitialState Initial { get; init; } = InitialState.Calm;
    /// <summary>Values that differ between trials (<c>per_trial</c>), in file order.</summary>
    public IReadOnlyList<TrialVariation> TrialVariations { get; init; } = [];
    /// <summary>Id of the regime the others are compared with.</summary>
    public required string BaselineRegime { get; init; }
}
