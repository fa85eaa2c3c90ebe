namespace Simulator.Studies.Calibration;

/// <summary>A 95% interval of one fitted parameter.</summary>
/// <param name="Lower">Lower end.</param>
/// <param name="Upper">Upper end.</param>
/// <param name="LowerAtBound">The lower end is the fit's lower bound: the data do not exclude smaller values within the range.</param>
/// <param name="UpperAtBound">The upper end is the fit's upper bound.</param>
public sealed record ParameterInterval(double Lower, double Upper, bool LowerAtBound, bool UpperAtBound);
