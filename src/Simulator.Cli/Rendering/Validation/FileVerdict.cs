using Simulator.Validation;

namespace Simulator.Cli.Rendering.Validation;

/// <summary>The gate's verdict on one file <c>validate</c> was given.</summary>
internal sealed record FileVerdict(string File, GateResult Gate);
