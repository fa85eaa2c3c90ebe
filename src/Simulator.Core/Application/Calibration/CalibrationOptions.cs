using Simulator.Diagnostics;
using Simulator.Loading.Durations;
using Simulator.Studies.Calibration;
using Simulator.Validation;

namespace Simulator.Application.Calibration;

/// <summary>The options of a calibration, parsed and checked on their own (before the scenario and the data).</summary>
internal sealed record CalibrationOptions(
    DurationTimeUnit? Unit,
    IReadOnlyList<FitParameter> Fit,
    IReadOnlyList<KeyValuePair<string, string>> Where,
    IReadOnlyList<KeyValuePair<string, string>> Groups)
{
    /// <summary>Most parameters fitted at once (the profile intervals' cost grows with the square).</summary>
    public const int MaxParameters = 6;

    /// <summary>Parses <paramref name="spec"/>'s options; each problem names its option.</summary>
    public static CalibrationOptions Parse(CalibrationSpec spec, List<Problem> problems)
    {
        OptionRange.Threads.Check(spec.Threads, problems);
        var unit = DurationTimeUnits.Parse(spec.TimeUnit);
        if (unit is null) problems.Add(Option("--time-unit", $"must be days or years; found '{spec.TimeUnit}'"));
        var fit = new List<FitParameter>();
        foreach (var text in spec.Fit)
        {
            try
            {
                var parameter = FitParameter.Parse(text);
                if (fit.Any(f => f.Path == parameter.Path)) problems.Add(Option("--fit", $"'{parameter.Path}' is fitted twice; give it once"));
                else fit.Add(parameter);
            }
            catch (FormatException e)
            {
                problems.Add(Option("--fit", e.Message));
            }
        }
        if (fit.Count > MaxParameters) problems.Add(Option("--fit", $"{fit.Count} parameters; at most {MaxParameters} can be fitted at once"));
        var where = Pairs(spec.Where, "--where", "COLUMN=VALUE (e.g. post_cold_war=1)", problems);
        var groups = Pairs(spec.Groups, "--group", "REGIME=VALUE (e.g. peacekeepers=1)", problems);
        if (spec.GroupColumn is null && groups.Count > 0)
        {
            problems.Add(Option("--group", "needs --group-column NAME: the column whose values the groups name"));
        }
        if (spec.GroupColumn is not null && groups.Count == 0)
        {
            problems.Add(Option("--group-column", "needs at least one --group REGIME=VALUE: which regime each group of the data is compared with"));
        }
        foreach (var repeated in groups.GroupBy(g => g.Value).Where(g => g.Count() > 1))
        {
            problems.Add(Option("--group", $"the value '{repeated.Key}' is mapped to {repeated.Count()} regimes; a group of the data is compared with one regime"));
        }
        return new CalibrationOptions(unit, fit, where, groups);
    }

    private static List<KeyValuePair<string, string>> Pairs(IReadOnlyList<string> texts, string option, string form, List<Problem> problems)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var text in texts)
        {
            var eq = text.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) problems.Add(Option(option, $"'{text}' is not {form}"));
            else pairs.Add(new(text[..eq].Trim(), text[(eq + 1)..].Trim()));
        }
        return pairs;
    }

    private static Problem Option(string option, string message) => new() { File = option, Message = message };
}
