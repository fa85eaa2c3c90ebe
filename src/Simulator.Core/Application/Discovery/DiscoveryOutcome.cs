using Simulator.Output.Discovery;
using Simulator.Studies.Discovery;

namespace Simulator.Application.Discovery;

/// <summary>What `discover` found and wrote.</summary>
/// <param name="Question">What was asked, as discovery.json records it.</param>
/// <param name="Options">PRIM's settings.</param>
/// <param name="Result">The boxes and trajectory.</param>
/// <param name="Folder">Where the files went.</param>
/// <param name="Written">The files written.</param>
public sealed record DiscoveryOutcome(DiscoveryQuestion Question, PrimOptions Options, PrimResult Result, string Folder, IReadOnlyList<string> Written);
