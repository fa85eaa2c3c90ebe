using Simulator.Model;

namespace Simulator.Engine;

// Responses: beliefs, remedies, strikes and counter-strikes.
internal sealed partial class TrialSimulator
{
    /// <summary>The claimant acts on a claim no verdict confirmed: tension, then perhaps a strike.</summary>
    private void Believe(int id, Trigger because)
    {
        ref var claim = ref _claims[id];
        claim.ActedOn = true;
        var list = claim.TargetList;
        var claimant = claim.Claimant;
        AddTension(_p.TensionBelievedClaim, ActionCause(list, because));
        if (_collapsed) return;
        if (Decide(_responseSlot, _p.Principals[claimant].RetaliateBelieved))
        {
            ScheduleStrike(claimant, list);
        }
    }

    /// <summary>A confirmed breach: the accused remedies it, or the claimant may strike (channelling).</summary>
    private void DecideRemedy(int id)
    {
        ref var claim = ref _claims[id];
        var list = claim.TargetList;
        var accused = claim.Accused;
        var claimant = claim.Claimant;
        var actedBefore = claim.ActedOn;
        claim.ActedOn = true;
        var host = _p.Principals[accused];
        if (Decide(_responseSlot, host.RemedyProbability))
        {
            _outcome.Remedies++;
            FireOnTargets(list, Trigger.RemedyTaken);
            if (_collapsed) return;
            if (_remedyActive[accused]++ == 0) UpdateGroupRates();
            Schedule(_now + host.RemedyDurationDays, EventKind.RemedyLapse, accused, list);
            return;
        }

        FireOnTargets(list, Trigger.RemedyRefused);
        if (_collapsed) return;
        AddTension(_p.TensionUnremediedBreach, ActionCause(list, Trigger.RemedyRefused));
        if (_collapsed) return;
        // A claim is acted on once: a late confirmation after patience ran out brings no second strike.
        if (!actedBefore && Decide(_responseSlot, _p.Principals[claimant].RetaliateConfirmed))
        {
            ScheduleStrike(claimant, list);
        }
    }

    /// <summary>
    /// A refusal the claimant reads as confirmation: it acts as on an unremedied confirmed breach
    /// (tension, and perhaps a strike with <c>retaliate_confirmed</c>), with no remedy to ask for.
    /// </summary>
    private void ReadRefusalAsConfirmation(int id)
    {
        ref var claim = ref _claims[id];
        claim.ActedOn = true;
        var list = claim.TargetList;
        var claimant = claim.Claimant;
        AddTension(_p.TensionUnremediedBreach, ActionCause(list, Trigger.AccessRefused));
        if (_collapsed) return;
        if (Decide(_responseSlot, _p.Principals[claimant].RetaliateConfirmed)) ScheduleStrike(claimant, list);
    }

    private void OnRemedyLapse(int host, int targetList)
    {
        if (--_remedyActive[host] == 0) UpdateGroupRates();
        FireOnTargets(targetList, Trigger.RemedyLapsed);
    }

    private void ScheduleStrike(int striker, int targetList) =>
        Schedule(_now + _p.Principals[striker].RetaliationDelayDays, EventKind.Strike, striker, targetList);

    /// <summary>
    /// A strike lands: escalation +1, tension, <c>retaliation</c> on the answered claim's targets. It is
    /// a true violation by the striker: the struck side may claim it and may strike back.
    /// </summary>
    private void OnStrike(int striker, int targetList)
    {
        _outcome.Incidents++;
        _outcome.Retaliations++;
        var cause = ActionCause(targetList, Trigger.Retaliation);
        AddEscalation(1, cause);
        if (_collapsed) return;
        AddTension(_p.TensionRetaliation, cause);
        if (_collapsed) return;
        FireOnTargets(targetList, Trigger.Retaliation);
        if (_collapsed) return;

        var struck = 1 - striker;
        var victim = _p.Principals[struck];
        if (Decide(_claimSlot, victim.ClaimTrueIncident))
        {
            FileClaim(struck, striker, IncidentKind.Strike, isTrue: true);
            if (_collapsed) return;
        }
        if (Decide(_responseSlot, victim.CounterRetaliate))
        {
            // The counter-strike answers the strike: its targets are the striker's commitments breached by strikes.
            ScheduleStrike(struck, CompiledScenario.TargetList(striker, IncidentKind.Strike));
        }
    }
}
