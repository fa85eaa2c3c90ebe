using System.Globalization;

namespace Simulator.Studies.Calibration;

/// <summary>
/// A scenario value to fit, by its <c>--set</c> key path, within [<see cref="Lower"/>, <see cref="Upper"/>],
/// starting from <see cref="Start"/>. Parsed from <c>key.path=lo:hi</c> (the --fit option) or taken
/// from an uncertain value's range.
/// </summary>
/// <param name="Path">The key path, e.g. <c>armed_groups.group.attack_rate</c>.</param>
/// <param name="Lower">Smallest value tried.</param>
/// <param name="Upper">Largest value tried.</param>
public sealed record FitParameter(string Path, double Lower, double Upper)
{
    /// <summary>Where the search starts (the scenario's own value when it lies inside, else the middle).</summary>
    public double Start { get; init; } = (Lower + Upper) / 2;

    /// <summary>The range as text: <c>[lo, hi]</c>.</summary>
    public string Range => string.Create(CultureInfo.InvariantCulture, $"[{Lower:G6}, {Upper:G6}]");

    /// <summary>This parameter starting at <paramref name="value"/> when it lies strictly inside the range, else at the middle.</summary>
    public FitParameter StartingAt(double? value) =>
        this with { Start = value is { } v && v > Lower && v < Upper ? v : (Lower + Upper) / 2 };

    /// <summary>Parses <c>key.path=lo:hi</c>.</summary>
    /// <exception cref="FormatException">Malformed, a bound not finite, or lo ≥ hi; the message says what to write.</exception>
    public static FitParameter Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        var path = eq < 0 ? "" : text[..eq].Trim();
        var range = eq < 0 ? "" : text[(eq + 1)..];
        var colon = range.IndexOf(':', StringComparison.Ordinal);
        if (path.Length == 0 || colon < 0)
        {
            throw new FormatException($"'{text}' is not key.path=lo:hi (e.g. armed_groups.group.attack_rate=0.01:0.2)");
        }
        var lo = Number(text, range[..colon]);
        var hi = Number(text, range[(colon + 1)..]);
        if (!(lo < hi)) throw new FormatException($"'{text}': the lower bound {lo:G6} must be below the upper bound {hi:G6}");
        return new FitParameter(path, lo, hi);
    }

    private static double Number(string text, string part)
    {
        if (double.TryParse(part.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)) return value;
        throw new FormatException($"'{text}': '{part.Trim()}' is not a finite number; write key.path=lo:hi with numbers");
    }
}
