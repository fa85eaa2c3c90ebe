namespace Simulator.Model;

/// <summary>Effects of entering a state.</summary>
public sealed record StateEffects
{
    /// <summary>No effect.</summary>
    public static readonly StateEffects None = new();

    /// <summary>Tension added on entry (≥ 0).</summary>
    public double AddTension { get; init; }

    /// <summary>Escalation levels added on entry (≥ 0).</summary>
    public int AddEscalation { get; init; }

    /// <summary>Entering this state collapses the truce.</summary>
    public bool Collapse { get; init; }

    /// <summary>True when the state has any effect.</summary>
    public bool Any => AddTension > 0 || AddEscalation > 0 || Collapse;
}
