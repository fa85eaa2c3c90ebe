using Simulator.Model;
namespace Simulator.Loading;

internal sealed partial class ScenarioMapper
{
    private const int MaxCapacity = 1_000_000;

    internal static readonly (string Name, RegimeKind Value)[] RegimeKinds =
        [("none", RegimeKind.None), ("mediators", RegimeKind.Mediators), ("joint", RegimeKind.Joint), ("third_party", RegimeKind.ThirdParty)];

    internal static readonly (string Name, DelayDistribution Value)[] Distributions =
        [("fixed", DelayDistribution.Fixed), ("exponential", DelayDistribution.Exponential), ("lognormal", DelayDistribution.LogNormal)];

    /// <summary>Keys that describe verification, meaningless when no regime examines claims.</summary>
    private static readonly string[] VerificationKeys =
        ["access", "access_by_territory", "sensitivity", "specificity", "verdict_delay", "capacity", "cost_per_day", "start_day", "phases"];

    private List<Regime> MapRegimes(MappingReader root)
    {
        var result = new List<Regime>();
        var items = root.Items("regimes", required: true, LoadLimits.MaxRegimes);
        if (root.Get("regimes") is SequenceNode { Items.Count: 0 } empty)
        {
            _sink.Error(empty, "regimes", "must list at least one regime (use kind: none for the status quo)");
        }
        foreach (var r in items)
        {
            var id = RegisterId(r, _regimeIds);
            var kind = r.Choice("kind", RegimeKinds, required: true);
            var regime = new Regime
            {
                Id = id,
                Name = r.Text("name", required: false) ?? id,
                Kind = kind ?? RegimeKind.None,
                MemberIndices = MapMembers(r),
                CostPerClaim = r.Number("cost_per_claim", NumberRange.Cost, 0),
            };
            if (kind == RegimeKind.None)
            {
                foreach (var key in VerificationKeys)
                {
                    if (r.Get(key) is { } node)
                    {
                        _sink.Error(node, r.PathOf(key), "has no effect under kind none (no regime examines claims)", "remove it");
                    }
                }
            }
            else if (kind is not null)
            {
                var start = r.Number("start_day", NumberRange.NonNegativeDays, 0);
                regime = regime with
                {
                    Access = r.RequiredNumber("access", NumberRange.Probability),
                    AccessByTerritory = MapTerritories(r),
                    Sensitivity = r.RequiredNumber("sensitivity", NumberRange.Probability),
                    Specificity = r.RequiredNumber("specificity", NumberRange.Probability),
                    Delay = MapDelay(r),
                    Capacity = (int?)r.Integer("capacity", 1, MaxCapacity, required: false),
                    CostPerDay = r.Number("cost_per_day", NumberRange.Cost, 0),
                    StartDay = start,
                    Phases = MapPhases(r, start),
                };
            }
            result.Add(regime);
        }
        return result;
    }

    private List<TerritoryAccess> MapTerritories(MappingReader r)
    {
        var result = new List<TerritoryAccess>();
        foreach (var (name, value, path) in r.Named("access_by_territory", 2))
        {
            var p = ValueReader.Reference(name, path, _sink, "principal", _principalIds.Ids);
            if (r.NamedMapping("access_by_territory", value, path) is not { } t) continue;
            var yes = t.OptionalNumber("true_claim", NumberRange.Probability);
            var no = t.OptionalNumber("unfounded_claim", NumberRange.Probability);
            if (!t.Has("true_claim") && !t.Has("unfounded_claim"))
            {
                _sink.Error(value, path, "give true_claim, unfounded_claim or both (the access when the claim is true or unfounded)");
            }
            if (p >= 0) result.Add(new TerritoryAccess { PrincipalIndex = p, TrueClaim = yes, UnfoundedClaim = no });
        }
        return result;
    }

