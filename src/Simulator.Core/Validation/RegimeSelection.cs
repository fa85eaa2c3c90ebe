using Simulator.Diagnostics;
using Simulator.Model;

namespace Simulator.Validation;

/// <summary>Resolves <c>--regime</c> ids to regime indices, suggesting the nearest id for a typo.</summary>
public static class RegimeSelection
{
    /// <summary>The option the ids come from, as problems name it.</summary>
    public const string Option = "--regime";

    /// <summary>
    /// Indices of <paramref name="ids"/> in <paramref name="scenario"/>'s regimes, in the order given and
    /// without repeats; every regime when <paramref name="ids"/> is empty. Unknown ids are added to <paramref name="problems"/>.
    /// </summary>
    public static int[] Resolve(Scenario scenario, IReadOnlyList<string> ids, ICollection<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0) return Enumerable.Range(0, scenario.Regimes.Count).ToArray();
        var known = scenario.Regimes.Select(r => r.Id).ToList();
        var indices = new List<int>();
        foreach (var id in ids)
        {
            var index = known.IndexOf(id);
            if (index < 0)
            {
                problems.Add(new Problem
                {
                    File = Option,
                    Message = $"'{id}' is not a regime of {scenario.Name}",
                    Help = NameSuggester.Help(id, known),
                });
            }
            else if (!indices.Contains(index))
            {
                indices.Add(index);
            }
        }
        return [.. indices];
    }
}
