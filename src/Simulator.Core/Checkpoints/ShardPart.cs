namespace Simulator.Checkpoints;

/// <summary>The exact tally of one design point's trial range, as a shard holds it.</summary>
/// <param name="Point">Position of the point in the design (0 for a run).</param>
/// <param name="FirstTrial">First trial index of the range, within the point.</param>
/// <param name="Trials">Trials in the range.</param>
/// <param name="Tally">The exact tally of trials [FirstTrial, FirstTrial + Trials) of the point.</param>
public sealed record ShardPart(int Point, long FirstTrial, long Trials, TallyRecord Tally);
