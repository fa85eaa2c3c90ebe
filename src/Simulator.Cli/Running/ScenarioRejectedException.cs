namespace Simulator.Cli.Running;

/// <summary>The scenario had errors, already printed one per line; the command exits 2.</summary>
internal sealed class ScenarioRejectedException(int errorCount)
    : Exception($"{errorCount} problem(s) in the scenario; nothing was run.")
{
    public int ErrorCount { get; } = errorCount;
}
