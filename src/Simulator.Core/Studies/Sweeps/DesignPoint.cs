using Simulator.Model;
namespace Simulator.Studies.Sweeps;

/// <summary>
/// One point of a sweep, sample or sensitivity design: the value of every varied parameter,
/// applied to the scenario as <c>--set</c> overrides (so a point is validated like the file).
/// </summary>
/// <param name="Number">1-based position in the design.</param>
/// <param name="Settings">One setting per varied parameter, in the design's parameter order.</param>
public sealed record DesignPoint(int Number, IReadOnlyList<ParameterSetting> Settings)
{
    /// <summary>The overrides to apply after the user's own <c>--set</c> values.</summary>
    public IReadOnlyList<string> Overrides => Settings.Select(s => s.Override).ToArray();
}
