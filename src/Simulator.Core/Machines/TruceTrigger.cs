namespace Simulator.Machines;

/// <summary>Triggers of the truce machine; the engine fires them as tension and escalation cross thresholds.</summary>
public enum TruceTrigger
{
    /// <summary>Tension reached the strained threshold.</summary>
    Strain = 0,

    /// <summary>Tension fell below the strained threshold.</summary>
    Ease = 1,

    /// <summary>Escalation reached the escalating level.</summary>
    Escalate = 2,

    /// <summary>Escalation fell below the escalating level.</summary>
    Deescalate = 3,

    /// <summary>A collapse threshold was reached or a commitment state collapses the truce.</summary>
    Collapse = 4,
}
