namespace Simulator.Application.Calibration;

/// <summary>One simulated parameter point: its deviance and each group's model survival on the band's grid.</summary>
/// <param name="Point">The parameter values.</param>
/// <param name="Deviance">Total deviance over the groups (a large penalty when the gate refused the point).</param>
/// <param name="GroupDeviances">Each group's deviance.</param>
/// <param name="Curves">Each group's model survival on the grid; empty when refused.</param>
internal sealed record CalibrationEvaluation(double[] Point, double Deviance, double[] GroupDeviances, double[][] Curves)
{
    /// <summary>The objective of a point the gate refused: worse than any fit, finite so the simplex still orders it.</summary>
    public const double RefusedPenalty = 1e12;

    /// <summary>True when the gate refused the point.</summary>
    public bool Refused => Curves.Length == 0;
}
