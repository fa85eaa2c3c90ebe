using Simulator.Engine.Tallies;
namespace Simulator.Engine;

/// <summary>
/// Receives every trial's outcome in trial order (then regime order), e.g. to write trials.csv.
/// Called from one thread at a time.
/// </summary>
public interface ITrialSink
{
    /// <summary>One trial of one selected regime (<paramref name="regimePosition"/> indexes the request's regimes).</summary>
    void Write(long trial, int regimePosition, in TrialOutcome outcome);
}
