using System.Globalization;

namespace Simulator.Model;

/// <summary>
/// A scenario value given as a distribution (<c>attack_rate: { uncertain: uniform, min: 0.05, max: 0.12 }</c>).
/// `run` and `sweep` use its <see cref="PointValue"/> (the median); `sample` and `sensitivity` draw it.
/// </summary>
/// <param name="Path">Its <c>--set</c> key path with list items named by id, e.g. <c>armed_groups.ttp.attack_rate</c>.</param>
/// <param name="Distribution">What it may be.</param>
/// <param name="IsInteger">True for integer keys: continuous draws are rounded to the nearest integer.</param>
public sealed record UncertainParameter(string Path, UncertainDistribution Distribution, bool IsInteger)
{
    /// <summary>The value used when the parameter is not sampled: the value at probability 0.5.</summary>
    public string PointValue => ValueAt(0.5);

    /// <summary>The value at cumulative probability <paramref name="u"/> ∈ (0, 1), as YAML scalar text for an override.</summary>
    public string ValueAt(double u)
    {
        var d = Distribution;
        if (d.Kind == UncertainKind.Discrete)
        {
            var index = (int)Math.Clamp(Math.Floor(u * d.Values.Count), 0, d.Values.Count - 1);
            return d.Values[index];
        }
        var x = d.Quantile(u);
        if (IsInteger)
        {
            x = Math.Clamp(Math.Round(x, MidpointRounding.AwayFromZero), Math.Ceiling(d.Min), Math.Floor(d.Max));
        }
        return x.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>The setting that applies the value at <paramref name="u"/>.</summary>
    public ParameterSetting At(double u) => new(Path, ValueAt(u));
}
