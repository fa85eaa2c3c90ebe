using Simulator.Statistics;

namespace Simulator.Studies.Calibration;

/// <summary>
/// The band around the fitted model's survival curve: at each day, the lowest and highest survival
/// over (a) the Monte Carlo 95% interval of the fitted point's own curve and (b) the curves of every
/// evaluated parameter point inside the joint 95% confidence region (deviance within the χ²_p
/// threshold of the minimum). It shows what the data leave uncertain about the model, not only the
/// simulation's noise.
/// </summary>
public static class ModelBand
{
    /// <summary>Points per curve: day 0 to the horizon in equal steps (and the report days).</summary>
    public const int GridPoints = 201;

    /// <summary>The grid of days from 0 to <paramref name="horizonDays"/>, with <paramref name="alsoDays"/> within it.</summary>
    public static double[] Grid(double horizonDays, IEnumerable<double> alsoDays) =>
        Enumerable.Range(0, GridPoints).Select(i => horizonDays * i / (GridPoints - 1))
            .Concat(alsoDays.Where(d => d >= 0 && d <= horizonDays)).Distinct().Order().ToArray();

    /// <summary>The survival of <paramref name="curve"/> at each grid day.</summary>
    public static double[] On(KaplanMeier curve, IReadOnlyList<double> grid)
    {
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentNullException.ThrowIfNull(grid);
        return grid.Select(d => curve.At(d).Survival).ToArray();
    }

    /// <summary>The band: the fitted curve, widened by its own interval and by <paramref name="inRegion"/> (curves on the same grid).</summary>
    public static BandPoint[] Build(KaplanMeier fitted, IReadOnlyList<double> grid, IEnumerable<double[]> inRegion)
    {
        ArgumentNullException.ThrowIfNull(fitted);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(inRegion);
        var band = grid.Select(d =>
        {
            var at = fitted.At(d);
            return new BandPoint(d, at.Survival, Math.Min(at.Lower, at.Survival), Math.Max(at.Upper, at.Survival));
        }).ToArray();
        foreach (var curve in inRegion)
        {
            for (var i = 0; i < band.Length; i++)
            {
                band[i] = band[i] with { Lower = Math.Min(band[i].Lower, curve[i]), Upper = Math.Max(band[i].Upper, curve[i]) };
            }
        }
        return band;
    }
}
