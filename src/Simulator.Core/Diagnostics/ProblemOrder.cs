namespace Simulator.Diagnostics;

/// <summary>Problems in the order a reader fixes them: by file, then line and column; options and overrides after the file.</summary>
public static class ProblemOrder
{
    /// <summary>A stable sort: problems at the same place keep the order they were found in.</summary>
    public static IReadOnlyList<Problem> Sort(IEnumerable<Problem> problems) =>
        problems.Select((p, i) => (p, i))
            .OrderBy(x => x.p.Line == 0 ? 1 : 0)
            .ThenBy(x => x.p.Line == 0 ? 0 : x.p.Line)
            .ThenBy(x => x.p.Column)
            .ThenBy(x => x.i)
            .Select(x => x.p)
            .ToArray();
}
