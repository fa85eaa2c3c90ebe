using MathNet.Numerics.Distributions;
using Simulator.Engine;

namespace Simulator.Tests.Engine;

/// <summary>
/// The ziggurat samplers against the exact exponential and normal distributions, over millions of
/// draws. Every bound is a quantile of the test statistic's own distribution at a tiny false-alarm
/// rate (fixed seeds, so a pass is reproducible), not a tolerance tuned to the output.
/// </summary>
public sealed class ZigguratSamplerTests
{
    private const int N = 2_000_000;

    // Kolmogorov–Smirnov: P(√n·D > t) ≈ 2·exp(−2t²); t for a false-alarm rate of 1e-6.
    private static readonly double KsBound = Math.Sqrt(Math.Log(2 / 1e-6) / 2) / Math.Sqrt(N);

    // Moments: a sample mean lies within 5 standard errors (false alarm < 6e-7 each).
    private const double Sd = 5;

    // Drawn once (sorted) and shared by the tests: two million draws each, a second or two.
    private static readonly Lazy<double[]> Exponentials = new(() => Draw(3, s => s.UnitExponential()));
    private static readonly Lazy<double[]> Normals = new(() => Draw(4, s => s.Normal()));

    [Fact]
    public void Tables_StripsHaveEqualArea_UpToTheTop()
    {
        foreach (var table in new[] { ZigguratTable.Exponential, ZigguratTable.Normal })
        {
            Assert.Equal(table.Area, table.TopStripArea, table.Area * 1e-9);
            for (var i = 1; i < ZigguratTable.Layers; i++) Assert.True(table.X[i + 1] < table.X[i]);
            // Each middle strip: its rectangle reaches the next strip's edge with the common area.
            for (var i = 1; i < ZigguratTable.Layers - 1; i++)
                Assert.Equal(table.Area, table.X[i] * (table.F[i + 1] - table.F[i]), table.Area * 1e-9);
        }
    }

    [Fact]
    public void Exponential_KolmogorovSmirnov_MatchesExp1()
    {
        var draws = Exponentials.Value;
        Assert.True(draws[0] > 0);
        Assert.InRange(KolmogorovSmirnov(draws, x => -double.ExpM1(-x)), 0, KsBound);
    }

    [Fact]
    public void Normal_KolmogorovSmirnov_MatchesStandardNormal()
    {
        var draws = Normals.Value;
        Assert.InRange(KolmogorovSmirnov(draws, x => Normal.CDF(0, 1, x)), 0, KsBound);
    }

    [Fact]
    public void Exponential_FirstFourRawMoments_AreFactorials()
    {
        // E[X^k] = k!, Var(X^k) = (2k)! − (k!)².
        var draws = Exponentials.Value;
        double[] factorial = [1, 1, 2, 6, 24, 120, 720, 5040, 40320];
        for (var k = 1; k <= 4; k++)
        {
            var sd = Math.Sqrt((factorial[2 * k] - factorial[k] * factorial[k]) / N);
            Assert.InRange(RawMoment(draws, k), factorial[k] - Sd * sd, factorial[k] + Sd * sd);
        }
    }

    [Fact]
    public void Normal_FirstFourRawMoments_Are_0_1_0_3()
    {
        // E[Z^k] = 0, 1, 0, 3; Var(Z^k) = E[Z^2k] − E[Z^k]² = 1, 2, 15, 96.
        var draws = Normals.Value;
        double[] mean = [0, 0, 1, 0, 3], variance = [0, 1, 2, 15, 96];
        for (var k = 1; k <= 4; k++)
        {
            var sd = Math.Sqrt(variance[k] / N);
            Assert.InRange(RawMoment(draws, k), mean[k] - Sd * sd, mean[k] + Sd * sd);
        }
    }

    [Fact]
    public void Exponential_EachStripAndTheTail_HoldTheirExactProbability()
    {
        var table = ZigguratTable.Exponential;
        AssertChiSquareOverStrips(Exponentials.Value, table, x => -double.ExpM1(-x));
    }

    [Fact]
    public void Normal_EachStripAndTheTail_HoldTheirExactProbability()
    {
        var table = ZigguratTable.Normal;
        // |Z| is half-normal: P(|Z| ≤ x) = 2Φ(x) − 1.
        var draws = Normals.Value.Select(Math.Abs).Order().ToArray();
        AssertChiSquareOverStrips(draws, table, x => 2 * Normal.CDF(0, 1, x) - 1);
    }

