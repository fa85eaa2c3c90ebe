namespace Simulator.Engine;

// Heterogeneity between futures, policy over time and the cost of a regime: per-trial draws at the
// start of a trial, the phases of the regime (a timer outside the queue, like the truce timers),
// and cost per inspection and per day in place while the truce holds.
internal sealed partial class TrialSimulator
{
    /// <summary>Draws this trial's values (same in every regime: the stream depends on the trial only) and re-derives.</summary>
    private void DrawTrialValues()
    {
        var writes = _scenario.Variations;
        if (writes.Length == 0) return;
        ref var stream = ref Stream(_variationSlot);
        for (var i = 0; i < writes.Length; i++)
        {
            writes[i](_p, TrialValueSampler.Draw(_scenario.VariationDistributions[i], _scenario.VariationValues[i], ref stream));
        }
        _p.Derive();
    }

    private double NextPhaseDay()
    {
        var next = _phaseIndex + 1;
        return next < _phases.Length ? TimerAt(_phases[next].FromDay) : double.PositiveInfinity;
    }

    /// <summary>The regime's next phase begins: new values, new deterrence, perhaps more examiners.</summary>
    private void OnPhaseBegins()
    {
        AccrueDailyCost();
        _phaseIndex++;
        _phase = _phases[_phaseIndex];
        _nextPhaseAt = NextPhaseDay();
        UpdateGroupRates();
        while (_waitingCount > 0 && _inExamination < _phase.Capacity)
        {
            var next = _waiting[_waitingHead];
            _waitingHead = (_waitingHead + 1) & (_waiting.Length - 1);
            _waitingCount--;
            StartExamination(next);
        }
    }

    /// <summary>Adds the cost per day of the time since the last accrual (the truce held all of it).</summary>
    private void AccrueDailyCost()
    {
        if (_phase.CostPerDay > 0) _cost += _phase.CostPerDay * (_now - _costSince);
        _costSince = _now;
    }
}
