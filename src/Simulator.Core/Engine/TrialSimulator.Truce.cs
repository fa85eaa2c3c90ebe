using System.Runtime.CompilerServices;
using Simulator.Engine.Tallies;
using Simulator.Machines;

namespace Simulator.Engine;

// Tension (with exponential decay and an exact ease timer), escalation (with a decay timer), the
// truce machine fired stepwise through its compiled table, time per truce state, and collapse.
internal sealed partial class TrialSimulator
{
    private double _tension;
    private double _tensionSince;
    private int _level;

    // The two truce timers. Each has at most one pending instant, and a new one replaces the old,
    // so they live in these slots rather than in the event queue, where every replaced timer used
    // to stay behind as a stale entry to pop and skip. +∞ when none is pending.
    private double _escalationDecayAt;
    private double _tensionEaseAt;
    private int _truceState;
    private long _stateEnteredTick;

    private void ResetDynamics()
    {
        _tension = 0;
        _tensionSince = 0;
        _level = _scenario.InitialLevel;
        _escalationDecayAt = double.PositiveInfinity;
        _tensionEaseAt = double.PositiveInfinity;
        _truceState = (int)TruceState.Holding;
        _stateEnteredTick = 0;
        // A truce that starts after clashes: the initial state is set, not entered (no effects, no
        // cause); the validation gate makes sure it does not already collapse the truce.
        _outcome.PeakEscalation = _level;
        if (_level > 0) ScheduleEscalationDecay();
        if (_p.InitialTension > 0) AddTension(_p.InitialTension, NoCause);
        else if (_level > 0) UpdateTruce(NoCause);
    }

    private double CurrentTension()
    {
        var rate = _p.TensionDecayRate;
        // No time elapsed (typical: the truce is re-derived right after tension was set): the
        // factor would be exp(-0) = 1 exactly, so skip the call and return the same bits.
        if (rate == 0 || _now == _tensionSince) return _tension;
        return _tension * Math.Exp(-rate * (_now - _tensionSince));
    }

    private void AddTension(double amount, int cause)
    {
        if (amount <= 0) return;
        _tension = CurrentTension() + amount;
        _tensionSince = _now;
        var rate = _p.TensionDecayRate;
        var strained = _p.StrainedAtTension;
        if (rate > 0 && strained > 0 && _tension >= strained)
        {
            // Exact instant at which the decaying tension falls back to the threshold.
            _tensionEaseAt = TimerAt(_now + Math.Log(_tension / strained) / rate);
        }
        UpdateTruce(cause);
    }

    // Like Schedule: an instant after the horizon would never be handled.
    private double TimerAt(double time) => time <= _scenario.HorizonDays ? time : double.PositiveInfinity;

    private void OnTensionEase()
    {
        _tensionEaseAt = double.PositiveInfinity;
        // In exact arithmetic tension equals the threshold now and is below it just after; rounding
        // may leave it a hair above, so settle it just below.
        var tension = CurrentTension();
        var below = Math.BitDecrement(_p.StrainedAtTension);
        _tension = tension < below ? tension : below;
        _tensionSince = _now;
        UpdateTruce(NoCause);
    }

    private void AddEscalation(int levels, int cause)
    {
        if (levels <= 0) return;
        _level = Math.Min(_level + levels, _scenario.MaxEscalationLevel);
        if (_level > _outcome.PeakEscalation) _outcome.PeakEscalation = _level;
        UpdateGroupRates();
        ScheduleEscalationDecay();
        UpdateTruce(cause);
    }

    // Any rise of the level restarts the decay clock; each drop starts the next one.
    private void ScheduleEscalationDecay()
    {
        var days = _p.EscalationDecayDays;
        if (double.IsPositiveInfinity(days)) return;
        _escalationDecayAt = TimerAt(_now + days);
    }

    private void OnEscalationDecay()
    {
        _escalationDecayAt = double.PositiveInfinity;
        if (_level == 0) return;
        _level--;
        UpdateGroupRates();
        if (_level > 0) ScheduleEscalationDecay();
        UpdateTruce(NoCause);
    }

    private TruceState DerivedState()
    {
        var s = _scenario;
        var tension = CurrentTension();
        if (tension >= _p.CollapseAtTension || _level >= s.CollapseAtLevel) return TruceState.Collapsed;
        if (_level >= s.EscalatingAtLevel) return TruceState.Escalating;
        if (tension >= _p.StrainedAtTension) return TruceState.Strained;
        return TruceState.Holding;
    }

    /// <summary>Moves the truce machine to the state tension and escalation now imply, one trigger at a time.</summary>
    private void UpdateTruce(int cause)
    {
        var target = DerivedState();
        if ((int)target == _truceState) return;
        if (target == TruceState.Collapsed)
        {
            Collapse(cause);
            return;
        }
        CloseStateInterval(TimeResolution.ToTicks(_now));
        while (_truceState != (int)target)
        {
            var trigger = (TruceState)_truceState switch
            {
                TruceState.Holding => target == TruceState.Strained ? TruceTrigger.Strain : TruceTrigger.Escalate,
                TruceState.Strained => target == TruceState.Holding ? TruceTrigger.Ease : TruceTrigger.Escalate,
                _ => TruceTrigger.Deescalate,
            };
            _truceState = FireTruce(trigger);
        }
    }

    private int FireTruce(TruceTrigger trigger)
    {
        var next = _scenario.Truce.Next(_truceState, (int)trigger);
        if (next < 0) ThrowNoTransition(trigger, (TruceState)_truceState);
        return next;
    }

    // Not inlined: see ThrowUnknownKind (TrialSimulator.cs).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNoTransition(TruceTrigger trigger, TruceState state) =>
        throw new InvalidOperationException($"The truce machine has no '{trigger}' transition from state {state}.");

    /// <summary>Credits the time since the current truce state was entered to that state.</summary>
    private void CloseStateInterval(long nowTick)
    {
        var ticks = nowTick - _stateEnteredTick;
        switch ((TruceState)_truceState)
        {
            case TruceState.Holding: _outcome.TicksHolding += ticks; break;
            case TruceState.Strained: _outcome.TicksStrained += ticks; break;
            case TruceState.Escalating: _outcome.TicksEscalating += ticks; break;
        }
        _stateEnteredTick = nowTick;
    }

    private void Collapse(int cause)
    {
        var tick = TimeResolution.ToTicks(_now);
        CloseStateInterval(tick);
        _truceState = FireTruce(TruceTrigger.Collapse);
        _collapsed = true;
        _outcome.Collapsed = true;
        _outcome.CauseId = cause;
        _outcome.DurationTicks = tick;
    }
}
