using Simulator.Model;

namespace Simulator.Engine;

// Poisson processes with piecewise-constant rates, by the unit-exponential budget method: each
// process holds a remaining Exp(1) budget consumed at its current rate; it fires when the budget
// is spent. A rate change consumes elapsed × old rate and re-aims the clock, which is exact (the
// time change of a unit Poisson process) and keeps the same draws when a regime changes a rate.
// Process layout: groups 0..G−1, then domestic incidents of principals 0 and 1, then fabrications.
internal sealed partial class TrialSimulator
{
    private readonly double[] _processRate;
    private readonly double[] _processBudget;
    private readonly double[] _processSince;
    private readonly double[] _processNext;

    // The earliest process clock, found again only after a clock moved (most queued events move none).
    private int _nextProcess;
    private double _nextProcessTime;
    private bool _processClocksMoved;

    // Budget of a process whose rate has been 0 since the trial began (its first draw is deferred).
    private const double NotDrawn = double.NaN;

    private int DomesticProcess(int principal) => _scenario.GroupCount + principal;

    private int FabricationProcess(int principal) => _scenario.GroupCount + 2 + principal;

    // Per regime position, every process's rate at the start of a trial (first phase, initial level,
    // no remedy): the same for every trial unless values vary per trial, so computed once here, by
    // the same code, rather than in every Reset.
    private readonly double[][] _initialRates;

    private double[][] InitialRatesByRegime()
    {
        var rates = new double[_scenario.Regimes.Length][];
        for (var r = 0; r < rates.Length; r++)
        {
            rates[r] = new double[_processNext.Length];
            InitialRatesInto(rates[r], _p.Phases[r][0]);
        }
        _phase = _p.Phases[0][0];
        return rates;
    }

    private void InitialRatesInto(double[] rates, PhaseValues phase)
    {
        _phase = phase;
        _level = _scenario.InitialLevel;
        _remedyActive[0] = _remedyActive[1] = 0;
        for (var i = 0; i < rates.Length; i++) rates[i] = InitialRate(i);
    }

    private void ResetProcesses(int regimePosition)
    {
        _processClocksMoved = true;
        var initial = _initialRates[regimePosition];
        if (_scenario.Variations.Length > 0) InitialRatesInto(initial, _phase); // this trial's draws
        for (var i = 0; i < _processNext.Length; i++)
        {
            // A process's first budget is the first draw of its own stream. At rate 0 it is not
            // needed yet, so it is drawn only when the rate first turns positive (SetRate): the
            // same number as drawing it now, and a stream never used is never even seeded.
            var rate = initial[i];
            _processRate[i] = rate;
            _processSince[i] = 0;
            if (rate > 0)
            {
                _processBudget[i] = Stream(i).UnitExponential();
                _processNext[i] = _processBudget[i] / rate;
            }
            else
            {
                _processBudget[i] = NotDrawn;
                _processNext[i] = double.PositiveInfinity;
            }
        }
    }

    private double InitialRate(int process)
    {
        var groups = _scenario.GroupCount;
        if (process < groups) return GroupRate(process);
        if (process < groups + 2) return _p.Principals[process - groups].DomesticIncidentRate;
        return _p.Principals[process - groups - 2].FabricationRate;
    }

    /// <summary>attack_rate · (1 − c·i_eff) · (1 + m·level) · (1 − reduction while a remedy by the host is in effect).</summary>
    private double GroupRate(int group)
    {
        var rate = _phase.GroupBaseRate[group] * (1 + _p.AttackMultiplierPerLevel * _level);
        var host = _scenario.GroupHost[group];
        if (_remedyActive[host] > 0) rate *= 1 - _p.Principals[host].RemedyAttackReduction;
        return rate > 0 ? rate : 0;
    }

    /// <summary>Re-aims every group's clock after the escalation level or a remedy changed.</summary>
    private void UpdateGroupRates()
    {
        for (var g = 0; g < _scenario.GroupCount; g++) SetRate(g, GroupRate(g));
    }

    private void SetRate(int process, double rate)
    {
        var old = _processRate[process];
        if (rate == old) return;
        double budget;
        if (double.IsNaN(_processBudget[process]))
        {
            // Rate 0 since the trial began: nothing was consumed, draw the first budget now (if needed).
            budget = rate > 0 ? Stream(process).UnitExponential() : NotDrawn;
        }
        else
        {
            budget = _processBudget[process] - (_now - _processSince[process]) * old;
            if (budget < 0) budget = 0; // rounding only: the clock would have fired already
        }
        _processBudget[process] = budget;
        _processSince[process] = _now;
        _processRate[process] = rate;
        _processNext[process] = rate > 0 ? _now + budget / rate : double.PositiveInfinity;
        _processClocksMoved = true;
    }

    /// <summary>The process whose clock runs out first (the lowest index on ties), and when.</summary>
    private int NextProcess(out double time)
    {
        if (_processClocksMoved)
        {
            var clocks = _processNext.AsSpan();
            var process = -1;
            var earliest = double.PositiveInfinity;
            for (var i = 0; i < clocks.Length; i++)
            {
                if (clocks[i] < earliest)
                {
                    earliest = clocks[i];
                    process = i;
                }
            }
            _nextProcess = process;
            _nextProcessTime = earliest;
            _processClocksMoved = false;
        }
        time = _nextProcessTime;
        return _nextProcess;
    }

    /// <summary>Process <paramref name="process"/>'s budget ran out at <see cref="_now"/>.</summary>
    private void Arrive(int process)
    {
        // Draw the next budget before handling: the handler may change this process's rate.
        var budget = Stream(process).UnitExponential();
        _processBudget[process] = budget;
        _processSince[process] = _now;
        var rate = _processRate[process];
        _processNext[process] = rate > 0 ? _now + budget / rate : double.PositiveInfinity;
        _processClocksMoved = true;

        var groups = _scenario.GroupCount;
        if (process < groups)
        {
            // An attack on the group's target, launched from its host's soil.
            _outcome.Incidents++;
            var victim = _scenario.GroupTarget[process];
            if (Decide(_claimSlot, _p.Principals[victim].ClaimTrueIncident))
            {
                FileClaim(victim, _scenario.GroupHost[process], IncidentKind.Attack, isTrue: true);
            }
        }
        else if (process < groups + 2)
        {
            // A domestic incident, possibly blamed on the other principal.
            var p = process - groups;
            _outcome.Incidents++;
            var principal = _p.Principals[p];
            if (Decide(_claimSlot, principal.Misattribution))
            {
                FileClaim(p, 1 - p, principal.UnfoundedKind, isTrue: false);
            }
        }
        else
        {
            var p = process - groups - 2;
            FileClaim(p, 1 - p, _p.Principals[p].UnfoundedKind, isTrue: false);
        }
    }
}
