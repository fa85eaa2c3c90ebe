using System.Numerics;
using Simulator.Diagnostics;

namespace Simulator.Loading;

/// <summary>
/// Reads the keys of one mapping against its <see cref="MapSchema"/>: unknown keys are reported
/// (with the nearest valid key) as soon as the reader is made; missing required keys are reported
/// at the mapping. Optional keys given an empty value (<c>key:</c> or <c>~</c>) count as absent.
/// Every getter returns a fallback after reporting, so mapping goes on and finds every problem.
/// A misspelt key stands in for the key it is nearest to (when that key is absent), as a compiler
/// recovers from a typo: its value is still checked, and the typo is one problem, not also a
/// missing key and whatever follows from the key's absence.
/// </summary>
internal sealed class MappingReader
{
    private readonly MapSchema _schema;

    // Absent keys by name, each with the entry whose misspelt key is nearest to it.
    private readonly Dictionary<string, MappingEntry> _misspelt = new(StringComparer.Ordinal);

    public MappingReader(MappingNode node, string path, ErrorSink sink, MapSchema schema)
    {
        Node = node;
        Path = path;
        Sink = sink;
        _schema = schema;
        var keys = schema.KeyNames.ToList();
        foreach (var entry in node.Entries)
        {
            if (schema.Find(entry.Key.Value) is not null) continue;
            sink.Error(entry.Key, PathOf(entry.Key.Value), $"unknown key '{entry.Key.Value}'", NameSuggester.Help(entry.Key.Value, keys));
            if (NameSuggester.Nearest(entry.Key.Value, keys) is { } intended && node.Get(intended) is null)
            {
                _misspelt.TryAdd(intended, entry);
            }
        }
    }

    public MappingNode Node { get; }

    public string Path { get; }

    public ErrorSink Sink { get; }

    public string PathOf(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>The node under <paramref name="key"/>, or null when absent or empty.</summary>
    public DocNode? Get(string key)
    {
        if (_schema.Find(key) is null)
        {
            // A mapper asking for a key the schema lacks is a bug here, not in the file: --set would reject it.
            throw new InvalidOperationException($"Key '{key}' is read but not declared in the schema.");
        }
        var node = Lookup(key);
        return node is ScalarNode { IsNull: true } ? null : node;
    }

    /// <summary>The node under a required key; null (after reporting) when missing.</summary>
    public DocNode? Require(string key)
    {
        _ = Get(key);
        // Unlike Get, an empty value is returned, so it is reported as a wrong value rather than a missing key.
        var node = Lookup(key);
        if (node is null)
        {
            Sink.Error(Node, PathOf(key), $"missing required key '{key}'");
        }
        else
        {
            Sink.Reads?.Required(node);
        }
        return node;
    }

    public double Number(string key, NumberRange range, double fallback) =>
        Get(key) is { } node ? Fallback(node, fallback, ValueReader.Number(node, PathOf(key), Sink, range)) ?? fallback : fallback;

    public double RequiredNumber(string key, NumberRange range) =>
        Require(key) is { } node ? ValueReader.Number(node, PathOf(key), Sink, range) ?? 0 : 0;

    public double? OptionalNumber(string key, NumberRange range) =>
        Get(key) is { } node ? ValueReader.Number(node, PathOf(key), Sink, range) : null;

    public BigInteger? Integer(string key, BigInteger min, BigInteger max, bool required) =>
        (required ? Require(key) : Get(key)) is { } node ? ValueReader.Integer(node, PathOf(key), Sink, min, max) : null;

    public bool Bool(string key, bool fallback) =>
        Get(key) is { } node ? Fallback(node, fallback, ValueReader.Bool(node, PathOf(key), Sink)) ?? fallback : fallback;

    public string? Text(string key, bool required) =>
        (required ? Require(key) : Get(key)) is { } node ? ValueReader.Text(node, PathOf(key), Sink) : null;

    public string? Id(string key) => Require(key) is { } node ? ValueReader.Id(node, PathOf(key), Sink) : null;

    public T? Choice<T>(string key, IReadOnlyList<(string Name, T Value)> choices, bool required)
        where T : struct =>
        (required ? Require(key) : Get(key)) is { } node ? ValueReader.Choice(node, PathOf(key), Sink, choices) : null;

    /// <summary>A nested mapping's reader; null (after reporting when present but not a mapping, or required) otherwise.</summary>
    public MappingReader? Mapping(string key, bool required)
    {
        var node = required ? Require(key) : Get(key);
        if (node is null) return null;
        if (node is MappingNode mapping)
        {
            return new MappingReader(mapping, PathOf(key), Sink, (MapSchema)_schema.Find(key)!);
        }
        Sink.Error(node, PathOf(key), $"expected a mapping of keys, found {node.Describe()}");
        return null;
    }

    /// <summary>A nested list; null (after reporting when it is not a list or is longer than <paramref name="max"/>).</summary>
    public SequenceNode? Sequence(string key, bool required, int max)
    {
        var node = required ? Require(key) : Get(key);
        if (node is null) return null;
        if (node is not SequenceNode sequence)
        {
            Sink.Error(node, PathOf(key), $"expected a list, found {node.Describe()}");
            return null;
        }
        if (max < int.MaxValue) Sink.Reads?.MaxItems(node, max);
        if (sequence.Items.Count > max)
        {
            Sink.Error(node, PathOf(key), $"has {sequence.Items.Count} entries; at most {max} are allowed");
            return null;
        }
        return sequence;
    }

    /// <summary>Readers for the mapping items of a list of mappings (items that are not mappings are reported).</summary>
    public List<MappingReader> Items(string key, bool required, int max)
    {
        var result = new List<MappingReader>();
        if (Sequence(key, required, max) is not { } sequence) return result;
        var itemSchema = ((ListSchema)_schema.Find(key)!).Item;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var path = $"{PathOf(key)}[{i}]";
            if (sequence.Items[i] is MappingNode item)
            {
                result.Add(new MappingReader(item, path, Sink, itemSchema));
            }
            else
            {
                Sink.Error(sequence.Items[i], path, $"expected a mapping of keys, found {sequence.Items[i].Describe()}");
            }
        }
        return result;
    }

