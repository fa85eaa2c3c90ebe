namespace Simulator.Model;

/// <summary>
/// Resolves a regime's start day and phases into the values in force at each day. A phase starts
/// from the values in force before it and replaces those it gives; <c>access</c> sets every
/// territory's access for true and unfounded claims, then <c>access_by_territory</c> sets cells.
/// </summary>
public static class RegimeSchedule
{
    /// <summary>Cell names of <see cref="PhaseSettings.Sources"/> besides <see cref="AccessName"/>.</summary>
    public const string Sensitivity = "sensitivity", Specificity = "specificity", CostPerClaim = "cost_per_claim", CostPerDay = "cost_per_day",
        DelayDays = "verdict_delay.days", DelayMedian = "verdict_delay.median_days", DelayP90 = "verdict_delay.p90_days";

    /// <summary>The cell name of an access cell.</summary>
    public static string AccessName(int cell) => $"access[{cell}]";

    /// <summary>The phases of <paramref name="regime"/> in day order; the first starts at day 0.</summary>
    public static IReadOnlyList<PhaseSettings> Resolve(Scenario scenario, Regime regime)
    {
        var inactive = new PhaseSettings { FromDay = 0, Active = false, Access = [0, 0, 0, 0], Sources = new Dictionary<string, string>() };
        if (regime.Kind == RegimeKind.None) return [inactive];

        var root = $"regimes.{regime.Id}";
        var sources = new Dictionary<string, string>();
        var access = new double[4];
        SetAccess(access, sources, regime.Access, $"{root}.access");
        SetTerritories(scenario, access, sources, regime.AccessByTerritory, root);
        foreach (var key in new[] { Sensitivity, Specificity, CostPerClaim, CostPerDay }) sources[key] = $"{root}.{key}";
        SetDelaySources(sources, regime.Delay, root);
        var current = new PhaseSettings
        {
            FromDay = regime.StartDay,
            Active = true,
            Access = access,
            Sensitivity = regime.Sensitivity,
            Specificity = regime.Specificity,
            Delay = regime.Delay,
            Capacity = regime.Capacity,
            CostPerClaim = regime.CostPerClaim,
            CostPerDay = regime.CostPerDay,
            Sources = sources,
        };
        var result = new List<PhaseSettings>();
        if (regime.StartDay > 0) result.Add(inactive);
        result.Add(current);
        for (var k = 0; k < regime.Phases.Count; k++)
        {
            var phase = regime.Phases[k];
            var path = $"{root}.phases[{k}]";
            var cells = current.Access.ToArray();
            var from = new Dictionary<string, string>(current.Sources);
            if (phase.Access is { } a) SetAccess(cells, from, a, $"{path}.access");
            SetTerritories(scenario, cells, from, phase.AccessByTerritory, path);
            if (phase.Sensitivity is not null) from[Sensitivity] = $"{path}.sensitivity";
            if (phase.Specificity is not null) from[Specificity] = $"{path}.specificity";
            if (phase.CostPerClaim is not null) from[CostPerClaim] = $"{path}.cost_per_claim";
            if (phase.CostPerDay is not null) from[CostPerDay] = $"{path}.cost_per_day";
            if (phase.Delay is { } delay) SetDelaySources(from, delay, path);
            current = current with
            {
                FromDay = phase.FromDay,
                Access = cells,
                Sensitivity = phase.Sensitivity ?? current.Sensitivity,
                Specificity = phase.Specificity ?? current.Specificity,
                Delay = phase.Delay ?? current.Delay,
                Capacity = phase.Capacity ?? current.Capacity,
                CostPerClaim = phase.CostPerClaim ?? current.CostPerClaim,
                CostPerDay = phase.CostPerDay ?? current.CostPerDay,
                Sources = from,
            };
            result.Add(current);
        }
        return result;
    }

    private static void SetAccess(double[] cells, Dictionary<string, string> sources, double value, string path)
    {
        for (var c = 0; c < cells.Length; c++)
        {
            cells[c] = value;
            sources[AccessName(c)] = path;
        }
    }

    private static void SetTerritories(Scenario scenario, double[] cells, Dictionary<string, string> sources, IReadOnlyList<TerritoryAccess> territories, string root)
    {
        foreach (var t in territories)
        {
            var id = scenario.Principals[t.PrincipalIndex].Id;
            if (t.TrueClaim is { } yes)
            {
                cells[PhaseSettings.AccessCell(t.PrincipalIndex, true)] = yes;
                sources[AccessName(PhaseSettings.AccessCell(t.PrincipalIndex, true))] = $"{root}.access_by_territory.{id}.true_claim";
            }
            if (t.UnfoundedClaim is { } no)
            {
                cells[PhaseSettings.AccessCell(t.PrincipalIndex, false)] = no;
                sources[AccessName(PhaseSettings.AccessCell(t.PrincipalIndex, false))] = $"{root}.access_by_territory.{id}.unfounded_claim";
            }
        }
    }

    private static void SetDelaySources(Dictionary<string, string> sources, VerdictDelay delay, string root)
    {
        sources.Remove(DelayDays);
        sources.Remove(DelayMedian);
        sources.Remove(DelayP90);
        if (delay.Distribution == DelayDistribution.LogNormal)
        {
            sources[DelayMedian] = $"{root}.verdict_delay.median_days";
            sources[DelayP90] = $"{root}.verdict_delay.p90_days";
        }
        else
        {
            sources[DelayDays] = $"{root}.verdict_delay.days";
        }
    }
}
