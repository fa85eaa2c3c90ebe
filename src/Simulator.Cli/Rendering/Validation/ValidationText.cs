using Simulator.Cli.Hosting;
using Simulator.Cli.Rendering;

namespace Simulator.Cli.Rendering.Validation;

/// <summary><c>validate</c> as a compiler reports: every problem on standard error, then one verdict per file on standard output.</summary>
internal static class ValidationText
{
    public static void Write(IReadOnlyList<FileVerdict> verdicts, ConsoleStreams streams)
    {
        foreach (var (file, gate) in verdicts)
        {
            foreach (var warning in gate.Warnings) ProblemText.Write(streams.Error, warning);
            foreach (var error in gate.Errors) ProblemText.Write(streams.Error, error);
            if (gate.Passed)
            {
                var s = gate.Scenario!;
                var warnings = gate.Warnings.Count > 0 ? $", {gate.Warnings.Count} warning(s)" : "";
                streams.Out.WriteLine($"{file}: valid ({s.Regimes.Count} regimes, {s.Commitments.Count} commitments, {s.Groups.Count} armed groups){warnings}");
            }
            else
            {
                streams.Out.WriteLine($"{file}: {gate.Errors.Count} error(s)");
            }
        }
    }
}