    // Tells the observer the fallback of a key that was present (an absent key has no node to note it on).
    private T? Fallback<T>(DocNode node, T fallback, T? value)
        where T : struct
    {
        Sink.Reads?.Default(node, fallback);
        return value;
    }

    // The value under the key, or under the misspelt key that stands in for it.
    private DocNode? Lookup(string key) => Node.Get(key) ?? (_misspelt.TryGetValue(key, out var entry) ? entry.Value : null);

    /// <summary>
    /// The entries of a mapping from names to values (<see cref="NamedMapSchema"/> or <see cref="NamedValuesSchema"/>);
    /// empty (after reporting when it is not a mapping) otherwise. Each name is the entry's key node.
    /// </summary>
    public List<(ScalarNode Name, DocNode Value, string Path)> Named(string key, int max)
    {
        var result = new List<(ScalarNode, DocNode, string)>();
        var node = Get(key);
        if (node is null) return result;
        if (node is not MappingNode map)
        {
            Sink.Error(node, PathOf(key), $"expected a mapping from names to values, found {node.Describe()}");
            return result;
        }
        if (map.Entries.Count > max)
        {
            Sink.Error(node, PathOf(key), $"has {map.Entries.Count} entries; at most {max} are allowed");
            return result;
        }
        foreach (var (name, value) in map.Entries) result.Add((name, value, $"{PathOf(key)}.{name.Value}"));
        return result;
    }

    /// <summary>A reader for a named entry's mapping value (of a <see cref="NamedMapSchema"/> key); null after reporting otherwise.</summary>
    public MappingReader? NamedMapping(string key, DocNode value, string path)
    {
        if (value is MappingNode mapping) return new MappingReader(mapping, path, Sink, ((NamedMapSchema)_schema.Find(key)!).Value);
        Sink.Error(value, path, $"expected a mapping of keys, found {value.Describe()}");
        return null;
    }

    /// <summary>True when <paramref name="key"/> is present with a non-empty value.</summary>
    public bool Has(string key) => Get(key) is not null;
}
