namespace Simulator.Loading.Durations;

/// <summary>Conversions and names of <see cref="DurationTimeUnit"/>.</summary>
public static class DurationTimeUnits
{
    /// <summary>Days in a year of the data (Julian year: leap years averaged).</summary>
    public const double DaysPerYear = 365.25;

    /// <summary>The option's spelling of each unit.</summary>
    public static readonly IReadOnlyList<string> Names = ["days", "years"];

    /// <summary>Days in one unit.</summary>
    public static double Days(this DurationTimeUnit unit) => unit == DurationTimeUnit.Years ? DaysPerYear : 1;

    /// <summary>The option's spelling: days or years.</summary>
    public static string Name(this DurationTimeUnit unit) => unit == DurationTimeUnit.Years ? "years" : "days";

    /// <summary>The unit named <paramref name="name"/> (days or years); null for anything else.</summary>
    public static DurationTimeUnit? Parse(string? name) => name switch
    {
        "days" => DurationTimeUnit.Days,
        "years" => DurationTimeUnit.Years,
        _ => null,
    };
}
