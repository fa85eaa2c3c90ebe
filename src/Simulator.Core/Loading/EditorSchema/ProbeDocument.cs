namespace Simulator.Loading.EditorSchema;

/// <summary>
/// A document with every key of the schema present once (a list with one item, a mapping of names
/// with one entry), each single value a stand-in that no reader accepts and no error is reported for,
/// except the values a probe assigns; each node is known by its schema path.
/// </summary>
internal static class ProbeDocument
{
    /// <summary>The name of the one entry of each mapping of names (a lifecycle, a principal's regard) in a probe.</summary>
    public const string EntryName = "probe";

    /// <summary>The root; <paramref name="paths"/> receives the schema path of every node.</summary>
    /// <param name="assigned">Values to put at some paths; a null value leaves the key out.</param>
    /// <param name="paths">Filled with each node's schema path.</param>
    public static DocNode Build(IReadOnlyDictionary<string, string?> assigned, Dictionary<DocNode, string> paths) =>
        Node(ScenarioSchema.Root, "", assigned, paths);

    private static DocNode Node(SchemaNode schema, string path, IReadOnlyDictionary<string, string?> assigned, Dictionary<DocNode, string> paths)
    {
        var origin = NodeOrigin.At(1, 1);
        DocNode node = schema switch
        {
            MapSchema map => new MappingNode(origin, map.Keys
                .Where(k => !assigned.TryGetValue(Join(path, k.Key), out var value) || value is not null)
                .Select(k => new MappingEntry(new ScalarNode(k.Key, true, origin), Node(k.Value, Join(path, k.Key), assigned, paths)))
                .ToList()),
            ListSchema list => new SequenceNode(origin, [Node(list.Item, path + "[*]", assigned, paths)]),
            ScalarListSchema => new SequenceNode(origin, [Node(ScalarSchema.Instance, path + "[*]", assigned, paths)]),
            NamedMapSchema named => new MappingNode(origin,
                [new MappingEntry(new ScalarNode(EntryName, true, origin), Node(named.Value, Join(path, "*"), assigned, paths))]),
            NamedValuesSchema => new MappingNode(origin,
                [new MappingEntry(new ScalarNode(EntryName, true, origin), Node(ScalarSchema.Instance, Join(path, "*"), assigned, paths))]),
            _ => assigned.TryGetValue(path, out var value) && value is not null
                ? new ScalarNode(value, true, origin)
                : new ScalarNode(UncertainReader.Marker, false, origin) { IsStandIn = true },
        };
        paths[node] = path;
        return node;
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
