namespace Simulator.Engine;

/// <summary>An allegation in flight during one trial (a struct in a reused array: no allocation).</summary>
internal struct Claim
{
    /// <summary>Principal that filed it.</summary>
    public int Claimant;

    /// <summary>Principal it accuses.</summary>
    public int Accused;

    /// <summary>Index of its target-commitment list (<see cref="CompiledScenario.TargetList"/>).</summary>
    public int TargetList;

    /// <summary>Whether it matches a real incident.</summary>
    public bool IsTrue;

    /// <summary>Day it was filed.</summary>
    public double FiledAt;

    /// <summary>When its examination's verdict is due, +∞ while none is scheduled.</summary>
    public double VerdictDue;

    /// <summary>A verdict came back (makes its patience deadline stale).</summary>
    public bool VerdictDelivered;

    /// <summary>The claimant already acted on it (believed it, or decided on retaliation): it is acted on once.</summary>
    public bool ActedOn;
}
