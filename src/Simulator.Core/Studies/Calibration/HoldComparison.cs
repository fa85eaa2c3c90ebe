namespace Simulator.Studies.Calibration;

/// <summary>The data's and the model's probability of lasting beyond one day, each with its 95% band.</summary>
/// <param name="Data">Kaplan–Meier of the data, log-log band.</param>
/// <param name="Model">The fitted model's curve and band (see <see cref="ModelBand"/>).</param>
public readonly record struct HoldComparison(BandPoint Data, BandPoint Model);
