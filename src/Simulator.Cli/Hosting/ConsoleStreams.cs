namespace Simulator.Cli.Hosting;

/// <summary>Where commands write: results to <see cref="Out"/>, diagnostics and progress to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output (tables, diagrams).</param>
/// <param name="Error">Standard error (errors, warnings, progress).</param>
public sealed record ConsoleStreams(TextWriter Out, TextWriter Error);
