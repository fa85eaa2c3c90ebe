using Simulator.Application;
using Simulator.Application.Calibration;
using Simulator.Application.Scenarios;

namespace Simulator.Tests.Application.Calibration;

/// <summary>
/// calibrate recovers known values: data drawn from the constant-hazard scenario (attack_rate 0.05,
/// so collapses at rate 0.05 × 0.8 × 0.3 = 0.012 a day, censored at day 120) are fitted back. The
/// estimate must agree with the data's closed-form maximum-likelihood estimate within the
/// simulation's noise (its standard error times √(3n/N), four of them), and the 95% interval must
/// hold the truth and have the width the theory gives, 2 × 1.96 × SE × √(1 + 3n/N), within 25%.
/// The interval's coverage over repeated draws is measured by the benchmarks tool (docs/calibration.md).
/// </summary>
public sealed class KnownAnswerTests : IDisposable
{
    private const double Truth = 0.05;
    private const double RatePerAttackRate = 0.8 * 0.3;
    private const int Subjects = 200;
    private const int Trials = 4000;

    // The first data seed whose draw is ordinary: the truth within one standard error of the data's
    // closed-form estimate (see the first test). Chosen again when the ziggurat samplers changed every
    // random number: seed 1's new draw put the truth 1.81 standard errors away, where the calibrated
    // 95% interval, centred with simulation noise, misses it about as often as it holds it.
    private const ulong DataSeed = 2;

    private readonly string _folder = Directory.CreateTempSubdirectory("calibrate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private CalibrationSpec Spec(string csv, string yaml, params string[] fit)
    {
        var data = Path.Combine(_folder, "data.csv");
        File.WriteAllText(data, csv);
        return new CalibrationSpec
        {
            Scenario = ScenarioInput.Text(yaml, "truth.yaml"),
            DataFile = data,
            DurationColumn = "days",
            EventColumn = "failed",
            Fit = fit,
            Trials = Trials,
            HorizonDays = 120,
            Threads = 2,
        };
    }

    private static CalibrationOutcome Calibrate(CalibrationSpec spec)
    {
        var pipeline = new CalibrationPipeline(new ApplicationSettings { BlockSize = 1024 });
        return pipeline.Execute(pipeline.Prepare(spec));
    }

    [Fact]
    public void Calibrate_DataFromKnownAttackRate_RecoversItWithinItsInterval()
    {
        var csv = SyntheticDurations.Csv(SyntheticDurations.Rows(SyntheticDurations.ConstantHazard, "monitors", Subjects, seed: DataSeed, horizonDays: 120));
        var (rate, events) = SyntheticDurations.ExponentialMle(csv);
        var mle = rate / RatePerAttackRate;
        var se = mle / Math.Sqrt(events);
        // The draw is an ordinary one (the truth within one standard error of its closed-form estimate), so what is tested is calibrate, not luck.
        Assert.InRange(Truth, mle - se, mle + se);

        var outcome = Calibrate(Spec(csv, SyntheticDurations.ConstantHazard, "armed_groups.group.attack_rate=0.01:0.2"));

        var fitted = Assert.Single(outcome.Result!.Parameters);
        var noise = se * Math.Sqrt(3.0 * Subjects / Trials);
        Assert.InRange(fitted.Estimate, mle - 4 * noise, mle + 4 * noise);
        Assert.InRange(Truth, fitted.Interval!.Lower, fitted.Interval.Upper);
        var width = fitted.Interval.Upper - fitted.Interval.Lower;
        var theory = 2 * 1.96 * se * Math.Sqrt(1 + 3.0 * Subjects / Trials);
        Assert.InRange(width, 0.75 * theory, 1.25 * theory);
        Assert.True(outcome.Result.Converged);
        Assert.False(outcome.Partial);
        var group = Assert.Single(outcome.Result.Groups);
        Assert.Equal(events, group.Events);
        Assert.True(group.LogRank.PValue > 0.05, $"log-rank p = {group.LogRank.PValue}");
    }

    [Fact]
    public void Calibrate_UncertainValueWithoutFit_IsFittedWithinItsRange()
    {
        var yaml = SyntheticDurations.ConstantHazard.Replace("attack_rate: 0.05", "attack_rate: { uncertain: uniform, min: 0.01, max: 0.2 }", StringComparison.Ordinal);
        var csv = SyntheticDurations.Csv(SyntheticDurations.Rows(SyntheticDurations.ConstantHazard, "monitors", Subjects, seed: DataSeed, horizonDays: 120));

        var outcome = Calibrate(Spec(csv, yaml));

        var fitted = Assert.Single(outcome.Result!.Parameters);
        Assert.Equal("armed_groups.group.attack_rate", fitted.Parameter.Path);
        Assert.Equal((0.01, 0.2), (fitted.Parameter.Lower, fitted.Parameter.Upper));
        Assert.InRange(Truth, fitted.Interval!.Lower, fitted.Interval.Upper);
    }

    [Fact]
    public void Calibrate_TwoGroups_EachComparedWithItsRegime()
    {
        var rows = SyntheticDurations.Rows(SyntheticDurations.TwoRegimes, "monitors", 150, seed: 11, horizonDays: 120, group: "0")
            .Concat(SyntheticDurations.Rows(SyntheticDurations.TwoRegimes, "better", 150, seed: 12, horizonDays: 120, group: "1"));
        var spec = Spec(SyntheticDurations.Csv(rows), SyntheticDurations.TwoRegimes, "armed_groups.group.attack_rate=0.01:0.2")
            with { GroupColumn = "group", Groups = ["monitors=0", "better=1"] };

        var outcome = Calibrate(spec);

        var result = outcome.Result!;
        Assert.Equal(["monitors", "better"], result.Groups.Select(g => g.Regime));
        Assert.Equal(["0", "1"], result.Groups.Select(g => g.Value));
        Assert.InRange(Truth, result.Parameters[0].Interval!.Lower, result.Parameters[0].Interval!.Upper);
        // The better regime's group fails about twice as fast: its model hazard is about twice the other's.
        var ratio = result.Groups[1].ModelHazards.Average() / result.Groups[0].ModelHazards.Average();
        Assert.InRange(ratio, 1.7, 2.3);
    }

    [Fact]
    public void Calibrate_SameInputsOnOneOrTwoThreads_GiveTheSameCalibrationJson()
    {
        var csv = SyntheticDurations.Csv(SyntheticDurations.Rows(SyntheticDurations.ConstantHazard, "monitors", 100, seed: 3, horizonDays: 120));
        var spec = Spec(csv, SyntheticDurations.ConstantHazard, "armed_groups.group.attack_rate=0.01:0.2") with { Trials = 1000 };

        var one = global::Simulator.Output.Calibration.CalibrationJson.Render(Calibrate(spec with { Threads = 1 }).Result!);
        var two = global::Simulator.Output.Calibration.CalibrationJson.Render(Calibrate(spec with { Threads = 2 }).Result!);

        Assert.Equal(one, two);
    }
}
