using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Simulator.Loading;

/// <summary>
/// Writes values into a scenario's YAML text at <c>--set</c> key paths, keeping everything else of
/// the text (comments, order, layout): a value written in the file is replaced where it stands (a
/// distribution such as <c>{ uncertain: uniform, … }</c> by the fixed value), a key the file leaves
/// at its default is added to its mapping. Used to write a calibrated scenario that loads, without
/// overrides, exactly as the source with them.
/// </summary>
public static class ScenarioTextEditor
{
    /// <summary>
    /// The text with each (path, value) applied in order (a later value for the same path wins).
    /// <paramref name="unplaced"/> lists the paths it could not place (a list item the file lacks, a
    /// path through a scalar); the caller reports them.
    /// </summary>
    public static string Apply(string yaml, IEnumerable<KeyValuePair<string, string>> settings, out IReadOnlyList<string> unplaced)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(settings);
        var missed = new List<string>();
        foreach (var (path, value) in settings)
        {
            var edited = TryApply(yaml, path, value);
            if (edited is null) missed.Add(path);
            else yaml = edited;
        }
        unplaced = missed;
        return yaml;
    }

    /// <summary>The scalar text at <paramref name="path"/> in the file, or null when the file has no scalar there.</summary>
    public static string? ScalarAt(string yaml, string path)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(path);
        return Walk(yaml, path) is { Node: YamlScalarNode scalar, Missing: null } ? scalar.Value : null;
    }

    private static string? TryApply(string yaml, string path, string value)
    {
        if (Walk(yaml, path) is not { } found) return null;
        if (found.Missing is { } missing) return Insert(yaml, (YamlMappingNode)found.Node, missing, value);
        if (found.Key is null) return null;
        return IsBlock(found.Node)
            ? Splice(yaml, found.Key.End.Index, LastEnd(found.Node), ": " + value)
            : Splice(yaml, found.Node.Start.Index, IsFlow(found.Node) ? FlowEnd(yaml, found.Node) : found.Node.End.Index, value);
    }

    // The node at a path with the key that names it; or the deepest mapping on the path with the keys it lacks.
    private sealed record Found(YamlNode Node, YamlScalarNode? Key, string?[]? Missing);

    private static Found? Walk(string yaml, string path)
    {
        var segments = OverrideSegment.Parse(path);
        if (segments is null) return null;
        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 1 ? stream.Documents[0].RootNode : null;
        }
        catch (YamlException)
        {
            return null;
        }
        if (root is not YamlMappingNode) return null;
        YamlNode node = root;
        YamlScalarNode? key = null;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            switch (node)
            {
                case YamlMappingNode map when segment.Key is { } name:
                    var entry = map.Children.FirstOrDefault(c => c.Key is YamlScalarNode k && k.Value == name);
                    if (entry.Key is null) return new Found(map, null, segments.Skip(i).Select(s => s.Key).ToArray());
                    key = (YamlScalarNode)entry.Key;
                    node = entry.Value;
                    break;
                case YamlSequenceNode list when segment.Key is { } id:
                    var item = list.Children.OfType<YamlMappingNode>().FirstOrDefault(m =>
                        m.Children.TryGetValue(new YamlScalarNode("id"), out var v) && v is YamlScalarNode s && s.Value == id);
                    if (item is null) return null;
                    (node, key) = (item, null);
                    break;
                case YamlSequenceNode list when segment.Key is null && segment.Index < list.Children.Count:
                    (node, key) = (list.Children[segment.Index], null);
                    break;
                default:
                    return null;
            }
        }
        return new Found(node, key, null);
    }

    // Adds keys the file leaves at their defaults: "a: {b: value}" as a new entry of the mapping.
    private static string? Insert(string yaml, YamlMappingNode map, string?[] keys, string value)
    {
        if (keys.Any(k => k is null)) return null;
        var entry = keys[^1] + ": " + value;
        for (var i = keys.Length - 2; i >= 0; i--) entry = keys[i] + ": {" + entry + "}";
        if (map.Style == MappingStyle.Flow)
        {
            if (map.Children.Count == 0) return FlowEnd(yaml, map) < 0 ? null : Splice(yaml, map.Start.Index + 1, map.Start.Index + 1, entry);
            var last = map.Children.Last().Value;
            var after = IsFlow(last) ? FlowEnd(yaml, last) : LastEnd(last);
            return after < 0 ? null : Splice(yaml, after, after, ", " + entry);
        }
        if (map.Children.Count == 0) return null;
        var first = map.Children.First().Key;
        var indent = new string(' ', (int)Math.Max(0, first.Start.Column - 1));
        return Splice(yaml, LastEnd(map), LastEnd(map), "\n" + indent + entry);
    }

    private static bool IsFlow(YamlNode node) =>
        node is YamlMappingNode { Style: MappingStyle.Flow } || node is YamlSequenceNode { Style: SequenceStyle.Flow };

    // Just past a flow collection's closing bracket (its own end mark lies at the opening one): scan on
    // from its last child over blanks, commas and comments. −1 when the text is not as expected.
    private static long FlowEnd(string yaml, YamlNode node)
    {
        var children = node switch
        {
            YamlMappingNode m => m.Children.Select(c => c.Value),
            YamlSequenceNode s => s.Children,
            _ => [],
        };
        var last = children.LastOrDefault();
        var i = (int)(last is null ? node.Start.Index + 1 : IsFlow(last) ? FlowEnd(yaml, last) : LastEnd(last));
        if (i <= 0) return -1;
        var close = node is YamlMappingNode ? '}' : ']';
        for (; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (c == close) return i + 1;
            if (c == '#')
            {
                while (i < yaml.Length && yaml[i] != '\n') i++;
                continue;
            }
            if (!char.IsWhiteSpace(c) && c != ',') return -1;
        }
        return -1;
    }

    private static bool IsBlock(YamlNode node) =>
        node is YamlMappingNode { Style: not MappingStyle.Flow } || node is YamlSequenceNode { Style: not SequenceStyle.Flow };

    // Where a node's text really ends: a block collection's own end mark lies at the next token.
    private static long LastEnd(YamlNode node) => node switch
    {
        YamlMappingNode { Style: not MappingStyle.Flow, Children.Count: > 0 } m => LastEnd(m.Children.Last().Value),
        YamlSequenceNode { Style: not SequenceStyle.Flow, Children.Count: > 0 } s => LastEnd(s.Children[^1]),
        _ => node.End.Index,
    };

    private static string Splice(string yaml, long from, long to, string replacement) =>
        string.Concat(yaml.AsSpan(0, (int)from), replacement, yaml.AsSpan((int)to));

    /// <summary>Formats a number as the editor writes it (shortest round trip).</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
