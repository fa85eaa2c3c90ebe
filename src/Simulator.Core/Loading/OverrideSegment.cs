using System.Globalization;

namespace Simulator.Loading;

/// <summary>One step of a <c>--set</c> key path: a key or item id (<c>regimes</c>, <c>monitors</c>) or an index (<c>[1]</c>).</summary>
internal readonly record struct OverrideSegment(string? Key, int Index)
{
    /// <summary>Splits <c>regimes[1].verdict_delay.days</c> into steps; null when malformed.</summary>
    public static List<OverrideSegment>? Parse(string path)
    {
        var result = new List<OverrideSegment>();
        foreach (var part in path.Split('.'))
        {
            var rest = part;
            var bracket = rest.IndexOf('[');
            var key = bracket < 0 ? rest : rest[..bracket];
            if (key.Length > 0)
            {
                result.Add(new OverrideSegment(key, -1));
            }
            else if (bracket != 0)
            {
                return null;
            }
            rest = bracket < 0 ? "" : rest[bracket..];
            while (rest.Length > 0)
            {
                var close = rest.IndexOf(']');
                if (rest[0] != '[' || close < 0
                    || !int.TryParse(rest[1..close], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    return null;
                }
                result.Add(new OverrideSegment(null, index));
                rest = rest[(close + 1)..];
            }
        }
        return result.Count > 0 ? result : null;
    }

    public override string ToString() => Key ?? $"[{Index}]";
}
