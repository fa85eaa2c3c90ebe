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
}
