namespace Simulator.Engine;

// Heterogeneity between futures, policy over time and the cost of a regime: per-trial draws at the
// start of a trial, the phases of the regime (a timer outside the queue, like the truce timers),
// and cost per inspection and per day in place while the truce holds.
internal sealed partial class TrialSimulator
{
    // The runners play every regime of a trial in turn, and a trial's values (drawn from a stream of
    // the trial alone, and written by nothing else) come out the same each time: they are drawn once
    // per trial. What derives from them is derived per regime, when that regime first needs it for
    // the values in place (a benchmark of one regime derives no other).
    private long _valuesDrawnFor = -1;
    private readonly long[] _regimeDerivedFor; // per regime position: the trial its derived values are for

    /// <summary>Puts this trial's values (same in every regime: the stream depends on the trial only) and the regime's derived values in place.</summary>
    private void DrawTrialValues(long trial, int regimePosition)
    {
        var writes = _scenario.Variations;
        if (writes.Length == 0) return;
        if (trial != _valuesDrawnFor)
        {
            ref var stream = ref Stream(_variationSlot);
            for (var i = 0; i < writes.Length; i++)
            {
                writes[i](_p, TrialValueSampler.Draw(_scenario.VariationDistributions[i], _scenario.VariationValues[i], ref stream));
            }
            _p.DeriveShared();
            _valuesDrawnFor = trial;
        }
        if (_regimeDerivedFor[regimePosition] != trial)
        {
            _p.DeriveRegime(regimePosition);
            _regimeDerivedFor[regimePosition] = trial;
        }
    }

    private static long[] NotDerivedYet(int regimes)
    {
        var trials = new long[regimes];
        Array.Fill(trials, -1);
        return trials;
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
