using System.Text.Json.Serialization;

namespace Simulator.Output.Summaries;

/// <summary>An estimate with its standard error at one day.</summary>
public sealed record DayValue
{
    /// <summary>Day.</summary>
    [JsonPropertyName("day")]
    public double Day { get; init; }

    /// <summary>Estimate.</summary>
    [JsonPropertyName("estimate")]
    public double Estimate { get; init; }

    /// <summary>Standard error.</summary>
    [JsonPropertyName("std_error")]
    public double StdError { get; init; }
}
