using Simulator.Engine;
using Simulator.Engine.Tallies;

namespace Simulator.Tests.Engine;

/// <summary>Keeps every (trial, regime, outcome) the runner writes, in the order written.</summary>
internal sealed class RecordingSink : ITrialSink
{
    public List<(long Trial, int Regime, TrialOutcome Outcome)> Rows { get; } = [];

    public void Write(long trial, int regimePosition, in TrialOutcome outcome) => Rows.Add((trial, regimePosition, outcome));
}
