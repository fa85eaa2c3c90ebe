using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;

namespace Simulator.Loading.EditorSchema;

/// <summary>JSON Schema fragments for the loader's number ranges.</summary>
internal static class JsonSchemaText
{
    /// <summary>A number within <paramref name="range"/> (an unbounded side has no keyword).</summary>
    public static JsonObject Number(NumberRange range)
    {
        var schema = new JsonObject { ["type"] = "number" };
        if (range.Min > double.MinValue) schema[range.MinInclusive ? "minimum" : "exclusiveMinimum"] = range.Min;
        if (range.Max < double.MaxValue) schema[range.MaxInclusive ? "maximum" : "exclusiveMaximum"] = range.Max;
        return schema;
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>], bounds written exactly.</summary>
    public static JsonObject Integer(BigInteger min, BigInteger max) => new()
    {
        ["type"] = "integer",
        ["minimum"] = JsonNode.Parse(min.ToString(CultureInfo.InvariantCulture)),
        ["maximum"] = JsonNode.Parse(max.ToString(CultureInfo.InvariantCulture)),
    };

    /// <summary>The loosest range holding both: how a key read under several choices (fixed, exponential) is bounded overall.</summary>
    public static NumberRange Union(NumberRange a, NumberRange b)
    {
        var (min, minInclusive) = a.Min < b.Min ? (a.Min, a.MinInclusive) : b.Min < a.Min ? (b.Min, b.MinInclusive) : (a.Min, a.MinInclusive || b.MinInclusive);
        var (max, maxInclusive) = a.Max > b.Max ? (a.Max, a.MaxInclusive) : b.Max > a.Max ? (b.Max, b.MaxInclusive) : (a.Max, a.MaxInclusive || b.MaxInclusive);
        return a with { Min = min, MinInclusive = minInclusive, Max = max, MaxInclusive = maxInclusive };
    }

    /// <summary>A name for a value's range in the schema's definitions, e.g. <c>number-gt0-le36500</c>, <c>integer-ge1-le1000</c>.</summary>
    public static string Slug(ValueRead read)
    {
        if (read.Kind == ValueKind.Integer)
        {
            return $"integer-ge{read.Min!.Value.ToString(CultureInfo.InvariantCulture)}-le{read.Max!.Value.ToString(CultureInfo.InvariantCulture)}";
        }
        var range = read.Range!;
        var low = range.Min > double.MinValue ? (range.MinInclusive ? "-ge" : "-gt") + Format(range.Min) : "";
        var high = range.Max < double.MaxValue ? (range.MaxInclusive ? "-le" : "-lt") + Format(range.Max) : "";
        return "number" + low + high;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
