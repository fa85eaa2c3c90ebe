namespace Simulator.Loading.EditorSchema;

/// <summary>
/// Learns the scenario format from the mapper itself: maps probe documents (<see cref="ProbeDocument"/>)
/// with a <see cref="ReadLog"/> watching, and explores what depends on values. Each choice the mapper
/// reads is tried with each of its names (kind: none reads other keys than kind: joint), and keys
/// read only when their siblings are absent (a sweep's values or from/to/step) are tried alone. So a
/// key added to the schema and the mapper appears here with its type, range and default, untold.
/// </summary>
internal sealed class MapperProbe
{
    // A bound on the documents mapped, far above what the format needs (about forty).
    private const int MaxProbes = 2000;

    private MapperProbe(IReadOnlyList<Run> runs)
    {
        Runs = runs;
    }

    /// <summary>Every probe mapped, the plain one first, then in the order they were derived.</summary>
    public IReadOnlyList<Run> Runs { get; }

    /// <summary>One probe: the values it assigned (null: key left out), the one it was derived from, and what was read.</summary>
    public sealed record Run(IReadOnlyDictionary<string, string?> Assigned, Run? Parent, string? AssignedPath, ReadLog Log);

    public static MapperProbe Explore()
    {
        var runs = new List<Run>();
        var explored = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<Run>();
        queue.Enqueue(Map(new Dictionary<string, string?>(), null, null));
        while (queue.Count > 0 && runs.Count < MaxProbes)
        {
            var run = queue.Dequeue();
            runs.Add(run);
            foreach (var (path, read) in run.Log.Values.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                if (read.Kind != ValueKind.Choice || run.Assigned.ContainsKey(path) || !explored.Add(path)) continue;
                foreach (var choice in read.Choices!)
                {
                    queue.Enqueue(Map(new Dictionary<string, string?>(run.Assigned) { [path] = choice }, run, path));
                }
            }
        }
        foreach (var alone in KeysReadAlone(runs)) runs.Add(alone);
        return new MapperProbe(runs);
    }

    /// <summary>The first run in which the mapper looked at <paramref name="path"/> or at one of its children.</summary>
    public Run? FirstReading(string path) =>
        Runs.FirstOrDefault(r => r.Log.Observed.Any(p => p == path || IsChildOf(p, path)));

    /// <summary>The runs that read <paramref name="path"/> as a value, in order.</summary>
    public IEnumerable<ValueRead> ValuesAt(string path) =>
        Runs.Select(r => r.Log.Values.GetValueOrDefault(path)).OfType<ValueRead>();

    /// <summary>True when <paramref name="path"/> is a key of the mapping at <paramref name="parent"/>.</summary>
    public static bool IsChildOf(string path, string parent) =>
        parent.Length == 0
            ? !path.Contains('.', StringComparison.Ordinal) && !path.Contains('[', StringComparison.Ordinal)
            : path.StartsWith(parent + ".", StringComparison.Ordinal) && !path[(parent.Length + 1)..].Contains('.', StringComparison.Ordinal)
                && !path[(parent.Length + 1)..].Contains('[', StringComparison.Ordinal);

    private static Run Map(Dictionary<string, string?> assigned, Run? parent, string? assignedPath)
    {
        var paths = new Dictionary<DocNode, string>(ReferenceEqualityComparer.Instance);
        var root = ProbeDocument.Build(assigned, paths);
        var log = new ReadLog(paths);
        var sink = new ErrorSink("probe") { Reads = log };
        ScenarioMapper.Map(root, sink);
        SweepSectionReader.Read(root, sink, validateValues: false);
        return new Run(assigned, parent, assignedPath, log);
    }

    // Keys never read in any run: try each with its never-read siblings left out, in the first run that read their mapping.
    private static IEnumerable<Run> KeysReadAlone(IReadOnlyList<Run> runs)
    {
        var observed = runs.SelectMany(r => r.Log.Observed).ToHashSet(StringComparer.Ordinal);
        var unread = AllKeys(ScenarioSchema.Root, "").Where(k => !observed.Contains(k.Path)).ToList();
        foreach (var siblings in unread.GroupBy(k => k.Parent))
        {
            var host = runs.FirstOrDefault(r => r.Log.Observed.Any(p => IsChildOf(p, siblings.Key)));
            if (host is null) continue;
            foreach (var key in siblings)
            {
                var assigned = new Dictionary<string, string?>(host.Assigned);
                foreach (var other in siblings.Where(o => o.Path != key.Path)) assigned[other.Path] = null;
                yield return Map(assigned, host, null);
            }
        }
    }

    private static IEnumerable<(string Parent, string Path)> AllKeys(SchemaNode schema, string path)
    {
        switch (schema)
        {
            case MapSchema map:
                foreach (var (key, child) in map.Keys)
                {
                    var childPath = ProbeDocument.Join(path, key);
                    yield return (path, childPath);
                    foreach (var below in AllKeys(child, childPath)) yield return below;
                }
                break;
            case ListSchema list:
                foreach (var below in AllKeys(list.Item, path + "[*]")) yield return below;
                break;
            case NamedMapSchema named:
                foreach (var below in AllKeys(named.Value, ProbeDocument.Join(path, "*"))) yield return below;
                break;
        }
    }
}
