using MathNet.Numerics.RootFinding;

namespace Simulator.Studies.Calibration;

/// <summary>
/// Profile-likelihood intervals: for parameter j, the values x at which the deviance minimised over
/// the other parameters (with j fixed at x) stays within <see cref="ProfileThreshold"/> of the
/// overall minimum. Each end is found by Brent's method between the estimate and the bound; an end
/// whose bound is still inside the threshold is the bound (flagged).
/// </summary>
public static class ProfileIntervals
{
    /// <summary>Brent iterations per end.</summary>
    public const int MaxRootIterations = 30;

    /// <summary>The interval of parameter <paramref name="j"/>.</summary>
    /// <param name="objective">The deviance at a box point; may throw <see cref="OperationCanceledException"/>.</param>
    /// <param name="box">The parameters.</param>
    /// <param name="fit">The minimum found.</param>
    /// <param name="j">Which parameter.</param>
    /// <param name="threshold">Allowed rise of the deviance.</param>
    /// <param name="innerBudget">Evaluations per profile point for the other parameters' search (unused with one parameter).</param>
    public static ParameterInterval Interval(Func<double[], double> objective, IReadOnlyList<FitParameter> box, BoxMinimum fit, int j, double threshold, int innerBudget)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(box);
        ArgumentNullException.ThrowIfNull(fit);
        var others = fit.Point.ToArray();
        double Profile(double x)
        {
            var fixedValue = BoxPoint.Round(x, box[j]);
            if (box.Count == 1) return objective([fixedValue]);
            var rest = Enumerable.Range(0, box.Count).Where(i => i != j).ToArray();
            var inner = BoxMinimizer.Minimize(
                y => objective(Merge(y, rest, j, fixedValue)),
                rest.Select(i => box[i]).ToArray(),
                rest.Select(i => others[i]).ToArray(),
                innerBudget);
            // Warm start: the next profile point begins where this one ended.
            foreach (var (i, n) in rest.Select((i, n) => (i, n))) others[i] = inner.Point[n];
            return inner.Value;
        }
        double Excess(double x) => Profile(x) - fit.Value - threshold;

        var estimate = fit.Point[j];
        var (lower, lowerAtBound) = End(Excess, estimate, box[j].Lower, box[j]);
        others = fit.Point.ToArray();
        var (upper, upperAtBound) = End(Excess, estimate, box[j].Upper, box[j]);
        return new ParameterInterval(Math.Min(lower, estimate), Math.Max(upper, estimate), lowerAtBound, upperAtBound);
    }

    private static (double End, bool AtBound) End(Func<double, double> excess, double estimate, double bound, FitParameter parameter)
    {
        if (estimate == bound || excess(bound) <= 0) return (bound, true);
        var accuracy = Math.Max(1e-4 * (parameter.Upper - parameter.Lower), 1e-6 * Math.Abs(estimate));
        // Brent needs only a sign change: the excess is −threshold at the estimate and positive at the bound.
        var (a, b) = estimate < bound ? (estimate, bound) : (bound, estimate);
        return Brent.TryFindRoot(excess, a, b, accuracy, MaxRootIterations, out var root)
            ? (BoxPoint.Round(root, parameter), false)
            : (Bisect(excess, estimate, bound, parameter), false);
    }

    // A fallback for an objective too rough for Brent's interpolation: plain bisection always closes in.
    private static double Bisect(Func<double, double> excess, double inside, double outside, FitParameter parameter)
    {
        for (var i = 0; i < MaxRootIterations && Math.Abs(outside - inside) > 1e-4 * (parameter.Upper - parameter.Lower); i++)
        {
            var mid = (inside + outside) / 2;
            if (excess(mid) <= 0) inside = mid;
            else outside = mid;
        }
        return BoxPoint.Round((inside + outside) / 2, parameter);
    }

    private static double[] Merge(double[] rest, int[] restIndices, int j, double value)
    {
        var x = new double[restIndices.Length + 1];
        x[j] = value;
        for (var n = 0; n < restIndices.Length; n++) x[restIndices[n]] = rest[n];
        return x;
    }
}
