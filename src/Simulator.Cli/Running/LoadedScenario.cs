using Simulator.Model;

namespace Simulator.Cli.Running;

/// <summary>A validated scenario with what is needed to reproduce it: its source text and the overrides applied.</summary>
/// <param name="Scenario">The resolved scenario.</param>
/// <param name="Hash">SHA-256 of the resolved scenario.</param>
/// <param name="DisplayName">File name (no folders) or the built-in scenario's name.</param>
/// <param name="SourceText">The YAML text as read.</param>
/// <param name="Overrides">The --set overrides (with --trials, --seed, --horizon folded in).</param>
internal sealed record LoadedScenario(Scenario Scenario, string Hash, string DisplayName, string SourceText, IReadOnlyList<string> Overrides);
