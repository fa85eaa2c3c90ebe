namespace Simulator.Loading;

/// <summary>Ids of one list in file order, reporting duplicates with the path of the first use.</summary>
internal sealed class IdSet
{
    private readonly Dictionary<string, string> _firstPath = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];

    /// <summary>Ids parallel to the list's items: "" where an item's id was invalid; a duplicate appears twice (references resolve to the first).</summary>
    public IReadOnlyList<string> Ids => _ids;

    /// <summary>Records <paramref name="id"/>; false (after reporting) when it is already used.</summary>
    public bool Add(string id, DocNode node, string path, ErrorSink sink)
    {
        _ids.Add(id);
        if (_firstPath.TryGetValue(id, out var first))
        {
            sink.Error(node, path, $"duplicate id '{id}'; {first} already uses it");
            return false;
        }
        _firstPath.Add(id, path);
        return true;
    }

    /// <summary>Keeps indices parallel to the items when an item has no valid id.</summary>
    public void AddInvalid() => _ids.Add("");
}
