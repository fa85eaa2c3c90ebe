using Simulator.Application;
using Simulator.Diagnostics;

namespace Simulator.Cli.Rendering;

/// <summary>Refused input on standard error: warnings, then every problem on its own line, then what happened.</summary>
internal static class ProblemText
{
    public static void Write(TextWriter error, InputRejectedException rejected)
    {
        foreach (var warning in rejected.Warnings) error.WriteLine(warning.ToString());
        foreach (var problem in rejected.Problems) error.WriteLine(Line(problem));
        if (rejected.Problems.Count > 1 || rejected.Problems.Any(p => p.Line > 0)) error.WriteLine($"error: {rejected.Message}");
    }

    // Scenario problems read file:line:column: path: message; options and folders read "error: --threads: …".
    private static string Line(Problem problem) => problem.Line > 0 || problem.Path.Length > 0 ? problem.ToString() : $"error: {problem}";
}
