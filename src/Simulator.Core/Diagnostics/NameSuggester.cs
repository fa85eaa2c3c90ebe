namespace Simulator.Diagnostics;

/// <summary>
/// Suggests the valid name nearest to a misspelt one (optimal-string-alignment distance, so a swap
/// of two adjacent letters counts as one edit), for messages such as <c>did you mean 'sensitivity'?</c>.
/// </summary>
public static class NameSuggester
{
    /// <summary>
    /// The candidate nearest to <paramref name="name"/>, or null when none is close enough to be a
    /// plausible typo (more than a third of the longer name's letters would have to change).
    /// Ties go to the earlier candidate, so suggestions are deterministic.
    /// </summary>
    public static string? Nearest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var allowed = Math.Max(2, Math.Max(name.Length, candidate.Length) / 3);
            // The length difference bounds the distance from below: skip hopeless (or hostile, huge) names cheaply.
            if (Math.Abs(name.Length - candidate.Length) > allowed)
            {
                continue;
            }
            var distance = Distance(name, candidate);
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>
    /// A sentence fragment for an error message: <c>; did you mean 'x'?</c> when a candidate is
    /// close, else <c>; expected one of: a, b, c</c> (or nothing when there are no candidates).
    /// </summary>
    public static string Hint(string name, IReadOnlyCollection<string> candidates) =>
        Help(name, candidates) is { } help ? "; " + help : "";

    /// <summary>
    /// The fix for a problem's help line: <c>did you mean 'x'?</c> when a candidate is close, else
    /// <c>expected one of: a, b, c</c>; null when there are no candidates.
    /// </summary>
    public static string? Help(string name, IReadOnlyCollection<string> candidates)
    {
        var nearest = Nearest(name, candidates);
        if (nearest is not null)
        {
            return $"did you mean '{nearest}'?";
        }
        return candidates.Count == 0 ? null : "expected one of: " + string.Join(", ", candidates);
    }

    /// <summary>Optimal-string-alignment (restricted Damerau–Levenshtein) distance, case-insensitive.</summary>
    public static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }
                d[i, j] = value;
            }
        }
        return d[a.Length, b.Length];
    }
}
