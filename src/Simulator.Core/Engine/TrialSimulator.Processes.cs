using Simulator.Scenarios;

namespace Simulator.Engine;

// Poisson processes with piecewise-constant rates, by the unit-exponential budget method: each
// process holds a remaining Exp(1) budget consumed at its current rate; it fires when the budget
// is spent. A rate change consumes elapsed × old rate and re-aims the clock, which is exact (the
// time change of a unit Poisson process) and keeps the same draws when a regime changes a rate.
// Process layout: groups 0..G−1, then domestic incidents of principals 0 and 1, then fabrications.
internal sealed partial class TrialSimulator
{
    private readonly RandomStream[] _processStreams;
    private readonly double[] _processRate;
    private readonly double[] _processBudget;
    private readonly double[] _processSince;
    private readonly double[] _processNext;

    private int DomesticProcess(int principal) => _scenario.GroupCount + principal;

    private int FabricationProcess(int principal) => _scenario.GroupCount + 2 + principal;

    private void ResetProcesses(long trial)
    {
        var seed = _scenario.Seed;
        var groups = _scenario.GroupCount;
        for (var g = 0; g < groups; g++)
        {
            _processStreams[g] = RandomStream.Create(seed, trial, StreamIds.Attacks(g));
        }
        for (var p = 0; p < 2; p++)
        {
            _processStreams[DomesticProcess(p)] = RandomStream.Create(seed, trial, StreamIds.Domestic(p));
            _processStreams[FabricationProcess(p)] = RandomStream.Create(seed, trial, StreamIds.Fabrication(p));
        }
        for (var i = 0; i < _processNext.Length; i++)
        {
            // Every process draws its first budget even at rate 0, so consumption never depends on the regime.
            _processBudget[i] = _processStreams[i].UnitExponential();
            _processSince[i] = 0;
            _processRate[i] = InitialRate(i);
            _processNext[i] = _processRate[i] > 0 ? _processBudget[i] / _processRate[i] : double.PositiveInfinity;
        }
    }

    private double InitialRate(int process)
    {
        var groups = _scenario.GroupCount;
        if (process < groups) return GroupRate(process);
        if (process < groups + 2) return _scenario.Principals[process - groups].DomesticIncidentRate;
        return _scenario.Principals[process - groups - 2].FabricationRate;
    }

    /// <summary>attack_rate · (1 − c·i_eff) · (1 + m·level) · (1 − reduction while a remedy by the host is in effect).</summary>
    private double GroupRate(int group)
    {
        var rate = _regime.GroupBaseRate[group] * (1 + _scenario.AttackMultiplierPerLevel * _level);
        var host = _scenario.GroupHost[group];
        if (_remedyActive[host] > 0) rate *= 1 - _scenario.Principals[host].RemedyAttackReduction;
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
        var budget = _processBudget[process] - (_now - _processSince[process]) * old;
        if (budget < 0) budget = 0; // rounding only: the clock would have fired already
        _processBudget[process] = budget;
        _processSince[process] = _now;
        _processRate[process] = rate;
        _processNext[process] = rate > 0 ? _now + budget / rate : double.PositiveInfinity;
    }

    /// <summary>Process <paramref name="process"/>'s budget ran out at <see cref="_now"/>.</summary>
    private void Arrive(int process)
    {
        // Draw the next budget before handling: the handler may change this process's rate.
        var budget = _processStreams[process].UnitExponential();
        _processBudget[process] = budget;
        _processSince[process] = _now;
        var rate = _processRate[process];
        _processNext[process] = rate > 0 ? _now + budget / rate : double.PositiveInfinity;

        var groups = _scenario.GroupCount;
        if (process < groups)
        {
            // An attack on the group's target, launched from its host's soil.
            _outcome.Incidents++;
            var victim = _scenario.GroupTarget[process];
            if (_claimStream.Bernoulli(_scenario.Principals[victim].ClaimTrueIncident))
            {
                FileClaim(victim, _scenario.GroupHost[process], IncidentKind.Attack, isTrue: true);
            }
        }
        else if (process < groups + 2)
        {
            // A domestic incident, possibly blamed on the other principal.
            var p = process - groups;
            _outcome.Incidents++;
            var principal = _scenario.Principals[p];
            if (_claimStream.Bernoulli(principal.Misattribution))
            {
                FileClaim(p, 1 - p, principal.UnfoundedKind, isTrue: false);
            }
        }
        else
        {
            var p = process - groups - 2;
            FileClaim(p, 1 - p, _scenario.Principals[p].UnfoundedKind, isTrue: false);
        }
    }
}
