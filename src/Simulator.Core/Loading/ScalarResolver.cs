using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Simulator.Loading;

/// <summary>
/// YAML 1.2 core-schema typing of plain scalars: decimal integers, floats (with <c>.nan</c> and
/// <c>.inf</c>), booleans. Quoted scalars are strings and are never read as numbers.
/// </summary>
internal static partial class ScalarResolver
{
    // More digits than this cannot fit any integer key; not parsing them keeps hostile values cheap.
    private const int MaxIntegerDigits = 40;

    /// <summary>Reads a number (integer or float); NaN and infinities are returned as such for the caller to reject.</summary>
    public static bool TryNumber(ScalarNode node, out double value)
    {
        value = 0;
        if (!node.IsPlain) return false;
        var text = node.Value;
        if (text is ".nan" or ".NaN" or ".NAN")
        {
            value = double.NaN;
            return true;
        }
        if (InfinityPattern().IsMatch(text))
        {
            value = text[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        // Overflowing literals such as 1e400 parse to infinity and are then rejected as not finite.
        return FloatPattern().IsMatch(text)
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Reads a decimal integer of any size (a float such as <c>1e3</c> or <c>2.0</c> is not one).</summary>
    public static bool TryInteger(ScalarNode node, out BigInteger value)
    {
        value = BigInteger.Zero;
        if (!node.IsPlain || !IntegerPattern().IsMatch(node.Value)) return false;
        if (node.Value.Length > MaxIntegerDigits)
        {
            // Saturate: far beyond every allowed range, with the sign kept for the message.
            value = BigInteger.Pow(10, MaxIntegerDigits) * (node.Value[0] == '-' ? -1 : 1);
            return true;
        }
        return BigInteger.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Reads <c>true</c> or <c>false</c> (any YAML 1.2 core spelling).</summary>
    public static bool TryBool(ScalarNode node, out bool value)
    {
        value = node.Value is "true" or "True" or "TRUE";
        return node.IsPlain && (value || node.Value is "false" or "False" or "FALSE");
    }

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?\.(inf|Inf|INF)$", RegexOptions.CultureInvariant)]
    private static partial Regex InfinityPattern();
}
