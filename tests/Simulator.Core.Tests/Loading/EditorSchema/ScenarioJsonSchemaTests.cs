using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Simulator.Loading;
using Simulator.Loading.EditorSchema;
using Simulator.Model;
using Simulator.Tests.Support;

namespace Simulator.Tests.Loading.EditorSchema;

/// <summary>
/// schemas/scenario.schema.json is generated from the loader (keys, types, ranges, defaults) and
/// docs/scenario-format.md (meanings); these tests keep it equal to what the loader accepts. After a
/// change to the format, regenerate it from the repository root with
/// <c>UPDATE_SCHEMA=1 dotnet test tests/Simulator.Core.Tests --filter ScenarioJsonSchemaTests</c>,
/// review the diff and commit it (with UPDATE_SCHEMA=1 the comparison rewrites the file and passes).
/// </summary>
public class ScenarioJsonSchemaTests
{
    private static readonly string SchemaPath = RepoPaths.Of("schemas", ScenarioJsonSchema.FileName);

    private static readonly Lazy<string> Generated = new(() => ScenarioJsonSchema.Generate(File.ReadAllText(RepoPaths.Of("docs", "scenario-format.md"))));

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(Generated.Value));

    public static TheoryData<string> ShippedScenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Of("scenarios"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/'));
        }
        return data;
    }

    [Fact]
    public void Generate_EqualsTheCommittedSchema()
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(SchemaPath)!);
            File.WriteAllText(SchemaPath, Generated.Value);
            return;
        }
        Assert.True(File.Exists(SchemaPath), $"{SchemaPath} is missing; create it with UPDATE_SCHEMA=1 (see {nameof(ScenarioJsonSchemaTests)}).");
        Assert.True(File.ReadAllText(SchemaPath) == Generated.Value,
            $"schemas/{ScenarioJsonSchema.FileName} differs from what the loader generates; regenerate it with UPDATE_SCHEMA=1 (see {nameof(ScenarioJsonSchemaTests)}).");
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void ShippedScenario_ValidatesAgainstTheSchema(string relativePath)
    {
        var json = YamlAsJson.Convert(File.ReadAllText(RepoPaths.Of(relativePath)));

        var errors = Errors(json);

        Assert.True(errors.Count == 0, $"{relativePath}:\n" + string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void ShippedScenario_FirstLineNamesTheSchemaForYamlLanguageServers(string relativePath)
    {
        var first = File.ReadLines(RepoPaths.Of(relativePath)).First();
        const string prefix = "# yaml-language-server: $schema=";

        Assert.StartsWith(prefix, first, StringComparison.Ordinal);
        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(RepoPaths.Of(relativePath))!, first[prefix.Length..]));
        Assert.Equal(Path.GetFullPath(SchemaPath), target);
    }

    [Fact]
    public void Schema_MistypedKey_IsRejected()
    {
        var json = Reference();
        var regime = json["regimes"]![0]!.AsObject();
        regime["sensitivty"] = regime["sensitivity"]!.DeepClone();
        regime.Remove("sensitivity");

        Assert.NotEmpty(Errors(json));
    }

    [Theory]
    [InlineData("sensitivity", 1.3)]
    [InlineData("access", -0.1)]
    [InlineData("capacity", 0)]
    public void Schema_OutOfRangeValue_IsRejected(string key, double value)
    {
        var json = Reference();
        json["regimes"]![0]![key] = value;

        Assert.NotEmpty(Errors(json));
    }

    [Fact]
    public void Schema_HorizonBeyondTheLoadersBound_IsRejected()
    {
        var json = Reference();
        json["run"]!["horizon_days"] = 40000;

        Assert.NotEmpty(Errors(json));
        Assert.False(ScenarioLoader.LoadText("name: x\nrun: { horizon_days: 40000 }\n", "x.yaml").Errors.Count == 0);
    }

    [Fact]
    public void Schema_KindJointWithoutSensitivity_IsRejectedButKindNoneWithoutItIsNot()
    {
        var joint = Reference();
        joint["regimes"]![0]!.AsObject().Remove("sensitivity");
        var none = Reference();
        none["regimes"] = JsonNode.Parse("""[{ "id": "status_quo", "kind": "none" }]""");

        Assert.NotEmpty(Errors(joint));
        Assert.Empty(Errors(none));
    }

    [Fact]
    public void Schema_ExponentialDelayOfZeroDays_IsRejectedButAFixedOneIsNot()
    {
        var exponential = Reference();
        exponential["regimes"]![0]!["verdict_delay"] = JsonNode.Parse("""{ "distribution": "exponential", "days": 0 }""");
        var fixedDelay = Reference();
        fixedDelay["regimes"]![0]!["verdict_delay"] = JsonNode.Parse("""{ "distribution": "fixed", "days": 0 }""");

        Assert.NotEmpty(Errors(exponential));
        Assert.Empty(Errors(fixedDelay));
    }

    [Theory]
    [InlineData("""{ "uncertain": "uniform", "min": 0.2, "max": 0.6 }""", true)]
    [InlineData("""{ "uncertain": "beta", "alpha": 2, "beta": 5 }""", true)]
    [InlineData("""{ "uncertain": "discrete", "values": [0.2, 0.4] }""", true)]
    [InlineData("""{ "uncertain": "uniform", "min": 0.2, "max": 1.6 }""", false)]
    [InlineData("""{ "uncertain": "uniform", "min": 0.2 }""", false)]
    [InlineData("""{ "uncertain": "uniform", "min": 0.2, "max": 0.6, "mode": 0.3 }""", false)]
    [InlineData("""{ "uncertain": "gamma", "shape": 2 }""", false)]
    [InlineData("""{ "uncertain": "gamma", "shape": 2, "scale": 0.1 }""", true)]
    [InlineData("""{ "uncertain": "gamma", "shape": 2000, "scale": 0.1 }""", false)]
    [InlineData("""{ "uncertain": "beta", "alpha": 0.001, "beta": 5 }""", false)]
    [InlineData("""{ "per_trial": "uniform", "min": 0.2, "max": 0.6 }""", true)]
    [InlineData("""{ "per_trial": "gamma", "shape": 2, "scale": 0.1 }""", true)]
    [InlineData("""{ "per_trial": "uniform", "min": 0.2, "max": 1.6 }""", false)]
    [InlineData("""{ "per_trial": "lognormal", "median": 0.2 }""", false)]
    public void Schema_UncertainValue_AcceptsTheLoadersFormsOnly(string distribution, bool valid)
    {
        var json = Reference();
        json["regimes"]![0]!["sensitivity"] = JsonNode.Parse(distribution);

        Assert.Equal(valid, Errors(json).Count == 0);
        var yaml = ScenarioTexts.With("    sensitivity: 0.3", "    sensitivity: " + distribution.Replace("\"", "", StringComparison.Ordinal));
        Assert.Equal(valid, ScenarioLoader.LoadText(yaml, "x.yaml").Errors.Count == 0);
    }

    [Theory]
    [InlineData("armed_groups.0.attack_rate", "    attack_rate: 0.05", "    attack_rate: ", true)]
    [InlineData("regimes.0.cost_per_day", "    verdict_delay: { distribution: fixed, days: 0 }", "    verdict_delay: { distribution: fixed, days: 0 }\n    cost_per_day: ", true)]
    [InlineData("run.horizon_days", "  horizon_days: 365", "  horizon_days: ", false)]
    [InlineData("regimes.0.start_day", "    verdict_delay: { distribution: fixed, days: 0 }", "    verdict_delay: { distribution: fixed, days: 0 }\n    start_day: ", false)]
    public void Schema_PerTrialValue_IsAcceptedWhereTheLoaderLetsAValueVaryBetweenTrialsOnly(string path, string line, string replacement, bool valid)
    {
        const string distribution = """{ "per_trial": "uniform", "min": 2, "max": 3 }""";
        var json = Reference();
        var segments = path.Split('.');
        var parent = segments[..^1].Aggregate(json, (node, s) => int.TryParse(s, out var i) ? node[i]! : node[s]!);
        parent[segments[^1]] = JsonNode.Parse(distribution);

        Assert.Equal(valid, Errors(json).Count == 0);
        var yaml = ScenarioTexts.With(line, replacement + distribution.Replace("\"", "", StringComparison.Ordinal));
        Assert.Equal(valid, ScenarioLoader.LoadText(yaml, "x.yaml").Errors.Count == 0);
    }

    [Fact]
    public void Schema_DescribesEveryNumberKeyWithUnitRangeAndDefault()
    {
        using var schema = JsonDocument.Parse(Generated.Value);
        var patience = schema.RootElement.GetProperty("properties").GetProperty("principals").GetProperty("items")
            .GetProperty("properties").GetProperty("responses").GetProperty("properties").GetProperty("patience_days");

        Assert.Equal(30, patience.GetProperty("default").GetDouble());
        var description = patience.GetProperty("description").GetString()!;
        Assert.Contains("Unit: days.", description);
        Assert.Contains("Allowed: a number of days of at least 0.", description);
        Assert.Contains("Default: 30.", description);
        Assert.StartsWith("Waits this long for a verdict", description);
    }

    [Fact]
    public void FormatDoc_HasARowForEveryKeyOfTheLoader()
    {
        var rows = FormatDoc.Parse(File.ReadAllText(RepoPaths.Of("docs", "scenario-format.md")));
        var mappings = new HashSet<string>(MappingKeys(), StringComparer.Ordinal);

        var missing = ScenarioJsonSchema.KeyPaths().Where(p => !rows.ContainsKey(p) && !mappings.Contains(p)).ToList();

        Assert.True(missing.Count == 0, "docs/scenario-format.md has no row for: " + string.Join(", ", missing));
    }

    [Fact]
    public void FormatDoc_EveryRowNamesAKeyOfTheLoader()
    {
        var rows = FormatDoc.Parse(File.ReadAllText(RepoPaths.Of("docs", "scenario-format.md")));
        var keys = ScenarioJsonSchema.KeyPaths().ToHashSet(StringComparer.Ordinal);

        var stale = rows.Keys.Where(k => !keys.Contains(k)).ToList();

        Assert.True(stale.Count == 0, "docs/scenario-format.md documents keys the loader does not know: " + string.Join(", ", stale));
    }

    [Fact]
    public void FormatDoc_DefaultsAgreeWithTheMappersFallbacks()
    {
        using var schema = JsonDocument.Parse(Generated.Value);
        var rows = FormatDoc.Parse(File.ReadAllText(RepoPaths.Of("docs", "scenario-format.md")));
        var probe = MapperProbe.Explore();
        var checkedAny = false;
        foreach (var run in probe.Runs)
        {
            foreach (var (path, fallback) in run.Log.Defaults)
            {
                if (!rows.TryGetValue(path, out var row)) continue;
                if (!double.TryParse(row.Default, System.Globalization.CultureInfo.InvariantCulture, out var documented) && row.Default is not ("true" or "false")) continue;
                var expected = fallback is bool b ? (b ? "true" : "false") : Convert.ToString(fallback, System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(row.Default == expected, $"{path}: docs/scenario-format.md says default {row.Default}, the mapper uses {expected}");
                checkedAny = true;
            }
        }
        Assert.True(checkedAny);
    }

    [Fact]
    public void UncertainForms_CoverEveryKindWithKeysTheReaderKnows()
    {
        Assert.Equal(Enum.GetValues<UncertainKind>().Order(), UncertainForms.Keys.Keys.Order());
        foreach (var (required, optional) in UncertainForms.Keys.Values)
        {
            Assert.All(required.Concat(optional), key => Assert.NotNull(UncertainReader.Schema.Find(key)));
        }
    }

    // Mapping-valued keys (claims, restraint, verdict_delay, …) are documented through their keys' rows.
    private static IEnumerable<string> MappingKeys()
    {
        var docs = JsonDocument.Parse(Generated.Value);
        return ScenarioJsonSchema.KeyPaths().Where(p => IsMapping(docs.RootElement, p));
    }

    private static bool IsMapping(JsonElement root, string path)
    {
        var node = root;
        foreach (var segment in path.Split('.'))
        {
            var key = segment.Replace("[*]", "", StringComparison.Ordinal);
            node = key == "*" ? node.GetProperty("additionalProperties") : node.GetProperty("properties").GetProperty(key);
            if (segment.EndsWith("[*]", StringComparison.Ordinal)) node = node.GetProperty("items");
        }
        return !path.EndsWith("[*]", StringComparison.Ordinal) && node.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "object";
    }

    private static JsonNode Reference() => YamlAsJson.Convert(ScenarioTexts.Reference)!;

    private static List<string> Errors(JsonNode? json)
    {
        using var document = JsonDocument.Parse(json?.ToJsonString() ?? "null");
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return [];
        return (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).DefaultIfEmpty("invalid").ToList();
    }
}
