using System.Globalization;

namespace Simulator.Studies.Robustness;

/// <summary>A threshold a regime should meet in a world: <c>holds&gt;=0.5</c>, <c>rmst&gt;=300</c>, <c>cost_per_trial&lt;=2</c>.</summary>
/// <param name="Output">The measure: holds, rmst, cost_per_trial, inspections_per_trial or refusals_per_trial.</param>
/// <param name="Operator">&gt;=, &gt;, &lt;= or &lt;.</param>
/// <param name="Threshold">The value compared with.</param>
public sealed record SatisficingCriterion(string Output, string Operator, double Threshold)
{
    /// <summary>The measures a criterion may name.</summary>
    public static IReadOnlyList<string> Outputs { get; } = ["holds", "rmst", "cost_per_trial", "inspections_per_trial", "refusals_per_trial"];

    /// <summary>Parses <c>output op number</c>; throws <see cref="FormatException"/> saying what is allowed.</summary>
    public static SatisficingCriterion Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var op in new[] { ">=", "<=", ">", "<" })
        {
            var at = text.IndexOf(op, StringComparison.Ordinal);
            if (at <= 0) continue;
            var output = text[..at].Trim();
            var number = text[(at + op.Length)..].Trim();
            if (!Outputs.Contains(output))
            {
                throw new FormatException($"'{output}' is not a measure: use one of {string.Join(", ", Outputs)} (e.g. holds>=0.5)");
            }
            if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) || !double.IsFinite(threshold))
            {
                throw new FormatException($"'{number}' is not a number (e.g. holds>=0.5)");
            }
            return new SatisficingCriterion(output, op, threshold);
        }
        throw new FormatException($"'{text}' is not a threshold: write measure>=value, e.g. holds>=0.5 (measures: {string.Join(", ", Outputs)}; operators >=, >, <=, <)");
    }

    /// <summary>True when <paramref name="value"/> meets the threshold.</summary>
    public bool IsMet(double value) => Operator switch
    {
        ">=" => value >= Threshold,
        ">" => value > Threshold,
        "<=" => value <= Threshold,
        _ => value < Threshold,
    };

    /// <inheritdoc/>
    public override string ToString() => Output + Operator + Threshold.ToString("R", CultureInfo.InvariantCulture);
}
