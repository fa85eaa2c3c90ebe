using Simulator.Engine;
using Simulator.Results.Precision;

namespace Simulator.Application.Precision;

/// <summary>A finished precision-driven run: the merged result of its batches and how it went.</summary>
/// <param name="Result">The batches merged: exactly the result of one run over trials 0..Trials−1.</param>
/// <param name="Outcome">Goal, trials used and why it stopped.</param>
public sealed record PrecisionResult(RunResult Result, PrecisionOutcome Outcome);
