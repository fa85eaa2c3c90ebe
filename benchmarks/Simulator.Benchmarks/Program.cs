using BenchmarkDotNet.Running;

namespace Simulator.Benchmarks;

/// <summary>Entry point: BenchmarkDotNet picks benchmarks by the command-line filter.</summary>
public static class Program
{
    /// <summary>Runs the selected benchmarks; exits non-zero when any of them failed.</summary>
    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        // BenchmarkDotNet exits 0 even when a benchmark fails: own the exit code.
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
