namespace Simulator.Architecture.Tests;

/// <summary>
/// The layers of the project, bottom first (docs/architecture.md). A namespace belongs to the layer
/// named by its second segment (Simulator.Engine.Tallies is in Engine); a layer may use only the
/// layers before it in this list.
/// </summary>
internal static class Layers
{
    public static readonly IReadOnlyList<string> Order =
    [
        "Diagnostics", "Storage", "Model", "Machines", "Loading", "Validation", "Engine", "Statistics", "Results",
        "Studies", "Output", "Checkpoints", "Application", "Reports", "Service", "Cli",
    ];

    /// <summary>The layer of <paramref name="ns"/>, e.g. Engine for Simulator.Engine.Tallies.</summary>
    public static string Of(string ns)
    {
        var parts = ns.Split('.');
        return parts.Length > 1 ? parts[1] : ns;
    }

    /// <summary>Position in <see cref="Order"/>, or −1 for a namespace outside every layer.</summary>
    public static int Rank(string ns) => Order.ToList().IndexOf(Of(ns));
}
