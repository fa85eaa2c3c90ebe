using System.Globalization;

namespace Simulator.Model;

/// <summary>
/// One varied parameter of a sweep: a <c>--set</c> key path and the values it takes, as YAML scalar
/// text (each point applies <c>path=value</c> like <c>--set</c>, so it is validated like the file).
/// </summary>
/// <param name="Path">Key path, e.g. <c>regimes.mediator_commission.sensitivity</c>.</param>
/// <param name="Values">The values, in order, as scalar text.</param>
public sealed record SweepAxis(string Path, IReadOnlyList<string> Values)
{
    /// <summary>Most values one axis may list (lists and expanded ranges alike).</summary>
    public const int MaxValues = 1000;

    /// <summary>
    /// Parses <c>key.path=v1,v2,…</c> or <c>key.path=start:stop:step</c> (as given to <c>--vary</c>);
    /// throws <see cref="FormatException"/> with a message for the user when it is malformed.
    /// </summary>
    public static SweepAxis Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=');
        if (equals <= 0 || equals == text.Length - 1)
        {
            throw new FormatException($"'{text}': expected key.path=v1,v2,… or key.path=start:stop:step, e.g. regimes.mediator_commission.sensitivity=0.3,0.5,0.7");
        }
        var path = text[..equals].Trim();
        var spec = text[(equals + 1)..].Trim();
        var parts = spec.Split(':');
        if (parts.Length == 3 && !spec.Contains(',', StringComparison.Ordinal))
        {
            if (!TryNumber(parts[0], out var start) || !TryNumber(parts[1], out var stop) || !TryNumber(parts[2], out var step))
            {
                throw new FormatException($"'{text}': a range is start:stop:step with three numbers, e.g. 2:12:2");
            }
            var error = RangeError(start, stop, step);
            if (error is not null) throw new FormatException($"'{text}': {error}");
            return new SweepAxis(path, Range(start, stop, step));
        }
        var values = spec.Split(',').Select(v => v.Trim()).ToArray();
        if (values.Any(v => v.Length == 0))
        {
            throw new FormatException($"'{text}': a value is empty; separate values with single commas");
        }
        if (values.Length > MaxValues)
        {
            throw new FormatException($"'{text}': {values.Length} values; at most {MaxValues} are allowed per parameter");
        }
        return new SweepAxis(path, values);
    }

    /// <summary>Why start:stop:step is not a usable range (null when it is).</summary>
    public static string? RangeError(double start, double stop, double step)
    {
        if (!double.IsFinite(start) || !double.IsFinite(stop) || !double.IsFinite(step)) return "start, stop and step must be finite numbers";
        if (step <= 0) return $"step must be greater than 0; found {Format(step)}";
        if (stop < start) return $"stop ({Format(stop)}) must be at least start ({Format(start)})";
        var count = Math.Floor((stop - start) / step * (1 + 1e-12) + 1e-9) + 1;
        if (count > MaxValues) return $"the range has {count:0} values; at most {MaxValues} are allowed per parameter";
        return null;
    }

    /// <summary>
    /// start, start + step, … up to stop inclusive (within rounding), each rounded to 12 significant
    /// digits so 0.1 steps read 0.3 rather than 0.30000000000000004. Call <see cref="RangeError"/> first.
    /// </summary>
    public static IReadOnlyList<string> Range(double start, double stop, double step)
    {
        var values = new List<string>();
        for (var i = 0; values.Count <= MaxValues; i++)
        {
            var value = start + i * step;
            if (value > stop + Math.Abs(step) * 1e-9) break;
            var rounded = double.Parse(value.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            values.Add(Format(rounded));
        }
        return values;
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
