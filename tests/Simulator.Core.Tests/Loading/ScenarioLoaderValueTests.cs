using static Simulator.Tests.Loading.ScenarioTexts;

namespace Simulator.Tests.Loading;

/// <summary>Ranges and types of single values; each message is checked word for word.</summary>
public class ScenarioLoaderValueTests
{
    [Fact]
    public void LoadText_ProbabilityAboveOne_ReportsRangeAndValueAtItsPosition()
    {
        var error = SingleError(With("sensitivity: 0.3", "sensitivity: 1.5"));

        Assert.Equal("test.yaml:104:18: regimes[0].sensitivity: must be a probability between 0 and 1; found 1.5", error.ToString());
    }

    [Fact]
    public void LoadText_NegativeRate_ReportsRateRange()
    {
        var error = SingleError(With("attack_rate: 0.05", "attack_rate: -0.05"));

        Assert.Equal("test.yaml:61:18: armed_groups[0].attack_rate: must be a rate per day of at least 0; found -0.05", error.ToString());
    }

    [Theory]
    [InlineData(".nan")]
    [InlineData(".inf")]
    [InlineData("-.Inf")]
    [InlineData("1e400")]
    public void LoadText_NonFiniteNumber_IsRejected(string value)
    {
        var error = SingleError(With("sensitivity: 0.3", $"sensitivity: {value}"));

        Assert.Equal($"must be a probability between 0 and 1; found {value}, which is not a finite number", error.Message);
    }

    [Fact]
    public void LoadText_NonFiniteRate_IsRejectedToo()
    {
        var error = SingleError(With("attack_rate: 0.05", "attack_rate: .inf"));

        Assert.Equal("must be a rate per day of at least 0; found .inf, which is not a finite number", error.Message);
    }

