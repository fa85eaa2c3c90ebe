using Simulator.Cli.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Simulator.Cli.Tests;

/// <summary>
/// Property: for any overrides, `validate` refuses (exit 2) exactly when `run` refuses, and neither ever
/// fails as an internal error. Overrides are generated from every number of the shipped scenarios,
/// set to ordinary, extreme and malformed values.
/// </summary>
public sealed class GateAgreementTests
{
    private static readonly string[] Values =
    [
        "0", "1", "0.5", "2", "-1", "3.7", "1e-320", "1e-300", "1e200", "1e308", "-1e308", "1000", "1000000",
        "99999999999999999999", ".nan", ".inf", "abc", "", "[1, 2]", "{ uncertain: uniform, min: 0, max: 1 }",
    ];

    public static TheoryData<string, string[]> Cases()
    {
        var data = new TheoryData<string, string[]>();
        var random = new Random(20251107); // a fixed seed: the same cases every run
        foreach (var file in new[] { RepoPaths.SeedScenario, RepoPaths.ConstantHazard })
        {
            var keys = NumberKeys(File.ReadAllText(file)).Where(k => k != "run.trials").ToArray();
            for (var i = 0; i < 60; i++)
            {
                var count = random.Next(1, 3);
                var overrides = Enumerable.Range(0, count)
                    .Select(_ => $"{keys[random.Next(keys.Length)]}={Values[random.Next(Values.Length)]}")
                    .Append("run.trials=8") // the same small run for both commands
                    .ToArray();
                data.Add(Path.GetFileName(file), overrides);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ValidateRefuses_ExactlyWhenRunRefuses(string scenario, string[] overrides)
    {
        var file = scenario == Path.GetFileName(RepoPaths.SeedScenario) ? RepoPaths.SeedScenario : RepoPaths.ConstantHazard;
        var set = overrides.SelectMany(o => new[] { "--set", o }).ToArray();

        var validate = await InProcess(["validate", file, .. set]);
        var run = await InProcess(["run", file, .. set, "--threads", "1", "--quiet"]);

        Assert.True(validate.Code is 0 or 2, $"validate exit {validate.Code}:\n{validate.Error}");
        Assert.True(run.Code is 0 or 2, $"run exit {run.Code}:\n{run.Error}");
        Assert.True((validate.Code == 2) == (run.Code == 2),
            $"validate exit {validate.Code}, run exit {run.Code}\n--- validate ---\n{validate.Error}\n--- run ---\n{run.Error}");
    }

    // Key paths of every number in a scenario file, lists by [index], as --set addresses them.
    private static IEnumerable<string> NumberKeys(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var found = new List<string>();
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
                    found.Add(path);
                    break;
            }
        }
        Walk(stream.Documents[0].RootNode, "");
        return found;
    }

    internal static async Task<(int Code, string Error)> InProcess(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync(args, output, error);
        return (code, error.ToString());
    }
}
