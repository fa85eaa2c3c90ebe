using Simulator.Engine.Tallies;
using Simulator.Model;

namespace Simulator.Engine;

// Claims, access, the examination queue (capacity, FIFO) and verdicts.
internal sealed partial class TrialSimulator
{
    private Claim[] _claims = new Claim[256];
    private int _claimCount;
    // Ring buffer of claim ids waiting for examination. Its length is a power of two (256, doubled
    // when full), so positions wrap with a mask rather than a division.
    private int[] _waiting = new int[256];
    private int _waitingHead;
    private int _waitingCount;
    private int _inExamination;

    private void ResetClaims()
    {
        _claimCount = 0;
        _waitingHead = 0;
        _waitingCount = 0;
        _inExamination = 0;
    }

    private void FileClaim(int claimant, int accused, IncidentKind kind, bool isTrue)
    {
        if (isTrue) _outcome.ClaimsTrue++;
        else _outcome.ClaimsUnfounded++;
        if (accused == 1) _outcome.ClaimsAgainstSecond++;

        if (_claimCount == _claims.Length) Array.Resize(ref _claims, _claims.Length * 2);
        var id = _claimCount++;
        var list = CompiledScenario.TargetList(accused, kind);
        _claims[id] = new Claim
        {
            Claimant = claimant,
            Accused = accused,
            TargetList = list,
            IsTrue = isTrue,
            FiledAt = _now,
            VerdictDue = double.PositiveInfinity,
        };

        FireOnTargets(list, Trigger.ClaimFiled);
        if (_collapsed) return;

        if (!!_phase.Active)
        {
            // Strategic access: the accused decides on its own territory, and may refuse more often where the claim is true.
            if (Decide(_verificationSlot, _phase.Access[Model.PhaseSettings.AccessCell(accused, isTrue)]))
            {
                _outcome.Inspections++;
                _cost += _phase.CostPerClaim;
                FireOnTargets(list, Trigger.AccessGranted);
                if (_collapsed) return;
                if (_inExamination < _phase.Capacity) StartExamination(id);
                else EnqueueWaiting(id);
                var backlog = _inExamination + _waitingCount;
                if (backlog > _outcome.MaxBacklog) _outcome.MaxBacklog = backlog;
            }
            else
            {
                // A refusal strains the truce and gives an immediate inconclusive verdict.
                _outcome.AccessRefusals++;
                FireOnTargets(list, Trigger.AccessRefused);
                if (_collapsed) return;
                AddTension(_p.TensionAccessRefusal, ActionCause(list, Trigger.AccessRefused));
                if (_collapsed) return;
                // The claimant may read the refusal as confirmation: a breach the accused hides.
                if (Decide(_readingSlot, _p.Principals[claimant].RefusalAsConfirmation))
                {
                    _outcome.RefusalsReadAsConfirmation++;
                    ReadRefusalAsConfirmation(id);
                    if (_collapsed) return;
                }
                DeliverVerdict(id, Verdict.Inconclusive);
                if (_collapsed) return;
            }
        }

        // A verdict due by the deadline comes first (it wins ties), so that deadline would only be
        // popped and skipped as stale: it is not queued at all.
        ref var filed = ref _claims[id];
        var deadline = _now + _p.Principals[claimant].PatienceDays;
        if (!filed.VerdictDelivered && !(filed.VerdictDue <= deadline))
        {
            Schedule(deadline, EventKind.PatienceDeadline, id, 0);
        }
    }

    /// <summary>Starts examining a claim now: the outcome is drawn first, then the examination time.</summary>
    private void StartExamination(int id)
    {
        _inExamination++;
        var u = VerificationStream.Uniform();
        Verdict verdict;
        if (_claims[id].IsTrue) verdict = u < _phase.Sensitivity ? Verdict.Confirmed : Verdict.Inconclusive;
        else verdict = u < _phase.Specificity ? Verdict.Refuted : Verdict.Confirmed;

        var delay = _phase.Delay switch
        {
            DelayDistribution.Fixed => _phase.DelayDays,
            DelayDistribution.Exponential => _phase.DelayDays * VerificationStream.UnitExponential(),
            _ => VerificationStream.LogNormal(_phase.LogMu, _phase.LogSigma),
        };
        var due = _now + delay;
        ScheduleVerdict(due, id, verdict);
        if (due <= _scenario.HorizonDays) _claims[id].VerdictDue = due;
    }

    private void EnqueueWaiting(int id)
    {
        if (_waitingCount == _waiting.Length)
        {
            // Grow and unwrap the ring so the FIFO order is kept.
            var grown = new int[_waiting.Length * 2];
            for (var i = 0; i < _waitingCount; i++) grown[i] = _waiting[(_waitingHead + i) & (_waiting.Length - 1)];
            _waiting = grown;
            _waitingHead = 0;
        }
        _waiting[(_waitingHead + _waitingCount) & (_waiting.Length - 1)] = id;
        _waitingCount++;
    }

    private void OnVerdict(int id, Verdict verdict)
    {
        // The examiner is free: the next waiting claim starts now, first in first out.
        _inExamination--;
        while (_waitingCount > 0 && _inExamination < _phase.Capacity)
        {
            var next = _waiting[_waitingHead];
            _waitingHead = (_waitingHead + 1) & (_waiting.Length - 1);
            _waitingCount--;
            StartExamination(next);
        }
        DeliverVerdict(id, verdict);
    }

    private void DeliverVerdict(int id, Verdict verdict)
    {
        ref var claim = ref _claims[id];
        claim.VerdictDelivered = true;
        _outcome.Verdicts++;
        var delayTicks = TimeResolution.ToTicks(_now - claim.FiledAt);
        _outcome.VerdictTicksSum += delayTicks;
        _verdictDelays?.Add(delayTicks);
        Trigger trigger;
        switch (verdict)
        {
            case Verdict.Confirmed:
                if (claim.IsTrue) _outcome.TrueConfirmed++;
                else _outcome.UnfoundedConfirmed++;
                if (claim.Accused == 1) _outcome.ConfirmedAgainstSecond++;
                trigger = Trigger.VerdictConfirmed;
                break;
            case Verdict.Refuted:
                if (claim.IsTrue) _outcome.TrueRefuted++;
                else _outcome.UnfoundedRefuted++;
                if (claim.Accused == 1) _outcome.RefutedAgainstSecond++;
                trigger = Trigger.VerdictRefuted;
                break;
            default:
                if (claim.IsTrue) _outcome.TrueInconclusive++;
                else _outcome.UnfoundedInconclusive++;
                trigger = Trigger.VerdictInconclusive;
                break;
        }
        var list = claim.TargetList;
        FireOnTargets(list, trigger);
        if (_collapsed) return;

        switch (verdict)
        {
            case Verdict.Confirmed:
                DecideRemedy(id);
                break;
            case Verdict.Refuted:
                // Defusing: a trusted refutation drops the claim. A claim already acted on is not re-decided.
                if (!claim.ActedOn && !Decide(_responseSlot, _p.Trust[_regimePosition][claim.Claimant]))
                {
                    Believe(id, Trigger.VerdictRefuted);
                }
                break;
            default:
                if (!claim.ActedOn) Believe(id, Trigger.VerdictInconclusive);
                break;
        }
    }

    private void OnPatienceExpired(int id)
    {
        FireOnTargets(_claims[id].TargetList, Trigger.PatienceExpired);
        if (_collapsed) return;
        if (!_claims[id].ActedOn) Believe(id, Trigger.PatienceExpired);
    }
}
