using Simulator.Statistics;

namespace Simulator.Tests.Statistics;

/// <summary>
/// The Cox proportional-hazards ratio of a second group against a first (one binary covariate,
/// Breslow's handling of ties), by Newton's method on the partial likelihood. With one binary
/// covariate the partial likelihood needs only, at each event time, how many of each group are at
/// risk and fail, which two survival tables hold. Used to compare a scenario's difference between
/// regimes with the data's (the civil-war ceasefires' hazard ratio of about 0.54).
/// </summary>
internal sealed record CoxTwoGroups(double HazardRatio, double Lower95, double Upper95)
{
    public static CoxTwoGroups Fit(SurvivalTable first, SurvivalTable second)
    {
        var rows = Rows(first, second);
        var beta = 0.0;
        double information = 0;
        for (var iteration = 0; iteration < 50; iteration++)
        {
            double score = 0;
            information = 0;
            foreach (var (n0, n1, d0, d1) in rows)
            {
                // Share of the risk set's hazard carried by the second group at this time.
                var p = n1 * Math.Exp(beta) / (n0 + n1 * Math.Exp(beta));
                var d = d0 + d1;
                score += d1 - d * p;
                information += d * p * (1 - p);
            }
            var step = score / information;
            beta += step;
            if (Math.Abs(step) < 1e-12) break;
        }
        var se = 1 / Math.Sqrt(information);
        return new CoxTwoGroups(Math.Exp(beta), Math.Exp(beta - 1.959963984540054 * se), Math.Exp(beta + 1.959963984540054 * se));
    }

    // (at risk in each group, events in each group) at every time where someone fails.
    private static List<(double N0, double N1, double D0, double D1)> Rows(SurvivalTable first, SurvivalTable second)
    {
        var rows = new List<(double, double, double, double)>();
        long n0 = first.Subjects, n1 = second.Subjects;
        int i = 0, j = 0;
        foreach (var t in first.Times.Concat(second.Times).Distinct().Order())
        {
            long d0 = 0, d1 = 0, out0 = 0, out1 = 0;
            if (i < first.Count && first.Times[i] == t) { d0 = first.Events[i]; out0 = d0 + first.Censored[i]; i++; }
            if (j < second.Count && second.Times[j] == t) { d1 = second.Events[j]; out1 = d1 + second.Censored[j]; j++; }
            if (d0 + d1 > 0) rows.Add((n0, n1, d0, d1));
            n0 -= out0;
            n1 -= out1;
        }
        return rows;
    }
}
