using Simulator.Model;
namespace Simulator.Loading;

internal sealed partial class ScenarioMapper
{
    /// <summary>Default patience: a month of waiting for a verdict before acting on one's own belief.</summary>
    internal const double DefaultPatienceDays = 30;

    /// <summary>Default trust: a refutation is always accepted.</summary>
    internal const double DefaultTrustInRegime = 1;

    internal static readonly (string Name, IncidentKind Value)[] IncidentKinds =
        [("attack", IncidentKind.Attack), ("strike", IncidentKind.Strike)];

    private List<Principal> MapPrincipals(MappingReader root)
    {
        var result = new List<Principal>();
        var items = root.Items("principals", required: true, max: int.MaxValue);
        if (root.Get("principals") is SequenceNode list && list.Items.Count != 2)
        {
            _sink.Error(list, "principals", $"must list exactly two principals (the parties to the truce); found {list.Items.Count}");
        }
        foreach (var r in items)
        {
            var id = RegisterId(r, _principalIds);
            var claims = r.Mapping("claims", required: false);
            var responses = r.Mapping("responses", required: false);
            var remedy = r.Mapping("remedy", required: false);
            result.Add(new Principal
            {
                Id = id,
                Name = r.Text("name", required: false) ?? id,
                DomesticIncidentRate = r.Number("domestic_incident_rate", NumberRange.Rate, 0),
                Claims = new ClaimantBehaviour
                {
                    ClaimTrueIncident = claims?.Number("claim_true_incident", NumberRange.Probability, 0) ?? 0,
                    Misattribution = claims?.Number("misattribution", NumberRange.Probability, 0) ?? 0,
                    FabricationRate = claims?.Number("fabrication_rate", NumberRange.Rate, 0) ?? 0,
                    UnfoundedKind = claims?.Choice("unfounded_kind", IncidentKinds, required: false) ?? IncidentKind.Attack,
                },
                Responses = new ResponseBehaviour
                {
                    RetaliateConfirmed = responses?.Number("retaliate_confirmed", NumberRange.Probability, 0) ?? 0,
                    RetaliateBelieved = responses?.Number("retaliate_believed", NumberRange.Probability, 0) ?? 0,
                    CounterRetaliate = responses?.Number("counter_retaliate", NumberRange.Probability, 0) ?? 0,
                    PatienceDays = responses?.Number("patience_days", NumberRange.NonNegativeDays, DefaultPatienceDays) ?? DefaultPatienceDays,
                    TrustInRegime = responses?.Number("trust_in_regime", NumberRange.Probability, DefaultTrustInRegime) ?? DefaultTrustInRegime,
                    RetaliationDelayDays = responses?.Number("retaliation_delay_days", NumberRange.NonNegativeDays, 0) ?? 0,
                    RefusalAsConfirmation = responses?.Number("refusal_as_confirmation", NumberRange.Probability, 0) ?? 0,
                },
                Remedy = new RemedyBehaviour
                {
                    Probability = remedy?.Number("probability", NumberRange.Probability, 0) ?? 0,
                    AttackReduction = remedy?.Number("attack_reduction", NumberRange.Fraction, 0) ?? 0,
                    DurationDays = remedy?.Number("duration_days", NumberRange.NonNegativeDays, 0) ?? 0,
                },
            });
        }
        return result;
    }

    private List<ArmedGroup> MapGroups(MappingReader root)
    {
        var result = new List<ArmedGroup>();
        var ids = new IdSet();
        foreach (var r in root.Items("armed_groups", required: false, LoadLimits.MaxGroups))
        {
            var id = RegisterId(r, ids);
            var hostIndex = PrincipalRef(r, "based_in");
            var targetIndex = PrincipalRef(r, "targets");
            if (hostIndex >= 0 && hostIndex == targetIndex)
            {
                _sink.Error(r.Get("targets")!, r.PathOf("targets"),
                    $"an armed group must target the other principal, not the one it is based in ('{_principalIds.Ids[hostIndex]}')");
            }
            var restraint = r.Mapping("restraint", required: false);
            result.Add(new ArmedGroup
            {
                Id = id,
                Name = r.Text("name", required: false) ?? id,
                HostIndex = hostIndex,
                TargetIndex = targetIndex,
                AttackRate = r.RequiredNumber("attack_rate", NumberRange.Rate),
                RestraintCapacity = restraint?.Number("capacity", NumberRange.Probability, 0) ?? 0,
                RestraintIntent = restraint?.Number("intent", NumberRange.Probability, 0) ?? 0,
            });
        }
        return result;
    }

    private List<Mediator> MapMediators(MappingReader root)
    {
        var result = new List<Mediator>();
        foreach (var r in root.Items("mediators", required: false, LoadLimits.MaxMediators))
        {
            var id = RegisterId(r, _mediatorIds);
            var regard = new double?[2];
            foreach (var (name, value, path) in r.Named("regard", 2))
            {
                var p = ValueReader.Reference(name, path, _sink, "principal", _principalIds.Ids);
                var trust = ValueReader.Number(value, path, _sink, NumberRange.Probability);
                if (p >= 0 && p < 2) regard[p] = trust;
            }
            result.Add(new Mediator { Id = id, Name = r.Text("name", required: false) ?? id, Regard = regard });
        }
        return result;
    }

    /// <summary>Reads the item's required <c>id</c> and records it (duplicates reported); "" when invalid.</summary>
    private string RegisterId(MappingReader r, IdSet ids)
    {
        var id = r.Id("id");
        if (id is null)
        {
            ids.AddInvalid();
            return "";
        }
        ids.Add(id, r.Get("id")!, r.PathOf("id"), _sink);
        return id;
    }

    /// <summary>Resolves a required principal reference; −1 when missing or unknown (reported).</summary>
    private int PrincipalRef(MappingReader r, string key) =>
        r.Require(key) is { } node ? ValueReader.Reference(node, r.PathOf(key), _sink, "principal", _principalIds.Ids) : -1;
}
