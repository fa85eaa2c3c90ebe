namespace Simulator.Checkpoints;

/// <summary>A checkpoint file that cannot be used: missing, truncated, corrupted, or of another format version.</summary>
public sealed class CheckpointException(string message) : Exception(message);
