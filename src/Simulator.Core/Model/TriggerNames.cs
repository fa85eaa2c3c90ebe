namespace Simulator.Model;

/// <summary>The snake_case spelling of triggers used in scenario files, diagrams and outputs.</summary>
public static class TriggerNames
{
    /// <summary>Number of triggers in the vocabulary.</summary>
    public const int Count = 11;

    private static readonly string[] Names =
    [
        "claim_filed", "access_granted", "access_refused", "verdict_confirmed", "verdict_refuted",
        "verdict_inconclusive", "patience_expired", "remedy_taken", "remedy_refused", "remedy_lapsed",
        "retaliation",
    ];

    /// <summary>All names in enum order.</summary>
    public static IReadOnlyList<string> All => Names;

    /// <summary>The snake_case name of <paramref name="trigger"/>.</summary>
    public static string Name(Trigger trigger) => Names[(int)trigger];

    /// <summary>Parses a snake_case name; false when it is not in the vocabulary.</summary>
    public static bool TryParse(string name, out Trigger trigger)
    {
        var index = Array.IndexOf(Names, name);
        trigger = (Trigger)Math.Max(index, 0);
        return index >= 0;
    }
}
