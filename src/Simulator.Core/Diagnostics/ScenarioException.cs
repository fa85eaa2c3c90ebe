namespace Simulator.Diagnostics;

/// <summary>Thrown when a scenario cannot be used; carries every problem found, not just the first.</summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the exception from the list of errors.</summary>
    public ScenarioException(IReadOnlyList<ScenarioError> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
    {
        Errors = errors;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; }
}
