namespace Simulator.Engine;

/// <summary>A regime's verdict on a claim.</summary>
internal enum Verdict
{
    /// <summary>The breach is confirmed (rightly or wrongly).</summary>
    Confirmed = 0,

    /// <summary>The claim is refuted.</summary>
    Refuted = 1,

    /// <summary>No decision (including refused access).</summary>
    Inconclusive = 2,
}
