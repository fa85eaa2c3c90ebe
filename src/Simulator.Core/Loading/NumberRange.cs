namespace Simulator.Loading;

/// <summary>An allowed interval for a number key, with the words used in error messages and docs, and its unit (for the editor schema).</summary>
internal sealed record NumberRange(double Min, bool MinInclusive, double Max, bool MaxInclusive, string Description, string Unit = "")
{
    public static readonly NumberRange Probability = new(0, true, 1, true, "a probability between 0 and 1", "probability");
    public static readonly NumberRange Fraction = new(0, true, 1, true, "a fraction between 0 and 1", "fraction");
    public static readonly NumberRange Rate = new(0, true, double.MaxValue, true, "a rate per day of at least 0", "per day");
    public static readonly NumberRange NonNegative = new(0, true, double.MaxValue, true, "a number of at least 0");
    public static readonly NumberRange NonNegativeDays = new(0, true, double.MaxValue, true, "a number of days of at least 0", "days");
    public static readonly NumberRange PositiveDays = new(0, false, double.MaxValue, true, "a number of days greater than 0", "days");
    public static readonly NumberRange Positive = new(0, false, double.MaxValue, true, "a number greater than 0");
    public static readonly NumberRange Cost = new(0, true, 1e9, true, "a cost between 0 and 1000000000", "cost units");
    public static readonly NumberRange Horizon = new(0, false, 36500, true, "a number of days greater than 0 and at most 36500", "days");

    /// <summary>True when <paramref name="value"/> is finite and inside the interval.</summary>
    public bool Contains(double value) =>
        double.IsFinite(value)
        && (MinInclusive ? value >= Min : value > Min)
        && (MaxInclusive ? value <= Max : value < Max);
}
