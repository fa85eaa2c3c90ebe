namespace Simulator.Statistics;

public sealed partial record KaplanMeier
{
    /// <summary>
    /// The area under the curve from day 0 to <paramref name="horizon"/> with the standard error of
    /// R's <c>print(fit, rmean = horizon)</c>: Var = Σ_j A_j² d_j / (n_j (n_j − d_j)) over the
    /// times t_j ≤ horizon, where A_j is the area under the curve between t_j and the horizon
    /// (terms with n_j = d_j are dropped, as R does). The interval is a normal (Wald) one.
    /// </summary>
    public RestrictedMeanSurvival RestrictedMean(double horizon)
    {
        if (!(horizon >= 0) || !double.IsFinite(horizon))
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "The restriction horizon must be a finite number of days ≥ 0.");
        }
        var keep = LastIndexAtOrBefore(horizon) + 1;

        // Area of each step: before t_0 the curve is 1; after t_j it is S(t_j) until the next time
        // or the horizon.
        var area = 0.0;
        var previousTime = 0.0;
        var previousSurvival = 1.0;
        var stepAfter = new double[keep];
        for (var j = 0; j < keep; j++)
        {
            var time = Table.TimeAt(j);
            area += (time - previousTime) * previousSurvival;
            previousTime = time;
            previousSurvival = _survival[j];
            var next = j + 1 < keep ? Table.TimeAt(j + 1) : horizon;
            stepAfter[j] = (next - time) * _survival[j];
        }
        area += (horizon - previousTime) * previousSurvival;

        var variance = 0.0;
        var tail = 0.0;
        for (var j = keep - 1; j >= 0; j--)
        {
            tail += stepAfter[j];
            long n = Table.AtRiskAt(j), d = Table.EventsAt(j);
            if (d > 0 && n > d) variance += tail * tail * d / ((double)n * (n - d));
        }
        var se = Math.Sqrt(variance);
        var z = ConfidenceLevel.Z(Level);
        return new RestrictedMeanSurvival(horizon, area, se, area - z * se, area + z * se);
    }
}