    [Fact]
    public void Normal_IsSymmetric_HalfTheDrawsBelowZero()
    {
        var draws = Normals.Value;
        var negative = draws.Count(x => x < 0);
        Assert.InRange(negative, N / 2.0 - Sd * Math.Sqrt(N / 4.0), N / 2.0 + Sd * Math.Sqrt(N / 4.0));
    }

    [Fact]
    public void Tails_BeyondR_FollowTheExactTail()
    {
        // Exp(1) is memoryless: beyond R the excess is Exp(1) again, mean 1, sd 1.
        var exponential = Exponentials.Value;
        var r = ZigguratTable.Exponential.R;
        var excess = exponential.Where(x => x > r).Select(x => x - r).ToArray();
        AssertCount(excess.Length, Math.Exp(-r));
        Assert.InRange(excess.Average(), 1 - Sd / Math.Sqrt(excess.Length), 1 + Sd / Math.Sqrt(excess.Length));

        // Normal beyond R: mean φ(R)/(1 − Φ(R)); its sd is below 1/R (the tail is steeper than Exp(R)).
        var normal = Normals.Value;
        var rn = ZigguratTable.Normal.R;
        var tail = normal.Where(z => Math.Abs(z) > rn).Select(Math.Abs).ToArray();
        var upper = 1 - Normal.CDF(0, 1, rn);
        AssertCount(tail.Length, 2 * upper);
        var mean = Normal.PDF(0, 1, rn) / upper;
        var sdMean = 1 / rn / Math.Sqrt(tail.Length);
        Assert.InRange(tail.Average(), mean - Sd * sdMean, mean + Sd * sdMean);
    }

    private static double[] Draw(int seed, Func<Sampler, double> draw)
    {
        var sampler = new Sampler(RandomStream.Create((ulong)seed, 0, 0));
        var draws = new double[N];
        for (var i = 0; i < N; i++) draws[i] = draw(sampler);
        Array.Sort(draws);
        return draws;
    }

    private static double KolmogorovSmirnov(double[] sorted, Func<double, double> cdf)
    {
        double d = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var f = cdf(sorted[i]);
            d = Math.Max(d, Math.Max(f - (double)i / sorted.Length, (double)(i + 1) / sorted.Length - f));
        }
        return d;
    }

    private static double RawMoment(double[] draws, int k)
    {
        double sum = 0;
        foreach (var x in draws) sum += Math.Pow(x, k);
        return sum / draws.Length;
    }

    private static void AssertCount(int count, double p)
    {
        var sd = Math.Sqrt(N * p * (1 - p));
        Assert.InRange(count, N * p - Sd * sd, N * p + Sd * sd);
    }

    // Pearson's chi-square over each strip's x-range [X[i+1], X[i]) cut in quarters (i = 1..255) and the
    // tail [R, ∞): a wedge accepted under the wrong curve moves mass within its strip's range, which
    // quarters see and whole strips would not.
    private static void AssertChiSquareOverStrips(double[] sorted, ZigguratTable table, Func<double, double> cdf)
    {
        var edges = new List<double>();
        for (var i = ZigguratTable.Layers; i > 1; i--) // 0 = X[256] < ... < X[1] = R
        {
            for (var q = 0; q < 4; q++) edges.Add(table.X[i] + (table.X[i - 1] - table.X[i]) * q / 4);
        }
        edges.Add(table.R);
        edges.Add(double.PositiveInfinity);
        double chi = 0;
        var at = 0;
        for (var b = 0; b + 1 < edges.Count; b++)
        {
            var start = at;
            while (at < sorted.Length && sorted[at] < edges[b + 1]) at++;
            var expected = N * ((double.IsPositiveInfinity(edges[b + 1]) ? 1 : cdf(edges[b + 1])) - cdf(edges[b]));
            chi += (at - start - expected) * (at - start - expected) / expected;
        }
        var bins = edges.Count - 1;
        Assert.InRange(chi, 0, ChiSquared.InvCDF(bins - 1, 1 - 1e-6));
    }

    // A class wrapper so lambdas can draw from the mutable struct stream.
    private sealed class Sampler(RandomStream stream)
    {
        private RandomStream _stream = stream;
        public double UnitExponential() => _stream.UnitExponential();
        public double Normal() => _stream.Normal();
    }
}