    [Fact]
    public void LoadText_ZeroHalfLife_RequiresPositiveDays()
    {
        var error = SingleError(With("tension:\n", "tension:\n  half_life_days: 0\n"));

        Assert.Equal("test.yaml:84:19: tension.half_life_days: must be a number of days greater than 0; found 0", error.ToString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("100000001")]
    [InlineData("2.5")]
    [InlineData("1e3")]
    public void LoadText_TrialsOutOfRangeOrNotInteger_IsRejected(string value)
    {
        var error = SingleError(With("trials: 20000", $"trials: {value}"));

        Assert.Equal($"test.yaml:11:11: run.trials: must be an integer between 1 and 100000000; found {value}", error.ToString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("36500.5")]
    [InlineData("-1")]
    public void LoadText_HorizonOutOfRange_IsRejected(string value)
    {
        var error = SingleError(With("horizon_days: 365", $"horizon_days: {value}"));

        Assert.Equal($"run.horizon_days: must be a number of days greater than 0 and at most 36500; found {value}", $"{error.Path}: {error.Message}");
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("18446744073709551616")]
    [InlineData("123456789012345678901234567890123456789012345678901234567890")]
    public void LoadText_SeedOutsideUnsigned64Bits_IsRejected(string value)
    {
        var error = SingleError(With("seed: 20251107", $"seed: {value}"));

        Assert.StartsWith("must be an integer between 0 and 18446744073709551615; found ", error.Message);
    }

    [Fact]
    public void LoadText_LargestSeed_IsAccepted()
    {
        var result = Load(With("seed: 20251107", "seed: 18446744073709551615"));

        Assert.Equal(ulong.MaxValue, result.Scenario!.Seed);
    }

    [Fact]
    public void LoadText_MappingWhereNumberExpected_SaysWhatWasExpected()
    {
        var error = SingleError(With("sensitivity: 0.3", "sensitivity: { value: 0.3 }"));

        Assert.Equal("test.yaml:104:18: regimes[0].sensitivity: expected a number (a probability between 0 and 1), found a mapping", error.ToString());
    }

    [Fact]
    public void LoadText_QuotedNumber_IsTextWithAHint()
    {
        var error = SingleError(With("sensitivity: 0.3", "sensitivity: '0.3'"));

        Assert.Equal("expected a number (a probability between 0 and 1), found '0.3'", error.Message);
        Assert.Equal("remove the quotes: quoted values are text", error.Help);
    }

    [Fact]
    public void LoadText_ListWhereMappingExpected_IsReported()
    {
        var error = SingleError(With("run:\n  horizon_days: 365\n  trials: 20000\n  seed: 20251107\n  report_days: [30, 90, 180, 365]\n  baseline_regime: monitors\n",
            "run: [1, 2]\n"));

        Assert.Equal("test.yaml:9:6: run: expected a mapping of keys, found a list", error.ToString());
    }

    [Fact]
    public void LoadText_MissingRequiredKey_NamesKeyAtMappingPosition()
    {
        var error = SingleError(With("  horizon_days: 365\n", ""));

        Assert.Equal("test.yaml:10:3: run.horizon_days: missing required key 'horizon_days'", error.ToString());
    }

    [Fact]
    public void LoadText_UnknownKey_SuggestsNearestValidKeyAndIsNotAlsoMissing()
    {
        var result = Load(With("sensitivity: 0.3", "sensitivty: 0.3"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("test.yaml:104:5: regimes[0].sensitivty: unknown key 'sensitivty'; did you mean 'sensitivity'?", error.ToString());
        Assert.Equal("did you mean 'sensitivity'?", error.Help);
    }

    [Fact]
    public void LoadText_MisspeltKey_ItsValueIsStillChecked()
    {
        var result = Load(With("sensitivity: 0.3", "sensitivty: 1.3"));

        Assert.Equal(
            [
                "test.yaml:104:5: regimes[0].sensitivty: unknown key 'sensitivty'; did you mean 'sensitivity'?",
                "test.yaml:104:17: regimes[0].sensitivity: must be a probability between 0 and 1; found 1.3",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void LoadText_MisspeltId_IsOneProblemNotAlsoEveryReferenceToIt()
    {
        var result = Load(With("  - id: host\n", "  - idd: host\n"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("unknown key 'idd'", error.Message);
    }

    [Fact]
    public void LoadText_UnknownKeyFarFromAll_ListsValidKeys()
    {
        var error = SingleError(With("  elasticity: 0\n", "  elasticity: 0\n  zzzzzzzzzz: 1\n"));

        Assert.Equal("unknown key 'zzzzzzzzzz'; expected one of: elasticity", error.FullMessage);
    }

    [Fact]
    public void LoadText_UnknownEnumValue_SuggestsNearest()
    {
        var error = SingleError(With("kind: third_party", "kind: thrid_party"));

        Assert.Equal("test.yaml:102:11: regimes[0].kind: unknown value 'thrid_party'; did you mean 'third_party'?", error.ToString());
    }

    [Fact]
    public void LoadText_InvalidId_ShowsPattern()
    {
        var error = SingleError(With("  - id: group", "  - id: Group"));

        Assert.Equal("test.yaml:57:9: armed_groups[0].id: must be a snake_case id matching ^[a-z][a-z0-9_]*$; found 'Group'", error.ToString());
    }

    [Fact]
    public void LoadText_ReportDayBeyondHorizon_IsError()
    {
        var error = SingleError(With("report_days: [30, 90, 180, 365]", "report_days: [30, 90, 180, 400]"));

        Assert.Equal("test.yaml:13:30: run.report_days[3]: must be at most horizon_days (365); found 400", error.ToString());
    }

    [Fact]
    public void LoadText_ReportDaysOutOfOrder_IsError()
    {
        var error = SingleError(With("report_days: [30, 90, 180, 365]", "report_days: [30, 180, 90]"));

        Assert.Equal("run.report_days[2]: must be greater than the previous report day (180); found 90", $"{error.Path}: {error.Message}");
    }

    [Fact]
    public void LoadText_ThreePrincipals_IsError()
    {
        var error = SingleError(With("armed_groups:", "  - id: third\narmed_groups:"));

        Assert.Equal("test.yaml:17:3: principals: must list exactly two principals (the parties to the truce); found 3", error.ToString());
    }

    [Fact]
    public void LoadText_VerificationKeyUnderKindNone_HasNoEffect()
    {
        var error = SingleError(With("kind: third_party", "kind: none").Replace("    sensitivity: 0.3\n", "").Replace("    specificity: 1\n", "")
            .Replace("    verdict_delay: { distribution: fixed, days: 0 }\n", "").Replace("  - id: monitors\n", "  - id: monitors\n    cost_per_claim: 1\n"));

        Assert.Equal("test.yaml:104:13: regimes[0].access: has no effect under kind none (no regime examines claims); remove it", error.ToString());
    }

    [Fact]
    public void LoadText_LognormalP90NotAboveMedian_IsError()
    {
        var error = SingleError(With("{ distribution: fixed, days: 0 }", "{ distribution: lognormal, median_days: 10, p90_days: 5 }"));

        Assert.Equal("regimes[0].verdict_delay.p90_days: must be greater than median_days (10); found 5", $"{error.Path}: {error.Message}");
    }

    [Fact]
    public void LoadText_DaysUnderLognormal_HasNoEffect()
    {
        var error = SingleError(With("{ distribution: fixed, days: 0 }", "{ distribution: lognormal, days: 3, median_days: 1, p90_days: 5 }"));

        Assert.Equal("has no effect under distribution lognormal", error.Message);
        Assert.Equal("remove it", error.Help);
    }

    [Fact]
    public void LoadText_ExponentialMeanZero_RequiresPositiveDays()
    {
        var error = SingleError(With("{ distribution: fixed, days: 0 }", "{ distribution: exponential, days: 0 }"));

        Assert.Equal("regimes[0].verdict_delay.days: must be a number of days greater than 0; found 0", $"{error.Path}: {error.Message}");
    }

    [Fact]
    public void LoadText_SeveralProblems_ReportsAllOfThem()
    {
        var yaml = With("sensitivity: 0.3", "sensitivity: 2")
            .Replace("trials: 20000", "trials: 0")
            .Replace("based_in: host", "based_in: hots");

        var result = Load(yaml);

        Assert.Equal(["run.trials", "armed_groups[0].based_in", "regimes[0].sensitivity"], result.Errors.Select(e => e.Path));
    }
}
