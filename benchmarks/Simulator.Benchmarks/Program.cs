using System.Globalization;
using BenchmarkDotNet.Running;

namespace Simulator.Benchmarks;

/// <summary>Entry point: BenchmarkDotNet picks benchmarks by the command-line filter.</summary>
public static class Program
{
    /// <summary>
    /// Runs the selected benchmarks; exits non-zero when any of them failed. <c>--events [trials]</c>
    /// instead prints events per trial and events per second of the seed scenario (no BenchmarkDotNet);
    /// <c>--calibration-coverage [draws] [trials]</c> measures the coverage of calibrate's intervals.
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--events")
        {
            var trials = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
            EventRateReport.Print(trials, Console.Out);
            return 0;
        }

        if (args.Length > 0 && args[0] == "--calibration-coverage")
        {
            var draws = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
            var trials = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4000;
            CalibrationCoverage.Print(draws, trials, Console.Out);
            return 0;
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        // BenchmarkDotNet exits 0 even when a benchmark fails: own the exit code.
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        if (failed) return 1;
        // A filter that matches nothing, or arguments BenchmarkDotNet could not parse, also run
        // nothing and exit 0: for a run that was asked to measure, that is a failure too.
        if (args.Contains("--filter") && !summaries.Any(s => s.Reports.Length > 0) && !IsInformational(args))
        {
            Console.Error.WriteLine("No benchmark ran: check the --filter pattern and the other arguments.");
            return 2;
        }
        return 0;
    }

    private static bool IsInformational(string[] args) =>
        args.Any(a => a is "--list" or "--help" or "-h" or "--info" or "--version");
}
