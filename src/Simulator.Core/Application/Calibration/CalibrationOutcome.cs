using Simulator.Application.Runs;
using Simulator.Studies.Calibration;

namespace Simulator.Application.Calibration;

/// <summary>What a calibration produced.</summary>
/// <param name="Plan">The calibration run.</param>
/// <param name="Result">The estimate, intervals and statistics; null when it was cancelled before the first point finished.</param>
/// <param name="FilesWritten">Names of the files written into the plan's folder.</param>
/// <param name="Partial">True when cancelled: the outputs hold the best point so far and are marked partial.</param>
/// <param name="FinalRun">The run of the calibrated scenario written into the folder (null without a folder, or when cancelled before it).</param>
public sealed record CalibrationOutcome(CalibrationPlan Plan, CalibrationResult? Result, IReadOnlyList<string> FilesWritten, bool Partial, RunOutcome? FinalRun);
