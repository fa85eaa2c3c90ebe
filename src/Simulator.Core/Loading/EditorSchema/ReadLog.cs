namespace Simulator.Loading.EditorSchema;

/// <summary>What the mapper read in one probe document, by schema path (see <see cref="MapperProbe"/>).</summary>
internal sealed class ReadLog(IReadOnlyDictionary<DocNode, string> paths) : IReadObserver
{
    public Dictionary<string, ValueRead> Values { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Required { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, object> Defaults { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> MaxItems { get; } = new(StringComparer.Ordinal);

    /// <summary>Every path the mapper looked at in any way.</summary>
    public IEnumerable<string> Observed => Values.Keys.Concat(Required).Concat(Defaults.Keys).Concat(MaxItems.Keys);

    void IReadObserver.Value(DocNode node, ValueRead read)
    {
        if (!paths.TryGetValue(node, out var path)) return;
        // Ids, choices and references are texts too, read as texts first: the specific kind wins.
        if (read.Kind == ValueKind.Text && Values.TryGetValue(path, out var known) && known.Kind != ValueKind.Text) return;
        Values[path] = read;
    }

    void IReadObserver.Required(DocNode node)
    {
        if (paths.TryGetValue(node, out var path)) Required.Add(path);
    }

    void IReadObserver.Default(DocNode node, object fallback)
    {
        if (paths.TryGetValue(node, out var path)) Defaults.TryAdd(path, fallback);
    }

    void IReadObserver.MaxItems(DocNode node, int max)
    {
        if (paths.TryGetValue(node, out var path)) MaxItems.TryAdd(path, max);
    }
}
