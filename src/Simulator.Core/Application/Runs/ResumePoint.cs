using Simulator.Checkpoints;
using Simulator.Engine.Tallies;

namespace Simulator.Application.Runs;

/// <summary>What a checkpoint holds: the trials [0, Completed) and their exact tally.</summary>
/// <param name="Checkpoint">The checkpoint as read, its tally record emptied: the tally lives on as
/// <paramref name="Prefix"/> alone (the record's histogram can hold millions of entries, and a resumed
/// run would otherwise carry both to its end).</param>
/// <param name="Prefix">Its tally over the completed trials; the resumed run adds its own trials to it (<see cref="Simulator.Engine.RunRequest.StartTally"/>).</param>
public sealed record ResumePoint(RunCheckpoint Checkpoint, RunTally Prefix);