    private List<RegimePhase> MapPhases(MappingReader regime, double start)
    {
        var result = new List<RegimePhase>();
        var previous = start;
        var previousWhat = "start_day";
        foreach (var r in regime.Items("phases", required: false, LoadLimits.MaxPhases))
        {
            var day = r.RequiredNumber("from_day", NumberRange.PositiveDays);
            if (r.Get("from_day") is { } dayNode && day > 0 && day <= previous)
            {
                _sink.Error(dayNode, r.PathOf("from_day"), $"must be greater than the {previousWhat} ({Format(previous)}); found {Format(day)}");
            }
            var phase = new RegimePhase
            {
                FromDay = day,
                Access = r.OptionalNumber("access", NumberRange.Probability),
                AccessByTerritory = MapTerritories(r),
                Sensitivity = r.OptionalNumber("sensitivity", NumberRange.Probability),
                Specificity = r.OptionalNumber("specificity", NumberRange.Probability),
                Delay = r.Has("verdict_delay") ? MapDelay(r) : null,
                Capacity = (int?)r.Integer("capacity", 1, MaxCapacity, required: false),
                CostPerClaim = r.OptionalNumber("cost_per_claim", NumberRange.Cost),
                CostPerDay = r.OptionalNumber("cost_per_day", NumberRange.Cost),
            };
            if (r.Node.Entries.Count == 1 && r.Has("from_day"))
            {
                _sink.Error(r.Node, r.Path, "a phase must give at least one new value (access, access_by_territory, sensitivity, specificity, verdict_delay, capacity, cost_per_claim, cost_per_day)");
            }
            result.Add(phase);
            if (day > previous) (previous, previousWhat) = (day, "previous phase's from_day");
        }
        return result;
    }

    private List<int> MapMembers(MappingReader r)
    {
        var members = new List<int>();
        if (r.Sequence("members", required: false, LoadLimits.MaxMembers) is not { } list) return members;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var path = $"{r.PathOf("members")}[{i}]";
            var index = ValueReader.Reference(list.Items[i], path, _sink, "mediator", _mediatorIds.Ids);
            if (index < 0) continue;
            if (members.Contains(index))
            {
                _sink.Error(list.Items[i], path, $"mediator '{_mediatorIds.Ids[index]}' is listed twice");
                continue;
            }
            members.Add(index);
        }
        return members;
    }

    private VerdictDelay MapDelay(MappingReader regime)
    {
        if (regime.Mapping("verdict_delay", required: false) is not { } r) return VerdictDelay.Immediate;
        var distribution = r.Choice("distribution", Distributions, required: true);
        switch (distribution)
        {
            case DelayDistribution.Fixed:
                NoEffect(r, "fixed", "median_days", "p90_days");
                return new VerdictDelay { Distribution = DelayDistribution.Fixed, Days = r.RequiredNumber("days", NumberRange.NonNegativeDays) };
            case DelayDistribution.Exponential:
                NoEffect(r, "exponential", "median_days", "p90_days");
                return new VerdictDelay { Distribution = DelayDistribution.Exponential, Days = r.RequiredNumber("days", NumberRange.PositiveDays) };
            case DelayDistribution.LogNormal:
                NoEffect(r, "lognormal", "days");
                var median = r.RequiredNumber("median_days", NumberRange.PositiveDays);
                var p90 = r.RequiredNumber("p90_days", NumberRange.PositiveDays);
                if (median > 0 && p90 > 0 && p90 <= median)
                {
                    _sink.Error(r.Get("p90_days")!, r.PathOf("p90_days"),
                        $"must be greater than median_days ({Format(median)}); found {Format(p90)}");
                }
                return new VerdictDelay { Distribution = DelayDistribution.LogNormal, MedianDays = median, P90Days = p90 };
            default:
                return VerdictDelay.Immediate;
        }
    }

    private void NoEffect(MappingReader r, string distribution, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (r.Get(key) is { } node)
            {
                _sink.Error(node, r.PathOf(key), $"has no effect under distribution {distribution}", "remove it");
            }
        }
    }
}
