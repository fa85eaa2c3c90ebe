namespace Simulator.Model;

/// <summary>
/// A regime's values in force from <see cref="FromDay"/> until the next phase, every inherited
/// value resolved (see <see cref="RegimeSchedule"/>).
/// </summary>
public sealed record PhaseSettings
{
    /// <summary>Day the values take effect.</summary>
    public required double FromDay { get; init; }
    /// <summary>False before the regime's start day and for <c>none</c>: no verdicts, no deterrence, no cost.</summary>
    public required bool Active { get; init; }
    /// <summary>Access by cell <see cref="AccessCell"/> (accused principal × truth of the claim).</summary>
    public required IReadOnlyList<double> Access { get; init; }
    /// <summary>Probability a true claim is confirmed.</summary>
    public double Sensitivity { get; init; }
    /// <summary>Probability an unfounded claim is refuted.</summary>
    public double Specificity { get; init; }
    /// <summary>Time to verdict.</summary>
    public VerdictDelay Delay { get; init; } = VerdictDelay.Immediate;
    /// <summary>Claims examined at once; null: unlimited.</summary>
    public int? Capacity { get; init; }
    /// <summary>Cost per inspection made.</summary>
    public double CostPerClaim { get; init; }
    /// <summary>Cost per day in place while the truce holds.</summary>
    public double CostPerDay { get; init; }
    /// <summary>Per value (<see cref="RegimeSchedule"/> cell names) the key path it comes from, for per-trial draws.</summary>
    public required IReadOnlyDictionary<string, string> Sources { get; init; }

    /// <summary>The index of the access cell for a claim against <paramref name="accused"/>.</summary>
    public static int AccessCell(int accused, bool isTrue) => accused * 2 + (isTrue ? 0 : 1);
}
