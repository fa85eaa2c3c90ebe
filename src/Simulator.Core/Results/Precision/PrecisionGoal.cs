using System.Globalization;

namespace Simulator.Results.Precision;

/// <summary>
/// A precision-driven run's goal: keep adding batches of trials until the 95 % interval half-width of
/// <see cref="Target"/> is at most <see cref="HalfWidth"/> for every regime (or every comparison),
/// but never run more than <see cref="MaxTrials"/> trials per regime.
/// </summary>
/// <param name="Target">What must be precise.</param>
/// <param name="HalfWidth">Largest acceptable half-width: a probability for holds and paired, days for the restricted mean.</param>
/// <param name="MaxTrials">Bound on the trials per regime.</param>
public sealed record PrecisionGoal(PrecisionTarget Target, double HalfWidth, long MaxTrials)
{
    /// <summary>--max-trials when not given.</summary>
    public const long DefaultMaxTrials = 1_000_000;

    /// <summary>Largest --max-trials accepted (the scenario format's own limit on run.trials).</summary>
    public const long MaxTrialsLimit = 100_000_000;

    /// <summary>Name of a target on the command line and in summary.json.</summary>
    public static string Name(PrecisionTarget target) => target switch
    {
        PrecisionTarget.Holds => "holds",
        PrecisionTarget.RestrictedMean => "rmst",
        PrecisionTarget.PairedHolds => "paired",
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, null),
    };

    /// <summary>Name of a stop reason in summary.json.</summary>
    public static string Name(PrecisionStop stop) => stop switch
    {
        PrecisionStop.TargetMet => "target_met",
        PrecisionStop.BoundReached => "max_trials_reached",
        PrecisionStop.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(stop), stop, null),
    };

    /// <summary>
    /// Checks the command-line values. Returns false with a message saying what to change when
    /// one is wrong. Without a half-width no other value may be given (and the goal is null).
    /// </summary>
    public static bool TryCreate(double? halfWidth, string? target, long? maxTrials, out PrecisionGoal? goal, out string? error)
    {
        goal = null;
        error = null;
        if (halfWidth is not { } h)
        {
            if (target is not null || maxTrials is not null)
            {
                error = "--target and --max-trials only apply to a precision-driven run; add --precision H (e.g. --precision 0.005).";
                return false;
            }
            return true;
        }

        PrecisionTarget parsed;
        switch (target?.Trim().ToLowerInvariant())
        {
            case null or "holds": parsed = PrecisionTarget.Holds; break;
            case "rmst": parsed = PrecisionTarget.RestrictedMean; break;
            case "paired": parsed = PrecisionTarget.PairedHolds; break;
            default:
                error = $"--target '{target}' is not a precision target; choose holds (probability of holding at the horizon), rmst (restricted mean days) or paired (difference in holding with the baseline).";
                return false;
        }
        if (!double.IsFinite(h) || h <= 0)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"--precision must be a positive half-width (got {h}); e.g. 0.005 for ±0.5 percentage points.");
            return false;
        }
        if (parsed != PrecisionTarget.RestrictedMean && h >= 1)
        {
            error = string.Create(CultureInfo.InvariantCulture,
                $"--precision {h} is not below 1, but --target {Name(parsed)} is a probability; give a half-width such as 0.005 (±0.5 percentage points), or use --target rmst for days.");
            return false;
        }
        var bound = maxTrials ?? DefaultMaxTrials;
        if (bound < 2 || bound > MaxTrialsLimit)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"--max-trials must be between 2 and {MaxTrialsLimit:N0} (got {bound:N0}).");
            return false;
        }
        goal = new PrecisionGoal(parsed, h, bound);
        return true;
    }
}
