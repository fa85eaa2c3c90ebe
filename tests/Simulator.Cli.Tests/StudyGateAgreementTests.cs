using Simulator.Cli.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Simulator.Cli.Tests;

/// <summary>
/// Property: the studies pass every point through the same gate as `validate`. For generated values of
/// every number of the shipped scenarios, `sweep --vary key=base,value` refuses (exit 2, naming point 2)
/// exactly when `validate --set key=value` refuses; `sample` and `sensitivity` with `--set` overrides
/// refuse exactly when `validate` does. No study ever ends as an internal error.
/// </summary>
public sealed class StudyGateAgreementTests
{
    // Scalars a sweep value can be (no commas): ordinary, extreme, non-finite and malformed.
    private static readonly string[] Values =
    [
        "0", "1", "0.5", "2", "-1", "3.7", "1e-320", "1e-300", "1e200", "1e308", "-1e308", "1000", "1000000",
        "99999999999999999999", ".nan", ".inf", "abc",
    ];

    public static TheoryData<string, string, string, string> SweepCases()
    {
        var data = new TheoryData<string, string, string, string>();
        var random = new Random(20251207); // a fixed seed: the same cases every run
        foreach (var file in new[] { RepoPaths.SeedScenario, RepoPaths.ConstantHazard })
        {
            var numbers = Numbers(File.ReadAllText(file)).Where(n => n.Key != "run.trials").ToArray();
            for (var i = 0; i < 40; i++)
            {
                var (key, baseValue) = numbers[random.Next(numbers.Length)];
                data.Add(Path.GetFileName(file), key, baseValue, Values[random.Next(Values.Length)]);
            }
        }
        return data;
    }

    public static TheoryData<string, string[]> OverrideCases()
    {
        var data = new TheoryData<string, string[]>();
        var random = new Random(20251208);
        var keys = Numbers(File.ReadAllText(RepoPaths.SeedScenario)).Select(n => n.Key).Where(k => k != "run.trials").ToArray();
        foreach (var command in new[] { "sample", "sensitivity" })
        {
            for (var i = 0; i < 15; i++)
            {
                data.Add(command, [$"{keys[random.Next(keys.Length)]}={Values[random.Next(Values.Length)]}", "run.trials=8"]);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SweepCases))]
    public async Task SweepRefusesAPoint_ExactlyWhenValidateRefusesItsValue(string scenario, string key, string baseValue, string value)
    {
        var file = Path.GetFileName(RepoPaths.SeedScenario) == scenario ? RepoPaths.SeedScenario : RepoPaths.ConstantHazard;

        var validate = await GateAgreementTests.InProcess(["validate", file, "--set", $"{key}={value}"]);
        var sweep = await GateAgreementTests.InProcess(
            ["sweep", file, "--vary", $"{key}={baseValue},{value}", "--set", "run.trials=8", "--threads", "1", "--quiet"]);

        Assert.True(validate.Code is 0 or 2, $"validate exit {validate.Code}:\n{validate.Error}");
        Assert.True(sweep.Code is 0 or 2, $"sweep exit {sweep.Code}:\n{sweep.Error}");
        Assert.True((validate.Code == 2) == (sweep.Code == 2),
            $"validate exit {validate.Code}, sweep exit {sweep.Code}\n--- validate ---\n{validate.Error}\n--- sweep ---\n{sweep.Error}");
        if (sweep.Code != 2) return;
        // The refusal names the first invalid point: the file's own value when --set cannot address the key.
        var baseRefused = (await GateAgreementTests.InProcess(["validate", file, "--set", $"{key}={baseValue}"])).Code == 2;
        var point = baseRefused ? $"point 1 ({key}={baseValue})" : $"point 2 ({key}={value})";
        Assert.Contains(point, sweep.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OverrideCases))]
    public async Task StudyRefuses_ExactlyWhenValidateRefuses(string command, string[] overrides)
    {
        var set = overrides.SelectMany(o => new[] { "--set", o }).ToArray();
        string[] design = command == "sample" ? ["--points", "2"] : ["--method", "morris", "--points", "2"];

        var validate = await GateAgreementTests.InProcess(["validate", RepoPaths.SeedScenario, .. set]);
        var study = await GateAgreementTests.InProcess(
            [command, RepoPaths.SeedScenario, .. set, .. design, "--regime", "status_quo", "--threads", "1", "--quiet"]);

        Assert.True(validate.Code is 0 or 2, $"validate exit {validate.Code}:\n{validate.Error}");
        Assert.True(study.Code is 0 or 2, $"{command} exit {study.Code}:\n{study.Error}");
        Assert.True((validate.Code == 2) == (study.Code == 2),
            $"validate exit {validate.Code}, {command} exit {study.Code}\n--- validate ---\n{validate.Error}\n--- {command} ---\n{study.Error}");
    }

    [Fact]
    public async Task GeneratedValues_IncludeRefusedAndAcceptedOnes()
    {
        // The properties above say something only if the generated values fall on both sides of the gate.
        var codes = new List<int>();
        foreach (var row in SweepCases())
        {
            var file = Path.GetFileName(RepoPaths.SeedScenario) == (string)row[0] ? RepoPaths.SeedScenario : RepoPaths.ConstantHazard;
            codes.Add((await GateAgreementTests.InProcess(["validate", file, "--set", $"{row[1]}={row[3]}"])).Code);
        }
        Assert.True(codes.Count(c => c == 0) >= 10, $"only {codes.Count(c => c == 0)} of {codes.Count} generated values are accepted");
        Assert.True(codes.Count(c => c == 2) >= 10, $"only {codes.Count(c => c == 2)} of {codes.Count} generated values are refused");
    }

    // Key paths (lists by [index], as --set addresses them) and the text of every number in a scenario file.
    private static IEnumerable<(string Key, string Value)> Numbers(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var found = new List<(string, string)>();
        void Walk(YamlNode node, string path)
        {
            switch (node)
            {
                case YamlMappingNode map:
                    foreach (var (key, value) in map.Children) Walk(value, path.Length == 0 ? ((YamlScalarNode)key).Value! : $"{path}.{((YamlScalarNode)key).Value}");
                    break;
                case YamlSequenceNode list:
                    for (var i = 0; i < list.Children.Count; i++) Walk(list.Children[i], $"{path}[{i}]");
                    break;
                case YamlScalarNode scalar when double.TryParse(scalar.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _):
                    found.Add((path, scalar.Value!));
                    break;
            }
        }
        Walk(stream.Documents[0].RootNode, "");
        return found;
    }
}
