namespace Simulator.Statistics;

/// <summary>
/// Cumulative incidence by cause at a few chosen days (the report days and the horizon): what
/// causes.csv, summary.json and the console show, kept without the curves' hundreds of thousands of
/// event times (<see cref="CumulativeIncidence.AtDays"/>).
/// </summary>
public sealed class IncidenceAtDays
{
    private readonly double[] _days;
    private readonly int[] _causes;
    private readonly CumulativeIncidencePoint[] _values; // cause-major: [cause * days + day]

    internal IncidenceAtDays(double[] days, int[] causes, CumulativeIncidencePoint[] values)
    {
        _days = days;
        _causes = causes;
        _values = values;
    }

    /// <summary>The days held, in the order given.</summary>
    public IReadOnlyList<double> Days => _days;

    /// <summary>
    /// The incidence of <paramref name="causeId"/> at <paramref name="day"/>, one of <see cref="Days"/>
    /// (0 for a cause without collapses), as <see cref="CumulativeIncidence.At"/> gives it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The day is not one of <see cref="Days"/>.</exception>
    public CumulativeIncidencePoint At(int causeId, double day)
    {
        var d = Array.IndexOf(_days, day);
        if (d < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"Only the days {string.Join(", ", _days)} are held; ask CumulativeIncidence for another day.");
        }
        var c = Array.IndexOf(_causes, causeId);
        return c < 0 ? new CumulativeIncidencePoint(day, 0, 0) : _values[c * _days.Length + d];
    }
}
