namespace Simulator.Service.Api;

/// <summary>The body of every 4xx answer: what was refused and, for a refused scenario or option, every problem.</summary>
/// <param name="Error">One sentence: what was refused and what to do.</param>
/// <param name="Problems">Each problem (empty when the refusal is not about the input's content).</param>
/// <param name="Warnings">Warnings found beside them.</param>
public sealed record ErrorResponse(string Error, IReadOnlyList<ProblemView> Problems, IReadOnlyList<ProblemView> Warnings)
{
    /// <summary>A refusal with no problem list.</summary>
    public static ErrorResponse Plain(string error) => new(error, [], []);
}
