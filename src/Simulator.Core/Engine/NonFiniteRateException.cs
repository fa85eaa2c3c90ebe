namespace Simulator.Engine;

/// <summary>
/// A parameter (or a combination of parameters) that would make the engine compute with a
/// non-finite or negative rate, so that times, tension or statistics would turn into NaN.
/// </summary>
public sealed class NonFiniteRateException(string parameter, string message) : ArgumentException(message)
{
    /// <summary>Key path of the parameter to change, as in the scenario file.</summary>
    public string Parameter { get; } = parameter;
}
