using System.Globalization;
using System.Text;
using Simulator.Application;
using Simulator.Application.Calibration;
using Simulator.Application.Scenarios;
using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Loading;

namespace Simulator.Benchmarks;

/// <summary>
/// Measures the coverage of calibrate's 95% intervals (docs/calibration.md): draws data sets from the
/// constant-hazard scenario with attack_rate 0.05 (200 truces, censored at day 120), fits
/// attack_rate back with N trials per point (4,000 by default), a fresh simulation seed per draw, and counts how
/// often the interval holds the truth. Also prints the mean estimate against the data's closed-form
/// MLE. <c>dotnet run -c Release --project benchmarks/Simulator.Benchmarks -- --calibration-coverage 200 4000</c>
/// </summary>
public static class CalibrationCoverage
{
    private const double Truth = 0.05;
    private const int Subjects = 200;

    /// <summary>Runs <paramref name="draws"/> calibrations and prints the coverage.</summary>
    /// <param name="draws">Data sets drawn and fitted.</param>
    /// <param name="trials">Simulated trials per parameter point.</param>
    /// <param name="output">Where to print.</param>
    public static void Print(int draws, int trials, TextWriter output)
    {
        var yaml = ScenarioText().Replace("report_days: [30, 90, 180, 365]", "report_days: [30, 60, 120]", StringComparison.Ordinal);
        var folder = Directory.CreateTempSubdirectory("coverage-").FullName;
        var pipeline = new CalibrationPipeline(new ApplicationSettings());
        int covered = 0, mleCovered = 0;
        double sumEstimate = 0, sumMle = 0, sumWidth = 0, sumSquaredGap = 0;
        try
        {
            for (var d = 1; d <= draws; d++)
            {
                var (csv, mle, events) = Draw(yaml, seed: (ulong)(1000 + d));
                var data = Path.Combine(folder, "data.csv");
                File.WriteAllText(data, csv);
                var spec = new CalibrationSpec
                {
                    Scenario = ScenarioInput.Text(yaml, "constant-hazard.yaml"),
                    DataFile = data,
                    DurationColumn = "days",
                    EventColumn = "failed",
                    Fit = ["armed_groups.group.attack_rate=0.01:0.2"],
                    Trials = trials,
                    Seed = (ulong)(5000 + d),
                    HorizonDays = 120,
                };
                var fitted = pipeline.Execute(pipeline.Prepare(spec)).Result!.Parameters[0];
                var interval = fitted.Interval!;
                if (interval.Lower <= Truth && Truth <= interval.Upper) covered++;
                var se = mle / Math.Sqrt(events);
                if (Math.Abs(mle - Truth) <= 1.96 * se) mleCovered++;
                sumEstimate += fitted.Estimate;
                sumMle += mle;
                sumWidth += interval.Upper - interval.Lower;
                sumSquaredGap += (fitted.Estimate - mle) * (fitted.Estimate - mle) / (se * se);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"draw {d}: estimate {fitted.Estimate:G5} ({interval.Lower:G4}–{interval.Upper:G4}), closed-form MLE {mle:G5}, covered {covered}/{d}"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        var rate = covered / (double)draws;
        var half = 1.96 * Math.Sqrt(rate * (1 - rate) / draws);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"coverage of the 95% profile interval: {covered}/{draws} = {rate:P1} (±{half:P1}); the closed-form Wald interval of the same data: {mleCovered}/{draws}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mean estimate {sumEstimate / draws:G4}, mean closed-form MLE {sumMle / draws:G4}, mean width {sumWidth / draws:G4}, RMS (estimate − MLE)/SE {Math.Sqrt(sumSquaredGap / draws):G3} (theory √(n/N) = {Math.Sqrt(Subjects / (double)trials):G3})"));
    }

    private static (string Csv, double Mle, int Events) Draw(string yaml, ulong seed)
    {
        var scenario = ScenarioLoader.LoadText(yaml, "truth.yaml", [$"run.seed={seed}", $"run.trials={Subjects}", "run.horizon_days=120"]).Scenario!;
        var sink = new Sink();
        new SimulationRunner().Run(new RunRequest { Scenario = scenario, RegimeIndices = [0], Trials = Subjects, Threads = 1 }, null, sink);
        var csv = new StringBuilder("days,failed\n");
        double time = 0;
        var events = 0;
        foreach (var o in sink.Rows)
        {
            var days = TimeResolution.ToDays(o.DurationTicks);
            time += days;
            if (o.Collapsed) events++;
            csv.Append(days.ToString("R", CultureInfo.InvariantCulture)).Append(',').Append(o.Collapsed ? '1' : '0').Append('\n');
        }
        return (csv.ToString(), events / time / (0.8 * 0.3), events);
    }

    private static string ScenarioText()
    {
        using var stream = typeof(CalibrationCoverage).Assembly.GetManifestResourceStream("constant-hazard.yaml")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed class Sink : ITrialSink
    {
        public List<TrialOutcome> Rows { get; } = [];

        public void Write(long trial, int regimePosition, in TrialOutcome outcome) => Rows.Add(outcome);
    }
}
