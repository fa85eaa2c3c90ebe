using Simulator.Model;

namespace Simulator.Engine;

/// <summary>
/// Turns a <see cref="TrialVariation"/>'s key path into the write that puts one trial's draw into
/// <see cref="TrialParameters"/>. Built once per run; the writes allocate nothing.
/// </summary>
internal static class TrialVariationBinder
{
    /// <summary>The write for <paramref name="variation"/>; throws for a path the loader would not accept.</summary>
    public static Action<TrialParameters, double> Bind(Scenario scenario, IReadOnlyList<int> regimeIndices, CommitmentTable table, TrialVariation variation)
    {
        var path = variation.Path;
        var parts = path.Split('.');
        var rest = string.Join('.', parts.Skip(2));
        switch (parts[0])
        {
            case "principals":
                return Principal(Index(scenario.Principals.Select(p => p.Id), parts[1], path), string.Join('.', parts.Skip(2)), path);
            case "armed_groups":
                var g = Index(scenario.Groups.Select(x => x.Id), parts[1], path);
                return rest switch
                {
                    "attack_rate" => (t, v) => t.GroupAttackRate[g] = v,
                    "restraint.capacity" => (t, v) => t.GroupCapacity[g] = v,
                    "restraint.intent" => (t, v) => t.GroupIntent[g] = v,
                    _ => Unknown(path),
                };
            case "mediators":
                var m = Index(scenario.Mediators.Select(x => x.Id), parts[1], path);
                var p = Index(scenario.Principals.Select(x => x.Id), parts[3], path);
                return (t, v) => t.Regard[m * 2 + p] = v;
            case "lifecycles":
                return StateTension(scenario, table, parts[1], parts[3], path);
            case "regimes":
                return Regime(scenario, regimeIndices, path);
        }
        return path switch
        {
            "tension.half_life_days" => (t, v) => t.HalfLifeDays = v,
            "tension.believed_claim" => (t, v) => t.TensionBelievedClaim = v,
            "tension.unremedied_breach" => (t, v) => t.TensionUnremediedBreach = v,
            "tension.retaliation" => (t, v) => t.TensionRetaliation = v,
            "tension.access_refusal" => (t, v) => t.TensionAccessRefusal = v,
            "escalation.attack_multiplier_per_level" => (t, v) => t.AttackMultiplierPerLevel = v,
            "escalation.decay_days" => (t, v) => t.EscalationDecayDays = v,
            "deterrence.elasticity" => (t, v) => t.Elasticity = v,
            "truce.strained_at_tension" => (t, v) => t.StrainedAtTension = v,
            "truce.collapse_at_tension" => (t, v) => t.CollapseAtTension = v,
            "initial_state.tension" => (t, v) => t.InitialTension = v,
            _ => Unknown(path),
        };
    }

    private static Action<TrialParameters, double> Principal(int i, string key, string path) => key switch
    {
        "domestic_incident_rate" => (t, v) => t.Principals[i].DomesticIncidentRate = v,
        "claims.claim_true_incident" => (t, v) => t.Principals[i].ClaimTrueIncident = v,
        "claims.misattribution" => (t, v) => t.Principals[i].Misattribution = v,
        "claims.fabrication_rate" => (t, v) => t.Principals[i].FabricationRate = v,
        "responses.retaliate_confirmed" => (t, v) => t.Principals[i].RetaliateConfirmed = v,
        "responses.retaliate_believed" => (t, v) => t.Principals[i].RetaliateBelieved = v,
        "responses.counter_retaliate" => (t, v) => t.Principals[i].CounterRetaliate = v,
        "responses.patience_days" => (t, v) => t.Principals[i].PatienceDays = v,
        "responses.trust_in_regime" => (t, v) => t.Principals[i].TrustInRegime = v,
        "responses.retaliation_delay_days" => (t, v) => t.Principals[i].RetaliationDelayDays = v,
        "responses.refusal_as_confirmation" => (t, v) => t.Principals[i].RefusalAsConfirmation = v,
        "remedy.probability" => (t, v) => t.Principals[i].RemedyProbability = v,
        "remedy.attack_reduction" => (t, v) => t.Principals[i].RemedyAttackReduction = v,
        "remedy.duration_days" => (t, v) => t.Principals[i].RemedyDurationDays = v,
        _ => Unknown(path),
    };

    // Every commitment with that lifecycle has its own copy of the state: one draw sets them all.
    private static Action<TrialParameters, double> StateTension(Scenario scenario, CommitmentTable table, string lifecycle, string state, string path)
    {
        var cells = new List<int>();
        for (var c = 0; c < scenario.Commitments.Count; c++)
        {
            var l = scenario.Commitments[c].Lifecycle;
            if (l.Name != lifecycle) continue;
            var s = l.States.Select(x => x.Id).ToList().IndexOf(state);
            if (s < 0) Unknown(path);
            cells.Add(table.StateBase[c] + s);
            table.HasEffects[table.StateBase[c] + s] = true; // a draw may make an effect of 0 positive
        }
        var at = cells.ToArray();
        return (t, v) =>
        {
            foreach (var cell in at) t.StateTension[cell] = v;
        };
    }

    // A regime's value feeds every phase that inherits it (RegimeSchedule's sources).
    private static Action<TrialParameters, double> Regime(Scenario scenario, IReadOnlyList<int> regimeIndices, string path)
    {
        var writes = new List<Action<TrialParameters, double>>();
        for (var r = 0; r < regimeIndices.Count; r++)
        {
            var phases = RegimeSchedule.Resolve(scenario, scenario.Regimes[regimeIndices[r]]);
            for (var k = 0; k < phases.Count; k++)
            {
                foreach (var (cell, source) in phases[k].Sources)
                {
                    if (source != path) continue;
                    var (rr, kk) = (r, k);
                    writes.Add(Cell(cell, rr, kk, path));
                }
            }
        }
        var all = writes.ToArray();
        return (t, v) =>
        {
            foreach (var write in all) write(t, v);
        };
    }

    private static Action<TrialParameters, double> Cell(string cell, int r, int k, string path)
    {
        for (var c = 0; c < 4; c++)
        {
            if (cell != RegimeSchedule.AccessName(c)) continue;
            var index = c;
            return (t, v) => t.Phases[r][k].Access[index] = v;
        }
        return cell switch
        {
            RegimeSchedule.Sensitivity => (t, v) => t.Phases[r][k].Sensitivity = v,
            RegimeSchedule.Specificity => (t, v) => t.Phases[r][k].Specificity = v,
            RegimeSchedule.CostPerClaim => (t, v) => t.Phases[r][k].CostPerClaim = v,
            RegimeSchedule.CostPerDay => (t, v) => t.Phases[r][k].CostPerDay = v,
            RegimeSchedule.DelayDays => (t, v) => t.Phases[r][k].DelayDays = v,
            RegimeSchedule.DelayMedian => (t, v) => t.Phases[r][k].MedianDays = v,
            RegimeSchedule.DelayP90 => (t, v) => t.Phases[r][k].P90Days = v,
            _ => Unknown(path),
        };
    }

    private static int Index(IEnumerable<string> ids, string id, string path)
    {
        var i = ids.ToList().IndexOf(id);
        if (i < 0) Unknown(path);
        return i;
    }

    private static Action<TrialParameters, double> Unknown(string path) =>
        throw new ArgumentException($"'{path}' is not a value that can vary between trials.", nameof(path));
}
