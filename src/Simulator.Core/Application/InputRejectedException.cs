using Simulator.Diagnostics;

namespace Simulator.Application;

/// <summary>
/// The input was refused before anything ran: a scenario, an option or a folder the user can fix.
/// Carries every problem at once; front ends render them (CLI: one line each and exit 2; service: 400).
/// </summary>
public sealed class InputRejectedException : Exception
{
    /// <summary>Refused for <paramref name="problems"/> (at least one), with the warnings found beside them.</summary>
    public InputRejectedException(IReadOnlyList<Problem> problems, IReadOnlyList<Problem>? warnings = null, string? summary = null)
        : base(summary ?? Summarize(problems))
    {
        Problems = problems;
        Warnings = warnings ?? [];
    }

    /// <summary>Refused for one problem about an option or a folder.</summary>
    public InputRejectedException(string where, string message)
        : this([new Problem { File = where, Message = message }])
    {
    }

    /// <summary>Every problem, in file and line order.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Warnings found with them (shown, not fatal).</summary>
    public IReadOnlyList<Problem> Warnings { get; }

    private static string Summarize(IReadOnlyList<Problem> problems) =>
        problems.Count == 1 ? problems[0].ToString() : $"{problems.Count} problems; nothing was run.";
}
