using System.Text.Json;
using System.Text.Json.Serialization;

namespace Simulator.Output;

/// <summary>
/// Doubles in the output JSON: a finite value as the shortest round-trip number of its
/// 12-significant-digit rounding (<see cref="OutputNumber"/>), a non-finite one
/// (an undefined statistic) as null; null reads back as NaN.
/// </summary>
public sealed class FiniteDoubleConverter : JsonConverter<double>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value)) writer.WriteNumberValue(OutputNumber.Clean(value));
        else writer.WriteNullValue();
    }
}
