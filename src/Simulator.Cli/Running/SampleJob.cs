using Microsoft.Extensions.Options;
using Simulator.Cli.Hosting;
using Simulator.Output;
using Simulator.Studies.Sensitivity;
using Simulator.Studies.Sweeps;

namespace Simulator.Cli.Running;

/// <summary>
/// The `sample` workflow: a Latin hypercube (or Monte Carlo) design over the scenario's uncertain
/// parameters, seeded from the scenario's seed, each point run as in a sweep; sample.csv has the
/// columns of sweep.csv.
/// </summary>
public sealed class SampleJob(ConsoleStreams streams, IOptions<SimulatorSettings> settings)
{
    /// <summary>File names written into --out.</summary>
    public const string CsvFile = "sample.csv", ManifestFile = "sample.json";

    /// <summary>Most points a sample may have.</summary>
    public const int MaxPoints = FactorialDesign.MaxPoints;

    /// <summary>Runs; returns the exit code.</summary>
    public int Execute(RunOptions options, string designName, int points, CancellationToken cancellationToken)
    {
        if (points is < 1 or > MaxPoints) throw new UserInputException($"--points must be between 1 and {MaxPoints} (got {points}).");
        var design = DesignRun.Start(options, streams);
        var parameters = DesignRun.RequireUncertain(design, "sample");
        var seed = design.Loaded.Scenario.Seed;
        var rows = designName == "mc" ? UnitDesigns.MonteCarlo(points, parameters.Count, seed) : UnitDesigns.LatinHypercube(points, parameters.Count, seed);
        var designPoints = rows.Select((u, r) => new DesignPoint(r + 1, parameters.Select((p, i) => p.At(u[i])).ToArray())).ToArray();
        var plan = design.Plan(parameters.Select(p => p.Path).ToArray(), designPoints);
        var label = designName == "mc" ? "Monte Carlo" : "Latin hypercube";
        var run = DesignRun.Execute(plan, "sample", options, settings.Value, streams, cancellationToken);
        PointTables.Write(streams.Out, $"{label} sample of {points} points over {parameters.Count} uncertain parameters", plan.ParameterNames, run);
        if (design.Folder is not null)
        {
            PointsCsv.Write(Path.Combine(design.Folder, CsvFile), plan.ParameterNames, run.Completed);
            DesignManifest.Write(Path.Combine(design.Folder, ManifestFile), "sample", run.Prepared, run.Result,
                [new("design", designName), .. DesignRun.Distributions(parameters)]);
            design.WriteScenarioCopy();
            streams.Error.WriteLine($"wrote {CsvFile}, {ManifestFile}, {OutputFiles.Scenario} to {design.Folder}");
        }
        return DesignRun.Finish(run, streams);
    }
}
