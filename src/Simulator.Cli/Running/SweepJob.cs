using Microsoft.Extensions.Options;
using Simulator.Cli.Hosting;
using Simulator.Model;
using Simulator.Output;
using Simulator.Studies.Sweeps;
using Spectre.Console;

namespace Simulator.Cli.Running;

/// <summary>
/// The `sweep` workflow: build the full factorial design from --vary (or the file's sweep section),
/// validate every point, run them one after the other with the same seed and trial indices, then
/// print the table and write sweep.csv and sweep.json. Ctrl+C keeps the finished points (exit 130).
/// </summary>
public sealed class SweepJob(ConsoleStreams streams, IOptions<SimulatorSettings> settings)
{
    /// <summary>File names written into --out.</summary>
    public const string CsvFile = "sweep.csv", ManifestFile = "sweep.json";

    /// <summary>Runs; returns the exit code.</summary>
    public int Execute(RunOptions options, IReadOnlyList<string> vary, CancellationToken cancellationToken)
    {
        var design = DesignRun.Start(options, streams);
        IReadOnlyList<SweepAxis> axes;
        if (vary.Count > 0)
        {
            axes = vary.Select(v =>
            {
                try
                {
                    return SweepAxis.Parse(v);
                }
                catch (FormatException e)
                {
                    throw new UserInputException($"--vary {e.Message}");
                }
            }).ToArray();
        }
        else
        {
            axes = design.Load.Sweep;
            if (axes.Count == 0)
            {
                throw new UserInputException($"nothing to vary: give --vary key.path=v1,v2,… or add a sweep section to {design.DisplayName} (docs/sweeps.md).");
            }
        }
        IReadOnlyList<DesignPoint> points;
        try
        {
            points = FactorialDesign.Points(axes);
        }
        catch (ArgumentException e)
        {
            throw new UserInputException(e.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
        }
        var plan = design.Plan(axes.Select(a => a.Path).ToArray(), points);
        var run = DesignRun.Execute(plan, "sweep", options, settings.Value, streams, cancellationToken);
        PointTables.Write(streams.Out, $"Sweep of {points.Count} points", plan.ParameterNames, run);
        if (design.Folder is not null)
        {
            PointsCsv.Write(Path.Combine(design.Folder, CsvFile), plan.ParameterNames, run.Completed);
            DesignManifest.Write(Path.Combine(design.Folder, ManifestFile), "sweep", run.Prepared, run.Result, [new("design", "full factorial")]);
            design.WriteScenarioCopy();
            streams.Error.WriteLine($"wrote {CsvFile}, {ManifestFile}, {OutputFiles.Scenario} to {design.Folder}");
        }
        return DesignRun.Finish(run, streams);
    }
}
