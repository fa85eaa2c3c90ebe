using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Simulator.Studies.Calibration;

/// <summary>
/// Minimises an objective over a box of parameters, derivative-free (the simulated objective has no
/// gradient): one parameter by MathNet's golden-section search over its whole range; several by
/// MathNet's Nelder–Mead simplex in logit coordinates (bounded by construction), restarted once from
/// its best point with a smaller simplex, then each coordinate polished by a golden-section search
/// near the best point, since a simplex whose values agree may still straddle the minimum.
/// </summary>
public static class BoxMinimizer
{
    /// <summary>Relative spread of the simplex's values at which it has converged.</summary>
    public const double Tolerance = 1e-5;

    /// <summary>Golden-section searches stop when their bracket is this share of the parameter's range.</summary>
    public const double LineTolerance = 1e-5;

    /// <summary>Each coordinate is polished within this share of its range around the simplex's best point.</summary>
    public const double PolishReach = 0.05;

    /// <summary>The minimum of <paramref name="objective"/> (called with box points) from <paramref name="start"/>, within <paramref name="budget"/> evaluations.</summary>
    /// <param name="objective">The objective at a box point; may throw <see cref="OperationCanceledException"/> to stop.</param>
    /// <param name="box">The parameters and their bounds.</param>
    /// <param name="start">Where to start.</param>
    /// <param name="budget">Most evaluations (the best so far is returned when it runs out).</param>
    public static BoxMinimum Minimize(Func<double[], double> objective, IReadOnlyList<FitParameter> box, IReadOnlyList<double> start, int budget)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(box);
        ArgumentNullException.ThrowIfNull(start);
        var tracker = new Tracker(objective, box, budget);
        bool converged;
        if (box.Count == 1)
        {
            converged = tracker.Line(0, box[0].Lower, box[0].Upper);
        }
        else
        {
            converged = tracker.Run(start, step: 1.0) & tracker.Run(tracker.BestPoint, step: 0.25);
            // The simplex stops when its values agree, which can happen astride the minimum: polish each coordinate.
            for (var j = 0; j < box.Count; j++)
            {
                var reach = PolishReach * (box[j].Upper - box[j].Lower);
                converged &= tracker.Line(j, Math.Max(box[j].Lower, tracker.BestPoint[j] - reach), Math.Min(box[j].Upper, tracker.BestPoint[j] + reach));
            }
        }
        return new BoxMinimum(tracker.BestPoint, tracker.BestValue, tracker.Evaluations, converged);
    }

    private sealed class Tracker(Func<double[], double> objective, IReadOnlyList<FitParameter> box, int budget)
    {
        public double[] BestPoint { get; private set; } = [];
        public double BestValue { get; private set; } = double.PositiveInfinity;
        public int Evaluations { get; private set; }

        // True when the simplex converged; false when the budget ran out.
        public bool Run(IReadOnlyList<double> start, double step)
        {
            if (BestPoint.Length == 0) Evaluate(start.ToArray());
            if (Evaluations >= budget) return false;
            var z0 = Vector<double>.Build.DenseOfArray(BoxPoint.ToUnbounded(start, box));
            var steps = Vector<double>.Build.Dense(box.Count, step);
            try
            {
                var f = ObjectiveFunction.Value(z =>
                {
                    if (Evaluations >= budget) throw new BudgetSpent();
                    return Evaluate(BoxPoint.FromUnbounded(z.ToArray(), box));
                });
                new NelderMeadSimplex(Tolerance, int.MaxValue).FindMinimum(f, z0, steps);
                return true;
            }
            catch (BudgetSpent)
            {
                return false;
            }
            catch (MaximumIterationsException)
            {
                return false;
            }
        }

        // Golden-section search of coordinate j within [lo, hi], the others at the best point; true when it closed in.
        public bool Line(int j, double lo, double hi)
        {
            if (BestPoint.Length == 0) Evaluate(box.Select(p => BoxPoint.Round(p.Start, p)).ToArray());
            if (Evaluations >= budget || !(hi > lo)) return hi <= lo;
            var basePoint = BestPoint.ToArray();
            var f = ObjectiveFunction.ScalarValue(v =>
            {
                if (Evaluations >= budget) throw new BudgetSpent();
                var x = basePoint.ToArray();
                x[j] = BoxPoint.Round(Math.Clamp(v, box[j].Lower, box[j].Upper), box[j]);
                return Evaluate(x);
            });
            try
            {
                GoldenSectionMinimizer.Minimum(f, lo, hi, LineTolerance * (box[j].Upper - box[j].Lower), maxIterations: 200);
                return true;
            }
            catch (BudgetSpent)
            {
                return false;
            }
            catch (OptimizationException)
            {
                return false;
            }
        }

        private double Evaluate(double[] x)
        {
            Evaluations++;
            var value = objective(x);
            if (value < BestValue || BestPoint.Length == 0)
            {
                BestValue = value;
                BestPoint = x;
            }
            return value;
        }
    }

    private sealed class BudgetSpent : Exception;
}
