using Simulator.Results.Curves;

namespace Simulator.Output;

/// <summary>Which times survival.csv lists for each regime (<c>--survival</c>).</summary>
public enum SurvivalRows
{
    /// <summary>
    /// Every distinct time while a regime has at most <see cref="SurvivalGrid.MaxRows"/> of them;
    /// beyond that, the times of a regular grid (see <see cref="SurvivalGrid"/>). The default.
    /// </summary>
    Bounded,

    /// <summary>Every distinct time, however many (one row per 1/1000-day tick at which a trial collapsed).</summary>
    Full,
}
