using Simulator.Model;
namespace Simulator.Studies.Sweeps;

/// <summary>Full factorial design: every combination of the axes' values, the last axis varying fastest.</summary>
public static class FactorialDesign
{
    /// <summary>Most points a sweep may have.</summary>
    public const int MaxPoints = 10_000;

    /// <summary>The points; throws <see cref="ArgumentException"/> when there is no axis, an axis has no value, or there are too many points.</summary>
    public static IReadOnlyList<DesignPoint> Points(IReadOnlyList<SweepAxis> axes)
    {
        ArgumentNullException.ThrowIfNull(axes);
        if (axes.Count == 0) throw new ArgumentException("A sweep needs at least one varied parameter.", nameof(axes));
        var duplicate = axes.GroupBy(a => a.Path).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"'{duplicate.Key}' is varied twice; give all its values in one --vary.", nameof(axes));
        long count = 1;
        foreach (var axis in axes)
        {
            if (axis.Values.Count == 0) throw new ArgumentException($"'{axis.Path}' lists no value.", nameof(axes));
            count *= axis.Values.Count;
            if (count > MaxPoints)
            {
                throw new ArgumentException($"the sweep has more than {MaxPoints} points ({string.Join(" × ", axes.Select(a => a.Values.Count))}); vary fewer values.", nameof(axes));
            }
        }
        var points = new List<DesignPoint>((int)count);
        var index = new int[axes.Count];
        for (var n = 0; n < count; n++)
        {
            points.Add(new DesignPoint(n + 1, axes.Select((a, i) => new ParameterSetting(a.Path, a.Values[index[i]])).ToArray()));
            for (var i = axes.Count - 1; i >= 0; i--)
            {
                if (++index[i] < axes[i].Values.Count) break;
                index[i] = 0;
            }
        }
        return points;
    }
}
