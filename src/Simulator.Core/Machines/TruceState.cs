namespace Simulator.Machines;

/// <summary>The truce as a whole. <see cref="Collapsed"/> is absorbing and ends a trial.</summary>
public enum TruceState
{
    /// <summary>Tension and escalation below their thresholds.</summary>
    Holding = 0,

    /// <summary>Tension at or above the strained threshold.</summary>
    Strained = 1,

    /// <summary>Escalation level at or above the escalating threshold.</summary>
    Escalating = 2,

    /// <summary>The truce broke down.</summary>
    Collapsed = 3,
}
