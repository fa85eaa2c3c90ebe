namespace Simulator.Studies.Calibration;

/// <summary>A survival curve's value at one day with its 95% band.</summary>
/// <param name="Day">Day.</param>
/// <param name="Survival">Probability of lasting beyond it.</param>
/// <param name="Lower">Lower end of the band.</param>
/// <param name="Upper">Upper end of the band.</param>
public readonly record struct BandPoint(double Day, double Survival, double Lower, double Upper);
