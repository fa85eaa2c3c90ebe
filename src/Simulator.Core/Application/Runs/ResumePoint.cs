using Simulator.Checkpoints;
using Simulator.Engine.Tallies;

namespace Simulator.Application.Runs;

/// <summary>What a checkpoint holds: the trials [0, Completed) and their exact tally.</summary>
/// <param name="Checkpoint">The checkpoint as read.</param>
/// <param name="Prefix">Its tally over the completed trials.</param>
public sealed record ResumePoint(RunCheckpoint Checkpoint, RunTally Prefix);
