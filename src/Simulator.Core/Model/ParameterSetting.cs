namespace Simulator.Model;

/// <summary>The value one parameter takes at one point of a design.</summary>
/// <param name="Path">The <c>--set</c> key path.</param>
/// <param name="Value">The value as YAML scalar text.</param>
public sealed record ParameterSetting(string Path, string Value)
{
    /// <summary>The override <c>path=value</c> that applies it.</summary>
    public string Override => $"{Path}={Value}";
}
