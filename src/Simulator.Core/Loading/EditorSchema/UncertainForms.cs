using System.Text.Json.Nodes;
using Simulator.Model;

namespace Simulator.Loading.EditorSchema;

/// <summary>
/// The forms a value may take as a distribution (<c>{ uncertain: uniform, min: …, max: … }</c>,
/// docs/sweeps.md, or <c>{ per_trial: gamma, shape: …, scale: … }</c>, drawn once per trial), as
/// <see cref="UncertainReader"/> reads them: for each kind, the keys it requires and allows, bounds
/// within the key's own range, and the parameters' bounds, where the reader checks them so.
/// </summary>
internal static class UncertainForms
{
    private const string Families = "uniform (min, max), triangular (min, mode, max), normal (mean, sd), beta (alpha, beta), "
        + "lognormal (median, p90), gamma (shape, scale), each optionally truncated to [min, max], or discrete (values)";

    /// <summary>Per kind: the keys it requires and those it allows (min and max take the key's own range).</summary>
    public static readonly IReadOnlyDictionary<UncertainKind, (string[] Required, string[] Optional)> Keys = new Dictionary<UncertainKind, (string[], string[])>
    {
        [UncertainKind.Uniform] = (["min", "max"], []),
        [UncertainKind.Triangular] = (["min", "mode", "max"], []),
        [UncertainKind.Normal] = (["mean", "sd"], ["min", "max"]),
        [UncertainKind.Beta] = (["alpha", "beta"], ["min", "max"]),
        [UncertainKind.LogNormal] = (["median", "p90"], ["min", "max"]),
        [UncertainKind.Gamma] = (["shape", "scale"], ["min", "max"]),
        [UncertainKind.Discrete] = (["values"], []),
    };

    /// <summary>
    /// The distribution schema for a key whose fixed values match <paramref name="value"/>: every kind,
    /// bounded by <paramref name="range"/>, for a number; only a discrete list for anything else (null range).
    /// <paramref name="marker"/> is <see cref="UncertainReader.Marker"/> or <see cref="UncertainReader.PerTrialMarker"/>.
    /// </summary>
    public static JsonObject For(JsonObject value, NumberRange? range, string marker)
    {
        var forms = new JsonArray();
        var names = range is null ? [UncertainReader.Kinds.First(k => k.Value == UncertainKind.Discrete).Name] : UncertainReader.Kinds.Select(k => k.Name).ToArray();
        foreach (var (name, kind) in UncertainReader.Kinds.Where(k => names.Contains(k.Name)))
        {
            var (required, optional) = Keys[kind];
            var properties = new JsonObject { [marker] = new JsonObject() };
            foreach (var key in required.Concat(optional)) properties[key] = KeySchema(key, value, range);
            forms.Add(new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { [marker] = new JsonObject { ["const"] = name } } },
                ["then"] = new JsonObject
                {
                    ["required"] = new JsonArray(required.Select(k => (JsonNode)k).ToArray()),
                    ["properties"] = properties,
                    ["additionalProperties"] = false,
                },
            });
        }
        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = Description(marker, range is null),
            ["required"] = new JsonArray(marker),
            ["properties"] = new JsonObject { [marker] = new JsonObject { ["enum"] = new JsonArray(names.Select(n => (JsonNode)n).ToArray()) } },
            ["allOf"] = forms,
        };
    }

    private static JsonNode KeySchema(string key, JsonObject value, NumberRange? range) => key switch
    {
        "values" => new JsonObject
        {
            ["type"] = "array",
            ["minItems"] = 1,
            ["maxItems"] = UncertainReader.MaxDiscreteValues,
            ["items"] = value.DeepClone(),
        },
        "min" or "max" when range is not null => JsonSchemaText.Number(range),
        "alpha" or "beta" => JsonSchemaText.Number(UncertainReader.BetaParameter),
        "shape" => JsonSchemaText.Number(UncertainReader.GammaShape),
        "scale" => JsonSchemaText.Number(UncertainReader.GammaScale),
        "sd" or "median" or "p90" => JsonSchemaText.Number(NumberRange.Positive),
        _ => new JsonObject { ["type"] = "number" },
    };

    private static string Description(string marker, bool discreteOnly) => (marker, discreteOnly) switch
    {
        (UncertainReader.PerTrialMarker, _) => $"A value that differs between trials, drawn once per trial: {Families}. "
            + "The scenario shows its median (docs/scenario-format.md#values-that-differ-between-trials).",
        (_, true) => "A value drawn from a list: { uncertain: discrete, values: [...] }. run uses the middle value; sample and sensitivity draw it (docs/sweeps.md).",
        _ => $"A distribution instead of a fixed value: {Families}. run uses its median; sample and sensitivity draw it (docs/sweeps.md).",
    };
}
