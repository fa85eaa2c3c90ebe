using System.Globalization;

namespace Simulator.Studies.Calibration;

/// <summary>
/// Maps the box of the fitted parameters to an unbounded space (a logit per coordinate) for the
/// optimiser, and rounds every point it tries to 6 significant digits, so each evaluated point is a
/// short decimal that an override reproduces exactly.
/// </summary>
public static class BoxPoint
{
    /// <summary>Logits are kept within ±this, about 6e-6 of the range from either bound.</summary>
    public const double MaxLogit = 12;

    /// <summary>The box point of unbounded coordinates <paramref name="z"/>, rounded.</summary>
    public static double[] FromUnbounded(IReadOnlyList<double> z, IReadOnlyList<FitParameter> box)
    {
        var x = new double[box.Count];
        for (var i = 0; i < x.Length; i++)
        {
            var u = 1 / (1 + Math.Exp(-Math.Clamp(z[i], -MaxLogit, MaxLogit)));
            x[i] = Round(box[i].Lower + u * (box[i].Upper - box[i].Lower), box[i]);
        }
        return x;
    }

    /// <summary>The unbounded coordinates of box point <paramref name="x"/>.</summary>
    public static double[] ToUnbounded(IReadOnlyList<double> x, IReadOnlyList<FitParameter> box)
    {
        var z = new double[box.Count];
        for (var i = 0; i < z.Length; i++)
        {
            var u = (x[i] - box[i].Lower) / (box[i].Upper - box[i].Lower);
            z[i] = u <= 0 ? -MaxLogit : u >= 1 ? MaxLogit : Math.Clamp(Math.Log(u / (1 - u)), -MaxLogit, MaxLogit);
        }
        return z;
    }

    /// <summary><paramref name="value"/> rounded to 6 significant digits and kept within the parameter's bounds.</summary>
    public static double Round(double value, FitParameter parameter)
    {
        var rounded = double.Parse(value.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return Math.Clamp(rounded, parameter.Lower, parameter.Upper);
    }

    /// <summary>The override text of a value: its shortest round-trip form.</summary>
    public static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
