using Simulator.Diagnostics;

namespace Simulator.Service.Api;

/// <summary>One problem as `validate` gives it: where (file, line, column, key path), what and how to fix it, as one line.</summary>
/// <param name="File">The scenario's name, "request" for the body, or the option ("--set").</param>
/// <param name="Line">1-based line in the scenario text (0 when none).</param>
/// <param name="Column">1-based column (0 when none).</param>
/// <param name="Path">Key path such as regimes[1].sensitivity (empty for the whole file).</param>
/// <param name="Message">What is wrong and the allowed range, with its help (the nearest valid name, what to remove) when one is known.</param>
/// <param name="Warning">True for a warning: the scenario still runs.</param>
/// <param name="Text">The problem as one line, file:line:column: path: message; help.</param>
public sealed record ProblemView(string File, int Line, int Column, string Path, string Message, bool Warning, string Text)
{
    /// <summary>The view of <paramref name="problem"/>.</summary>
    public static ProblemView Of(Problem problem) => new(problem.File, problem.Line, problem.Column, problem.Path, problem.FullMessage, problem.IsWarning, problem.ToString());

    /// <summary>The views of <paramref name="problems"/>.</summary>
    public static IReadOnlyList<ProblemView> Of(IEnumerable<Problem> problems) => problems.Select(Of).ToArray();
}
