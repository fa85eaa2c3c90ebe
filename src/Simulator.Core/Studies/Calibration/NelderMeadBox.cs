using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Simulator.Studies.Calibration;

/// <summary>
/// Minimises an objective over a box of parameters with MathNet's Nelder–Mead simplex in logit
/// coordinates: derivative-free (the simulated objective has no gradient and small steps), bounded
/// by construction, and robust to the small jumps common random numbers leave. One restart from the
/// best point with a smaller simplex guards against a simplex that collapsed early.
/// </summary>
public static class NelderMeadBox
{
    /// <summary>Relative spread of the simplex's values at which it has converged.</summary>
    public const double Tolerance = 1e-5;

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
        var first = tracker.Run(start, step: 1.0);
        var second = tracker.Run(tracker.BestPoint, step: 0.25);
        return new BoxMinimum(tracker.BestPoint, tracker.BestValue, tracker.Evaluations, first && second);
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
