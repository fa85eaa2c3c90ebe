namespace Simulator.Diagnostics;

/// <summary>Problems in the order a reader fixes them: by file (in the order the files first appear), then line and column; options and overrides after the files.</summary>
public static class ProblemOrder
{
    /// <summary>A stable sort: problems at the same place keep the order they were found in.</summary>
    public static IReadOnlyList<Problem> Sort(IEnumerable<Problem> problems)
    {
        var numbered = problems.Select((p, i) => (p, i)).ToArray();
        var files = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (p, _) in numbered)
        {
            if (p.Line > 0) files.TryAdd(p.File, files.Count);
        }
        return numbered
            .OrderBy(x => x.p.Line == 0 ? 1 : 0)
            .ThenBy(x => x.p.Line == 0 ? 0 : files[x.p.File])
            .ThenBy(x => x.p.Line)
            .ThenBy(x => x.p.Column)
            .ThenBy(x => x.i)
            .Select(x => x.p)
            .ToArray();
    }
}
