using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Simulator.Machines;
using Simulator.Model;

namespace Simulator.Loading.EditorSchema;

/// <summary>
/// Generates schemas/scenario.schema.json, the JSON Schema editors use to check and complete
/// scenario files (YAML language servers read it). The keys and their nesting come from
/// <see cref="ScenarioSchema"/>; types, ranges, units, defaults, required keys and what depends on a
/// choice come from the mapper itself (<see cref="MapperProbe"/>); each key's meaning from its row in
/// docs/scenario-format.md (<see cref="FormatDoc"/>). A test regenerates it and compares.
/// </summary>
internal sealed class ScenarioJsonSchema
{
    /// <summary>File name under schemas/.</summary>
    public const string FileName = "scenario.schema.json";

    private readonly MapperProbe _probe;
    private readonly IReadOnlyDictionary<string, KeyDoc> _docs;
    private readonly SortedDictionary<string, JsonNode> _definitions = new(StringComparer.Ordinal);

    private ScenarioJsonSchema(MapperProbe probe, IReadOnlyDictionary<string, KeyDoc> docs)
    {
        _probe = probe;
        _docs = docs;
    }

    /// <summary>The schema text (indented, \n line ends), from the text of docs/scenario-format.md.</summary>
    public static string Generate(string formatDoc)
    {
        var generator = new ScenarioJsonSchema(MapperProbe.Explore(), FormatDoc.Parse(formatDoc));
        var body = generator.Node(ScenarioSchema.Root, "", inSweep: false);
        var root = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = "truce-sim scenario",
            ["description"] = "A scenario of the truce verification simulator (docs/scenario-format.md). Generated from the loader; do not edit: "
                + "UPDATE_SCHEMA=1 dotnet test tests/Simulator.Core.Tests --filter ScenarioJsonSchemaTests rewrites it.",
        };
        foreach (var (key, value) in body.AsObject().ToList())
        {
            body.AsObject().Remove(key);
            root[key] = value;
        }
        root["definitions"] = new JsonObject(generator._definitions.Select(d => KeyValuePair.Create(d.Key, (JsonNode?)d.Value)));
        var options = new JsonSerializerOptions { WriteIndented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return root.ToJsonString(options) + "\n";
    }

    /// <summary>Every schema path that names a key (for the tests: each must have a row in the doc).</summary>
    public static IEnumerable<string> KeyPaths() => KeyPaths(ScenarioSchema.Root, "");

    private static IEnumerable<string> KeyPaths(SchemaNode schema, string path) => schema switch
    {
        MapSchema map => map.Keys.SelectMany(k => KeyPaths(k.Value, ProbeDocument.Join(path, k.Key)).Prepend(ProbeDocument.Join(path, k.Key))),
        ListSchema list => KeyPaths(list.Item, path + "[*]"),
        NamedMapSchema named => KeyPaths(named.Value, ProbeDocument.Join(path, "*")),
        _ => [],
    };

    private JsonNode Node(SchemaNode schema, string path, bool inSweep)
    {
        var node = schema switch
        {
            MapSchema map => Mapping(map, path, inSweep),
            ListSchema list => List(Node(list.Item, path + "[*]", inSweep), path),
            ScalarListSchema => List(Scalar(path + "[*]", inSweep, described: false), path),
            NamedMapSchema named => Named(named.Value == ScenarioSchema.Lifecycle, Node(named.Value, ProbeDocument.Join(path, "*"), inSweep)),
            NamedValuesSchema => Named(false, Scalar(ProbeDocument.Join(path, "*"), inSweep, described: false)),
            _ => Scalar(path, inSweep, described: true),
        };
        if (schema is not ScalarSchema && Description(path, null) is { } description) Prepend(node, "description", description);
        return node;
    }

