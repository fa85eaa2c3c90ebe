namespace Simulator.Application.Calibration;

/// <summary>The `calibrate` command that reproduces a spec, for the calibrated scenario's header.</summary>
internal static class CalibrationCommandLine
{
    public static string Of(CalibrationSpec spec)
    {
        var args = new List<string> { "truce-sim", "calibrate", spec.Scenario.DisplayName, "--data", spec.DataFile,
            "--duration-column", spec.DurationColumn, "--event-column", spec.EventColumn };
        if (spec.TimeUnit != "days") args.AddRange(["--time-unit", spec.TimeUnit]);
        if (spec.GroupColumn is { } column) args.AddRange(["--group-column", column]);
        foreach (var g in spec.Groups) args.AddRange(["--group", g]);
        foreach (var w in spec.Where) args.AddRange(["--where", w]);
        foreach (var f in spec.Fit) args.AddRange(["--fit", f]);
        if (spec.Trials is { } t) args.AddRange(["--trials", FormattableString.Invariant($"{t}")]);
        if (spec.Seed is { } s) args.AddRange(["--seed", FormattableString.Invariant($"{s}")]);
        if (spec.HorizonDays is { } h) args.AddRange(["--horizon", FormattableString.Invariant($"{h:R}")]);
        foreach (var o in spec.Overrides) args.AddRange(["--set", o]);
        if (spec.OutputFolder is { } folder) args.AddRange(["--out", folder]);
        return string.Join(" ", args.Select(Quote));
    }

    // Shell quoting, so the line can be pasted back.
    private static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsLetterOrDigit(c) || "-_./=:,+@%".Contains(c)) ? arg : "'" + arg.Replace("'", "'\\''") + "'";
}
