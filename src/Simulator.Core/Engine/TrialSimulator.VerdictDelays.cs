using Simulator.Engine.Tallies;

namespace Simulator.Engine;

// Verdict-time recording: each delivered verdict's filing-to-verdict delay goes into the delay
// histogram of the tally the worker is filling (one entry per verdict, no allocation). Recording
// draws no random number, so it changes no trial.
internal sealed partial class TrialSimulator
{
    private RunTally? _verdictDelayTally;
    private VerdictDelayHistogram? _verdictDelays;

    /// <summary>
    /// Records the delay of every verdict delivered from now on into the
    /// <see cref="RegimeTally.VerdictDelays"/> of <paramref name="tally"/> (the regime's own);
    /// null stops recording.
    /// </summary>
    public void RecordVerdictDelaysInto(RunTally? tally)
    {
        _verdictDelayTally = tally;
        _verdictDelays = null;
    }

    private void SelectVerdictDelays(int regimePosition) =>
        _verdictDelays = _verdictDelayTally?.Regimes[regimePosition].VerdictDelays;
}