    private JsonObject Mapping(MapSchema map, string path, bool inSweep)
    {
        var properties = new JsonObject();
        foreach (var (key, child) in map.Keys)
        {
            properties[key] = Node(child, ProbeDocument.Join(path, key), inSweep || path.Length == 0 && key == "sweep");
        }
        var required = RequiredKeys(map, path);
        var schema = new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = properties };
        if (required.Count > 0) schema["required"] = Strings(required);
        if (Conditions(map, path, required) is { Count: > 0 } conditions) schema["allOf"] = conditions;
        return schema;
    }

    /// <summary>
    /// A mapping from names to values of one schema. Every name is an id: a lifecycle's own name
    /// (<c>default</c> is the built-in one's) or a declared principal's or commitment's id.
    /// </summary>
    private static JsonObject Named(bool lifecycles, JsonNode value)
    {
        var names = new JsonObject { ["pattern"] = ValueReader.IdPattern };
        if (lifecycles) names["not"] = new JsonObject { ["const"] = DefaultLifecycle.Name };
        return new JsonObject { ["type"] = "object", ["propertyNames"] = names, ["additionalProperties"] = value };
    }

    private JsonObject List(JsonNode items, string path)
    {
        var schema = new JsonObject { ["type"] = "array", ["items"] = items };
        if (_probe.Runs.Select(r => r.Log.MaxItems.GetValueOrDefault(path)).FirstOrDefault(m => m > 0) is var max and > 0) schema["maxItems"] = max;
        return schema;
    }

    private JsonObject Scalar(string path, bool inSweep, bool described)
    {
        var read = Merged(path);
        var value = Fixed(read);
        JsonObject schema;
        if (inSweep || read?.Kind == ValueKind.Id)
        {
            schema = value;
        }
        else
        {
            var number = read?.Kind is ValueKind.Number or ValueKind.Integer;
            var forms = new JsonArray(value, Distribution(UncertainReader.Marker, number ? read : null, number ? value : AnyScalar()));
            // Only the keys of TrialVariableKeys may vary between trials, and only as numbers.
            if (read?.Kind == ValueKind.Number && TrialVariableKeys.Contains(Pattern(path))) forms.Add(Distribution(UncertainReader.PerTrialMarker, read, value));
            schema = new JsonObject { ["anyOf"] = forms };
        }
        if (described && Description(path, read) is { } description) Prepend(schema, "description", description);
        if (Default(path, read) is { } fallback) schema["default"] = fallback;
        return schema;
    }

    /// <summary>A reference to the distribution forms of a number read as <paramref name="number"/> (null: not a number), defined once per range.</summary>
    private JsonObject Distribution(string marker, ValueRead? number, JsonObject value)
    {
        var name = (marker == UncertainReader.Marker ? "uncertain-" : "per-trial-") + (number is null ? "discrete" : JsonSchemaText.Slug(number));
        if (!_definitions.ContainsKey(name)) _definitions[name] = UncertainForms.For(value, number?.Range, marker);
        return new JsonObject { ["$ref"] = "#/definitions/" + name };
    }

    // "regimes[*].phases[*].access" → "regimes.*.phases.*.access", the form of TrialVariableKeys.
    private static string Pattern(string path) => path.Replace("[*]", ".*", StringComparison.Ordinal);

    private static JsonObject Fixed(ValueRead? read) => read?.Kind switch
    {
        ValueKind.Number => JsonSchemaText.Number(read.Range!),
        ValueKind.Integer => JsonSchemaText.Integer(read.Min!.Value, read.Max!.Value),
        ValueKind.Bool => new JsonObject { ["type"] = "boolean" },
        ValueKind.Choice => new JsonObject { ["enum"] = Strings(read.Choices!) },
        ValueKind.Id => new JsonObject { ["type"] = "string", ["pattern"] = ValueReader.IdPattern },
        ValueKind.Reference => new JsonObject { ["type"] = "string" },
        _ => AnyScalar(),
    };

    // Text is any single value: a plain 2025 or true is read as text where text is expected.
    private static JsonObject AnyScalar() => new() { ["type"] = Strings(["string", "number", "boolean"]) };

    /// <summary>The mapper's reading of a value; a number read under several choices gets the loosest of their ranges.</summary>
    private ValueRead? Merged(string path)
    {
        var reads = _probe.ValuesAt(path).ToList();
        if (reads.Count == 0) return null;
        var first = reads[0];
        if (first.Kind != ValueKind.Number) return first;
        return first with { Range = reads.Where(r => r.Kind == ValueKind.Number).Select(r => r.Range!).Aggregate(JsonSchemaText.Union) };
    }

    private List<string> RequiredKeys(MapSchema map, string path)
    {
        var run = _probe.FirstReading(path);
        return run is null ? [] : map.KeyNames.Where(k => run.Log.Required.Contains(ProbeDocument.Join(path, k))).ToList();
    }

    /// <summary>
    /// What a choice changes in its mapping: keys it makes required (kind: joint needs access) and
    /// narrower ranges (exponential days must be above 0), one if/then per group of choices with the same effect.
    /// </summary>
    private JsonArray Conditions(MapSchema map, string path, IReadOnlyCollection<string> required)
    {
        var effects = new List<(string Key, string Signature, List<string> Values, List<string> Required, JsonObject Properties)>();
        foreach (var run in _probe.Runs)
        {
            if (run.AssignedPath is not { } assigned || !MapperProbe.IsChildOf(assigned, path)) continue;
            var key = assigned[(path.Length == 0 ? 0 : path.Length + 1)..];
            var extra = map.KeyNames.Where(k => k != key && !required.Contains(k) && run.Log.Required.Contains(ProbeDocument.Join(path, k))).ToList();
            var narrower = new JsonObject();
            foreach (var k in map.KeyNames)
            {
                var childPath = ProbeDocument.Join(path, k);
                if (run.Log.Values.GetValueOrDefault(childPath) is not { Kind: ValueKind.Number, Range: { } range }) continue;
                if (Merged(childPath)?.Range is { } overall && !SameBounds(range, overall))
                {
                    narrower[k] = new JsonObject { ["anyOf"] = new JsonArray(JsonSchemaText.Number(range), new JsonObject { ["type"] = "object" }) };
                }
            }
            if (extra.Count == 0 && narrower.Count == 0) continue;
            var signature = key + "|" + string.Join(",", extra) + "|" + narrower.ToJsonString();
            var same = effects.FindIndex(e => e.Signature == signature);
            if (same >= 0) effects[same].Values.Add(run.Assigned[assigned]!);
            else effects.Add((key, signature, [run.Assigned[assigned]!], extra, narrower));
        }
        var conditions = new JsonArray();
        foreach (var (key, _, values, extra, narrower) in effects)
        {
            var then = new JsonObject();
            if (extra.Count > 0) then["required"] = Strings(extra);
            if (narrower.Count > 0) then["properties"] = narrower;
            conditions.Add(new JsonObject
            {
                ["if"] = new JsonObject
                {
                    ["properties"] = new JsonObject { [key] = new JsonObject { ["enum"] = Strings(values) } },
                    ["required"] = Strings([key]),
                },
                ["then"] = then,
            });
        }
        return conditions;
    }

    private static bool SameBounds(NumberRange a, NumberRange b) =>
        a.Min == b.Min && a.MinInclusive == b.MinInclusive && a.Max == b.Max && a.MaxInclusive == b.MaxInclusive;

    /// <summary>The key's meaning (from the doc), type, unit, allowed values and default, as sentences.</summary>
    private string? Description(string path, ValueRead? read)
    {
        var doc = _docs.GetValueOrDefault(path);
        var parts = new List<string>();
        if (doc is { Meaning.Length: > 0 }) parts.Add(Sentence(doc.Meaning));
        if (doc is { Type.Length: > 0 }) parts.Add($"Type: {doc.Type}.");
        if (read?.Range is { Unit.Length: > 0 } unitRange) parts.Add($"Unit: {unitRange.Unit}.");
        var allowed = read?.Kind switch
        {
            ValueKind.Number or ValueKind.Integer => read.Range!.Description,
            ValueKind.Choice => "one of " + string.Join(", ", read.Choices!),
            ValueKind.Id => $"an id matching {ValueReader.IdPattern}",
            ValueKind.Reference => $"the id of a {read.Target} declared in the file",
            _ => doc is { Range.Length: > 0 } ? doc.Range : null,
        };
        if (allowed is not null) parts.Add($"Allowed: {allowed}.");
        if (doc is { Default.Length: > 0 }) parts.Add(doc.Default == "required" ? "Required." : $"Default: {doc.Default}.");
        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    /// <summary>The mapper's fallback for an absent key; else the doc's default when it is a plain value of the key's kind.</summary>
    private JsonNode? Default(string path, ValueRead? read)
    {
        var fallback = _probe.Runs.Select(r => r.Log.Defaults.GetValueOrDefault(path)).FirstOrDefault(d => d is not null);
        switch (fallback)
        {
            case double d:
                return JsonValue.Create(d);
            case bool b:
                return JsonValue.Create(b);
        }
        var text = _docs.GetValueOrDefault(path)?.Default;
        return (read?.Kind, text) switch
        {
            (_, null) => null,
            (ValueKind.Number or ValueKind.Integer, _) when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
            (ValueKind.Bool, "true" or "false") => JsonValue.Create(text == "true"),
            (ValueKind.Choice, _) when read.Choices!.Contains(text) => JsonValue.Create(text),
            _ => null,
        };
    }

    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        var first = char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
        return first.EndsWith('.') ? first : first + ".";
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)v).ToArray());

    // Description first, so a reader of the file sees what a key is before its constraints.
    private static void Prepend(JsonNode node, string key, string value)
    {
        var obj = node.AsObject();
        var rest = obj.ToList();
        obj.Clear();
        obj[key] = value;
        foreach (var (k, v) in rest) obj[k] = v;
    }
}
