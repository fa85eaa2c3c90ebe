using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Loading;
using Simulator.Tests.Support;

namespace Simulator.Tests.Engine;

/// <summary>
/// A simulator draws a trial's varying values once and reuses them for the trial's other regimes.
/// The outcome of (trial, regime) must not depend on which trials and regimes the simulator ran before.
/// </summary>
public sealed class TrialOrderTests
{
    [Fact]
    public void Run_SeedScenario_RegimeByRegimeEqualsTrialByTrial()
    {
        var scenario = ScenarioLoader.LoadFile(Path.Combine(RepoPaths.Scenarios, "pakistan-afghanistan-2025.yaml")).Scenario;
        Assert.NotNull(scenario);
        var compiled = new CompiledScenario(scenario, Enumerable.Range(0, scenario.Regimes.Count).ToArray());
        Assert.NotEmpty(compiled.Variations); // values vary per trial: the reuse is exercised
        const int trials = 300;
        var regimes = compiled.Regimes.Length;

        var byTrial = new TrialOutcome[trials, regimes];
        var trialMajor = new TrialSimulator(compiled);
        for (var t = 0; t < trials; t++)
        {
            for (var r = 0; r < regimes; r++) trialMajor.Run(t, r, ref byTrial[t, r]);
        }

        // Regime after regime, each over the trials backwards: no two runs in a row share a trial.
        var regimeMajor = new TrialSimulator(compiled);
        var outcome = new TrialOutcome();
        for (var r = 0; r < regimes; r++)
        {
            for (var t = trials - 1; t >= 0; t--)
            {
                regimeMajor.Run(t, r, ref outcome);
                if (!outcome.Equals(byTrial[t, r])) Assert.Fail($"Trial {t}, regime {r} depends on the order of runs.");
            }
        }
        Assert.Equal(trialMajor.EventsProcessed, regimeMajor.EventsProcessed);

        // Every pair in a shuffled order, twice: runs come back to a trial after others, with some
        // regimes already derived for it and some not.
        var pairs = Enumerable.Range(0, trials * regimes).Concat(Enumerable.Range(0, trials * regimes)).ToArray();
        new Random(1).Shuffle(pairs);
        var shuffled = new TrialSimulator(compiled);
        foreach (var pair in pairs)
        {
            var (t, r) = (pair / regimes, pair % regimes);
            shuffled.Run(t, r, ref outcome);
            if (!outcome.Equals(byTrial[t, r])) Assert.Fail($"Trial {t}, regime {r} depends on the order of runs (shuffled).");
        }
    }
}
