namespace Simulator.Studies.Calibration;

/// <summary>A fitted parameter: its range, estimate and 95% interval.</summary>
/// <param name="Parameter">What was fitted, within which bounds.</param>
/// <param name="Estimate">The value that minimises the deviance.</param>
/// <param name="Interval">Its 95% profile interval; null when the calibration stopped before it was found.</param>
public sealed record FittedParameter(FitParameter Parameter, double Estimate, ParameterInterval? Interval);
