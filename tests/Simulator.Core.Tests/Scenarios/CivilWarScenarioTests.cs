using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Tests.Engine;
using Simulator.Loading;
using Simulator.Model;
using Simulator.Statistics;
using Simulator.Tests.Statistics;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>
/// scenarios/calibration/civil-war-ceasefires.yaml, run on its own settings, against the data it was
/// fitted to (post-Cold-War ceasefires of data/civil-war-ceasefires.csv): each regime's curve inside
/// its group's 95% Kaplan–Meier band at 1, 2 and 5 years, a falling hazard, and the difference
/// between the regimes of the data's size (docs/calibration.md#the-shipped-civil-war-scenario).
/// </summary>
public sealed class CivilWarScenarioTests
{
    private const double Year = 365.24; // the data's year (data/README.md)

    private static readonly Lazy<(Scenario Scenario, SurvivalTable[] Model)> Run = new(() =>
    {
        var load = ScenarioLoader.LoadFile(RepoPaths.Of("scenarios", "calibration", "civil-war-ceasefires.yaml"));
        Assert.True(load.Succeeded, string.Join("\n", load.Errors));
        var scenario = load.Scenario!;
        var result = EngineRuns.Run(scenario, scenario.Trials);
        var tables = result.Tally.Regimes.Select(r => SurvivalTable.FromTally(r, TimeResolution.ToTicks(scenario.HorizonDays))).ToArray();
        return (scenario, tables);
    });

    public static TheoryData<string, bool> Groups => new() { { "no_peacekeepers", false }, { "peacekeepers", true } };

    [Theory]
    [MemberData(nameof(Groups))]
    public void Curve_LiesInsideTheDatas95PercentBandAt1_2_5Years(string regime, bool peacekeepers)
    {
        var data = KaplanMeier.Estimate(CeasefireData.PostColdWar(CeasefireData.Locate(), peacekeepers, daysPerUnit: 1));
        var model = KaplanMeier.Estimate(Run.Value.Model[Index(regime)]);
        foreach (var years in new[] { 1.0, 2, 5 })
        {
            var band = data.At(years * Year);
            var simulated = model.At(years * Year).Survival;
            Assert.True(band.Lower <= simulated && simulated <= band.Upper,
                $"{regime} at {years} y: model {simulated:F3}, data {band.Survival:F3} ({band.Lower:F3}–{band.Upper:F3})");
        }
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void Hazard_FallsOverTime(string regime, bool _)
    {
        var fit = WeibullFit.Fit(Run.Value.Model[Index(regime)]);
        Assert.True(fit.Converged);
        Assert.True(fit.Estimate!.ShapeUpper < 1, $"{regime}: Weibull shape {fit.Estimate.Shape:F2} ({fit.Estimate.ShapeLower:F2}–{fit.Estimate.ShapeUpper:F2})");
    }

    [Fact]
    public void PeacekeepersHazardRatio_LiesInsideTheDatas95PercentInterval()
    {
        var path = CeasefireData.Locate();
        var data = CoxTwoGroups.Fit(CeasefireData.PostColdWar(path, false, 1), CeasefireData.PostColdWar(path, true, 1));
        var model = CoxTwoGroups.Fit(Run.Value.Model[Index("no_peacekeepers")], Run.Value.Model[Index("peacekeepers")]);

        Assert.True(data.Lower95 <= model.HazardRatio && model.HazardRatio <= data.Upper95,
            $"model HR {model.HazardRatio:F3}, data {data.HazardRatio:F3} ({data.Lower95:F3}–{data.Upper95:F3})");
        Assert.True(model.Upper95 < 1, $"model HR {model.HazardRatio:F3} ({model.Lower95:F3}–{model.Upper95:F3})");
    }

    private static int Index(string regime)
    {
        var regimes = Run.Value.Scenario.Regimes;
        for (var i = 0; i < regimes.Count; i++)
        {
            if (regimes[i].Id == regime) return i;
        }
        throw new ArgumentException($"no regime {regime}");
    }
}
