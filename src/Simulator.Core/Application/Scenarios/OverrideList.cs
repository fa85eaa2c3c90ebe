using Simulator.Diagnostics;

namespace Simulator.Application.Scenarios;

/// <summary>Folds the options that set scenario values (--trials, --seed, --horizon) into the --set list, so the gate validates them like the file.</summary>
public static class OverrideList
{
    /// <summary><paramref name="overrides"/> followed by run.trials, run.seed and run.horizon_days when given.</summary>
    public static IReadOnlyList<string> With(IReadOnlyList<string> overrides, long? trials, ulong? seed, double? horizonDays)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var all = new List<string>(overrides);
        if (trials is { } t) all.Add(FormattableString.Invariant($"run.trials={t}"));
        if (seed is { } s) all.Add(FormattableString.Invariant($"run.seed={s}"));
        if (horizonDays is { } h) all.Add(FormattableString.Invariant($"run.horizon_days={h:R}"));
        return all;
    }

    /// <summary>
    /// Problems about the values <see cref="With"/> folded in, attributed to the option the user typed
    /// (<c>--trials: must be …</c>) rather than to an override they never wrote. The option comes last,
    /// so when it is given the value judged is the option's.
    /// </summary>
    public static IEnumerable<Problem> Attribute(IEnumerable<Problem> problems, long? trials, ulong? seed, double? horizonDays)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Select(p => p.File != ErrorSinkFile ? p : (p.Path, trials, seed, horizonDays) switch
        {
            ("run.trials", not null, _, _) => p with { File = "--trials", Path = "" },
            ("run.seed", _, not null, _) => p with { File = "--seed", Path = "" },
            ("run.horizon_days", _, _, not null) => p with { File = "--horizon", Path = "" },
            _ => p,
        });
    }

    // Problems in overrides are attributed to this "file" by the loader.
    private const string ErrorSinkFile = "--set";
}
