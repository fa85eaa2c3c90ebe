namespace Simulator.Results.Precision;

/// <summary>The half-widths after one batch of a precision-driven run.</summary>
/// <param name="Trials">Trials per regime run so far.</param>
/// <param name="Measures">One per regime, or per comparison for the paired target.</param>
/// <param name="HalfWidthTarget">The goal's half-width.</param>
public sealed record PrecisionCheck(long Trials, IReadOnlyList<PrecisionMeasure> Measures, double HalfWidthTarget)
{
    /// <summary>The widest half-width (0 when there is nothing to measure).</summary>
    public double MaxHalfWidth => Measures.Count == 0 ? 0 : Measures.Max(m => m.HalfWidth);

    /// <summary>The measure with the widest half-width (the first of ties), null when none.</summary>
    public PrecisionMeasure? Widest => Measures.Count == 0 ? null : Measures.MaxBy(m => m.HalfWidth);

    /// <summary>True when every half-width is at or below the target.</summary>
    public bool Met => Measures.All(m => m.HalfWidth <= HalfWidthTarget);
}
