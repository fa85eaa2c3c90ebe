namespace Simulator.Application.Robustness;

/// <summary>What `robustness` asks (docs/command-line.md › robustness).</summary>
/// <param name="Folder">A folder a sample (or sweep) wrote: its points are the plausible worlds.</param>
/// <param name="Day">The report day durability is read at (the horizon when null).</param>
/// <param name="Satisfice">Thresholds such as holds&gt;=0.5, at most one per measure.</param>
/// <param name="OutputFolder">Where robustness.csv and robustness-frontier.csv go; the points' folder when null.</param>
public sealed record RobustnessSpec(string Folder, double? Day, IReadOnlyList<string> Satisfice, string? OutputFolder);
