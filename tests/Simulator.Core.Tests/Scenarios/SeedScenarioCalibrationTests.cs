using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Loading;
using Simulator.Model;
using Simulator.Statistics;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>
/// The seed scenario meets the calibration targets stated in its header (T1–T8, M1–M4), on its own
/// run settings (10,000 trials, its seed). Each target is an inequality about the Kaplan–Meier
/// estimate; the run is deterministic, so a failure means the model or the scenario changed.
/// </summary>
public sealed class SeedScenarioCalibrationTests
{
    private static readonly Lazy<Calibration> Run = new(() => new Calibration());

    [Fact]
    public void BuiltInScenario_IsTheSeedScenarioFile()
    {
        var file = File.ReadAllText(RepoPaths.Of("scenarios", "pakistan-afghanistan-2025.yaml"));

        Assert.Equal(file, BuiltInScenario.Text);
    }

    [Fact]
    public void StatusQuo_SurvivesFirstWeeks_T1() => Assert.True(Run.Value.Holds("status_quo", 30) >= 0.85);

    [Fact]
    public void StatusQuo_StaysFragileWithinAYear_T2_T3()
    {
        var s = Run.Value.Holds("status_quo", 365);
        Assert.InRange(s, 0.30, 0.60);
    }

    [Fact]
    public void StatusQuo_EarlyHazardNotSuppressed_T4()
    {
        var ratio = Math.Log(Run.Value.Holds("status_quo", 90)) / Math.Log(Run.Value.Holds("status_quo", 365));
        Assert.True(ratio >= 0.15, $"H(90)/H(365) = {ratio}");
    }

    [Fact]
    public void MediatorCommission_OutlastsStatusQuo_T5() =>
        Assert.True(Run.Value.Holds("mediator_commission", 365) >= Run.Value.Holds("status_quo", 365) + 0.02);

    [Fact]
    public void FullAccessMonitors_OutlastStatusQuoButNotPeacekeeping_T6()
    {
        var full = Run.Value.Holds("third_party_full_access", 365);
        Assert.True(full >= Run.Value.Holds("status_quo", 365) + 0.15);
        Assert.True(full <= 0.85);
    }

    [Fact]
    public void RefusedAccess_CostsIntrusiveMonitorsTheirValue_T7() =>
        Assert.True(Run.Value.Holds("third_party_full_access", 365) >= Run.Value.Holds("third_party_monitors", 365) + 0.10);

    [Fact]
    public void IntrusiveMonitorsWithRefusals_CostEarlySurvival_T8() =>
        Assert.True(Run.Value.Holds("third_party_monitors", 30) <= Run.Value.Holds("status_quo", 30));

    [Fact]
    public void Deterrence_LowersAttackRatesInOrderOfAttributionRisk_M1()
    {
        var rates = new[] { "status_quo", "mediator_commission", "third_party_monitors", "third_party_full_access" }
            .Select(Run.Value.AttackRate).ToArray();
        for (var i = 1; i < rates.Length; i++) Assert.True(rates[i] < rates[i - 1], string.Join(", ", rates));
    }

    [Fact]
    public void Refutations_DefuseMoreWithFullAccessThanCommission_M2()
    {
        Assert.Equal(0, Run.Value.Totals("status_quo").UnfoundedRefuted);
        Assert.True(Run.Value.RefutedShare("third_party_full_access") > Run.Value.RefutedShare("mediator_commission"));
    }

    [Fact]
    public void Refusals_FollowAccess_M3()
    {
        Assert.Equal(0, Run.Value.Totals("status_quo").AccessRefusals);
        var third = Run.Value.RefusalsPerClaim("third_party_monitors");
        var commission = Run.Value.RefusalsPerClaim("mediator_commission");
        var full = Run.Value.RefusalsPerClaim("third_party_full_access");
        Assert.True(third > commission && commission > full, $"{third}, {commission}, {full}");
    }

    [Fact]
    public void Remedies_NeedVerdicts_M4()
    {
        Assert.Equal(0, Run.Value.Totals("status_quo").Remedies);
        foreach (var id in new[] { "mediator_commission", "third_party_monitors", "third_party_full_access" })
        {
            Assert.True(Run.Value.Totals(id).Remedies > 0, id);
        }
    }

    private sealed class Calibration
    {
        private readonly Scenario _scenario;
        private readonly RunResult _result;
        private readonly CompiledScenario _compiled;

        public Calibration()
        {
            var load = ScenarioLoader.LoadFile(RepoPaths.Of("scenarios", "pakistan-afghanistan-2025.yaml"));
            Assert.True(load.Succeeded, string.Join("\n", load.Errors));
            _scenario = load.Scenario!;
            var all = Enumerable.Range(0, _scenario.Regimes.Count).ToArray();
            _result = new SimulationRunner().Run(new RunRequest { Scenario = _scenario, RegimeIndices = all, Trials = _scenario.Trials, Threads = 2 });
            _compiled = new CompiledScenario(_scenario, all);
        }

        public double Holds(string regime, double day)
        {
            var tally = _result.Tally.Regimes[Index(regime)];
            return KaplanMeier.Estimate(SurvivalTable.FromTally(tally, TimeResolution.ToTicks(_scenario.HorizonDays))).At(day).Survival;
        }

        public double AttackRate(string regime) => _compiled.Regimes[Index(regime)].GroupBaseRate.Sum();

        public OutcomeTotals Totals(string regime) => _result.Tally.Regimes[Index(regime)].Totals;

        public double RefutedShare(string regime) => (double)Totals(regime).UnfoundedRefuted / Totals(regime).ClaimsUnfounded;

        public double RefusalsPerClaim(string regime) =>
            (double)Totals(regime).AccessRefusals / (Totals(regime).ClaimsTrue + Totals(regime).ClaimsUnfounded);

        private int Index(string regime)
        {
            for (var i = 0; i < _scenario.Regimes.Count; i++)
            {
                if (_scenario.Regimes[i].Id == regime) return i;
            }
            throw new ArgumentException($"no regime {regime}");
        }
    }
}
