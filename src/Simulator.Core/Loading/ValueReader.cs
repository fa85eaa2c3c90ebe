using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Simulator.Diagnostics;

namespace Simulator.Loading;

/// <summary>
/// Reads one typed value from a node, reporting a positioned error (with the expected type or
/// range and the value found) and returning null when it cannot.
/// </summary>
internal static partial class ValueReader
{
    /// <summary>The id pattern, as shown in messages.</summary>
    public const string IdPattern = "^[a-z][a-z0-9_]*$";

    public static double? Number(DocNode node, string path, ErrorSink sink, NumberRange range)
    {
        sink.NoteNumberKey(path, range, integer: false);
        sink.Reads?.Value(node, new ValueRead(ValueKind.Number, range));
        if (node is not ScalarNode scalar || !ScalarResolver.TryNumber(scalar, out var value))
        {
            var quoted = node is ScalarNode { IsPlain: false } s && ScalarResolver.TryNumber(new ScalarNode(s.Value, true, s.Origin), out _);
            sink.Error(node, path, $"expected a number ({range.Description}), found {node.Describe()}",
                quoted ? "remove the quotes: quoted values are text" : null);
            return null;
        }
        if (!range.Contains(value))
        {
            var finite = double.IsFinite(value) ? "" : ", which is not a finite number";
            sink.Error(node, path, $"must be {range.Description}; found {scalar.Value}{finite}");
            return null;
        }
        return value;
    }

    public static BigInteger? Integer(DocNode node, string path, ErrorSink sink, BigInteger min, BigInteger max)
    {
        var expected = $"an integer between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}";
        var range = new NumberRange((double)min, true, (double)max, true, expected);
        sink.NoteNumberKey(path, range, integer: true);
        sink.Reads?.Value(node, new ValueRead(ValueKind.Integer, range, min, max));
        if (node is not ScalarNode scalar || scalar.IsNull)
        {
            sink.Error(node, path, $"expected {expected}, found {node.Describe()}");
            return null;
        }
        if (!ScalarResolver.TryInteger(scalar, out var value) || value < min || value > max)
        {
            sink.Error(node, path, $"must be {expected}; found {scalar.Describe()}");
            return null;
        }
        return value;
    }

    public static bool? Bool(DocNode node, string path, ErrorSink sink)
    {
        sink.Reads?.Value(node, new ValueRead(ValueKind.Bool));
        if (node is ScalarNode scalar && ScalarResolver.TryBool(scalar, out var value))
        {
            return value;
        }
        sink.Error(node, path, $"expected true or false, found {node.Describe()}");
        return null;
    }

    public static string? Text(DocNode node, string path, ErrorSink sink)
    {
        sink.Reads?.Value(node, new ValueRead(ValueKind.Text));
        if (node is ScalarNode { IsNull: false } scalar)
        {
            return scalar.Value;
        }
        sink.Error(node, path, $"expected a text value, found {node.Describe()}");
        return null;
    }

    public static string? Id(DocNode node, string path, ErrorSink sink)
    {
        var text = Text(node, path, sink);
        sink.Reads?.Value(node, new ValueRead(ValueKind.Id));
        if (text is null) return null;
        if (!IdRegex().IsMatch(text))
        {
            sink.Error(node, path, $"must be a snake_case id matching {IdPattern}; found {node.Describe()}");
            return null;
        }
        return text;
    }

    /// <summary>One of a fixed set of names, with the nearest one suggested.</summary>
    public static T? Choice<T>(DocNode node, string path, ErrorSink sink, IReadOnlyList<(string Name, T Value)> choices)
        where T : struct
    {
        var text = Text(node, path, sink);
        sink.Reads?.Value(node, new ValueRead(ValueKind.Choice, Choices: choices.Select(c => c.Name).ToArray()));
        if (text is null) return null;
        foreach (var (name, value) in choices)
        {
            if (name == text) return value;
        }
        sink.Error(node, path, $"unknown value {node.Describe()}", NameSuggester.Help(text, choices.Select(c => c.Name).ToList()));
        return null;
    }

    /// <summary>Index of the id in <paramref name="node"/> among <paramref name="ids"/>, or −1 with an "unknown …" error.</summary>
    public static int Reference(DocNode node, string path, ErrorSink sink, string what, IReadOnlyList<string> ids)
    {
        var id = Text(node, path, sink);
        sink.Reads?.Value(node, new ValueRead(ValueKind.Reference, Target: what));
        if (id is null) return -1;
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id) return i;
        }
        sink.Error(node, path, $"unknown {what} {node.Describe()}", NameSuggester.Help(id, ids.Where(i => i.Length > 0).Distinct().ToList()));
        return -1;
    }

    // \z rather than $: "$" would also accept a trailing newline.
    [GeneratedRegex(@"^[a-z][a-z0-9_]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdRegex();
}
