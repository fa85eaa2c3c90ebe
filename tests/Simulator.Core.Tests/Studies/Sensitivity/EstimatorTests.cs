using System.Diagnostics;
using Simulator.Studies.Sensitivity;

namespace Simulator.Tests.Studies.Sensitivity;

/// <summary>The Sobol and Morris estimators on functions whose answers are known.</summary>
public class EstimatorTests
{
    /// <summary>Ishigami's function with a = 7, b = 0.1 on [−π, π]³ (Ishigami and Homma 1990).</summary>
    private static double Ishigami(double[] u)
    {
        var x = u.Select(v => -Math.PI + 2 * Math.PI * v).ToArray();
        return Math.Sin(x[0]) + 7 * Math.Pow(Math.Sin(x[1]), 2) + 0.1 * Math.Pow(x[2], 4) * Math.Sin(x[0]);
    }

    [Fact]
    public void Sobol_Ishigami_AnalyticIndicesLieWithinTheBootstrapIntervals()
    {
        // Analytic values: V = a²/8 + bπ⁴/5 + b²π⁸/18 + ½; V1 = ½(1 + bπ⁴/5)², V2 = a²/8, V13 = b²π⁸(1/18 − 1/50).
        const double a = 7, b = 0.1;
        var v = a * a / 8 + b * Math.Pow(Math.PI, 4) / 5 + b * b * Math.Pow(Math.PI, 8) / 18 + 0.5;
        var v1 = 0.5 * Math.Pow(1 + b * Math.Pow(Math.PI, 4) / 5, 2);
        var v2 = a * a / 8;
        var v13 = b * b * Math.Pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        double[] first = [v1 / v, v2 / v, 0];
        double[] total = [(v1 + v13) / v, v2 / v, v13 / v];
        Assert.Equal(0.3139, first[0], 4);
        Assert.Equal(0.4424, first[1], 4);
        Assert.Equal(0.2437, total[2], 4);
        var watch = Stopwatch.StartNew();

        var design = SobolDesign.Create(4096, 3, seed: 20251107);
        var outputs = design.Rows.Select(Ishigami).ToArray();
        var indices = design.Analyze(outputs, seed: 20251107);

        for (var i = 0; i < 3; i++)
        {
            var s = indices[i];
            Assert.True(s.FirstLower <= first[i] && first[i] <= s.FirstUpper, $"S{i + 1} = {first[i]:0.0000} outside [{s.FirstLower:0.0000}, {s.FirstUpper:0.0000}] (estimate {s.First:0.0000})");
            Assert.True(s.TotalLower <= total[i] && total[i] <= s.TotalUpper, $"ST{i + 1} = {total[i]:0.0000} outside [{s.TotalLower:0.0000}, {s.TotalUpper:0.0000}] (estimate {s.Total:0.0000})");
            Assert.True(s.FirstUpper - s.FirstLower < 0.15 && s.TotalUpper - s.TotalLower < 0.15, $"intervals of parameter {i + 1} too wide to mean anything");
        }
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Sobol_IsDeterministicForASeed()
    {
        var design = SobolDesign.Create(64, 3, seed: 7);
        var outputs = design.Rows.Select(Ishigami).ToArray();

        Assert.Equal(design.Analyze(outputs, 7), SobolDesign.Create(64, 3, seed: 7).Analyze(outputs, 7));
        Assert.NotEqual(design.Rows[0], SobolDesign.Create(64, 3, seed: 8).Rows[0]);
    }

    [Fact]
    public void Sobol_ParameterWithoutEffect_HasZeroTotalIndexAndFirstOrderIntervalAroundZero()
    {
        // f(A_B^3) = f(A) exactly, so the total index is exactly 0; Jansen's first-order estimate is
        // unbiased noise around 0 (its 95% interval misses 0 about one seed in twenty).
        var design = SobolDesign.Create(1024, 3, seed: 20251107);
        var outputs = design.Rows.Select(u => u[0] + 2 * u[1] * u[1]).ToArray();

        var indices = design.Analyze(outputs, seed: 20251107);

        Assert.Equal(0, indices[2].Total);
        Assert.Equal(0, indices[2].TotalUpper);
        Assert.True(indices[2].FirstLower <= 0 && 0 <= indices[2].FirstUpper, $"S3 {indices[2].First} [{indices[2].FirstLower}, {indices[2].FirstUpper}]");
        Assert.True(indices[1].Total > indices[0].Total);
    }

    [Fact]
    public void Sobol_PrefixOfWholeGroups_IsAnalysedAlone()
    {
        var design = SobolDesign.Create(100, 2, seed: 5);
        var outputs = design.Rows.Select(u => u[0]).ToArray();

        var partial = design.Analyze(outputs[..(10 * design.GroupSize + 3)], seed: 5);

        Assert.Equal(0, partial[1].Total);
        Assert.True(partial[0].Total > 0.5);
    }

    [Fact]
    public void Morris_LinearFunction_RecoversSlopesAndAnIrrelevantParameter()
    {
        var design = MorrisDesign.Create(20, 3, seed: 11);
        var outputs = design.Rows.Select(u => 3 * u[0] - 1 * u[1]).ToArray();

        var indices = design.Analyze(outputs, seed: 11);

        Assert.Equal(3, indices[0].MuStar, 9);
        Assert.Equal(3, indices[0].Mu, 9);
        Assert.Equal(0, indices[0].Sigma, 9);
        Assert.Equal(1, indices[1].MuStar, 9);
        Assert.Equal(-1, indices[1].Mu, 9);
        Assert.Equal(0, indices[2].MuStar);
        Assert.Equal(0, indices[2].MuStarUpper);
        Assert.Equal(20 * 4, design.Rows.Count); // 20 trajectories × (3 + 1) points
        Assert.All(design.Rows.SelectMany(r => r), u => Assert.Contains(u, new[] { 0.125, 0.375, 0.625, 0.875 }));
    }

    [Fact]
    public void Morris_Ishigami_RanksTheInteractingParameterAboveZero()
    {
        var design = MorrisDesign.Create(50, 3, seed: 13);
        var indices = design.Analyze(design.Rows.Select(Ishigami).ToArray(), seed: 13);

        // x3 acts only through its interaction with x1: μ* > 0 with a large σ.
        Assert.True(indices[2].MuStarLower > 0);
        Assert.True(indices[2].Sigma > 0);
    }

    [Fact]
    public void LatinHypercube_UsesEveryStratumOnce()
    {
        var rows = UnitDesigns.LatinHypercube(10, 3, seed: 1);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(Enumerable.Range(0, 10), rows.Select(r => (int)Math.Floor(r[i] * 10)).Order());
        }
        Assert.Equal(rows, UnitDesigns.LatinHypercube(10, 3, seed: 1));
        Assert.All(UnitDesigns.MonteCarlo(50, 2, 1).SelectMany(r => r), u => Assert.InRange(u, 0, 1));
    }
}
