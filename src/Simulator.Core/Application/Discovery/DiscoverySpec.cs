namespace Simulator.Application.Discovery;

/// <summary>What `discover` asks (docs/command-line.md › discover).</summary>
/// <param name="Folder">A folder a sample or sweep wrote.</param>
/// <param name="Regime">The regime whose outputs are examined.</param>
/// <param name="Output">holds, rmst or paired (the paired difference in holding at the horizon against the baseline).</param>
/// <param name="Day">For holds: the report day (the horizon when null).</param>
/// <param name="Above">A point is of interest when its output is above this.</param>
/// <param name="Below">A point is of interest when its output is below this.</param>
/// <param name="OutputFolder">Where discovery.json and discovery.csv go; the points' folder when null.</param>
public sealed record DiscoverySpec(string Folder, string Regime, string Output, double? Day, double? Above, double? Below, string? OutputFolder);
