using Microsoft.Extensions.Options;
using Simulator.Application.Precision;
using Simulator.Cli.Hosting;
using Simulator.Cli.Rendering;
using Simulator.Engine;
using Simulator.Model;
using Simulator.Output;
using Simulator.Results;
using Simulator.Results.Precision;

namespace Simulator.Cli.Running;

/// <summary>
/// The `run` workflow: check the output folder, load and validate the scenario, run the trials with
/// progress, then print the tables and write the output files (each atomically). On Ctrl+C the
/// completed trials are still summarised and written, marked partial, and the exit code is 130.
/// </summary>
public sealed class RunJob(ConsoleStreams streams, IOptions<SimulatorSettings> settings)
{
    /// <summary>Runs; returns the exit code.</summary>
    public Task<int> ExecuteAsync(RunOptions options, CancellationToken cancellationToken)
    {
        if (options.ResumeFolder is not null)
        {
            if (options.Precision is not null)
            {
                throw new UserInputException("--resume continues a fixed number of trials; it cannot be combined with --precision (rerun the precision-driven run instead: it is deterministic).");
            }
            return new ResumeJob(streams, settings.Value).ExecuteAsync(options, cancellationToken);
        }
        if (options.WriteTrialsCsv && options.OutputFolder is null)
        {
            throw new UserInputException("--trials-csv needs --out DIR to know where to write trials.csv.");
        }
        if ((options.Report || options.Plots) && options.OutputFolder is null)
        {
            throw new UserInputException("--report and --plots need --out DIR: the report is written into the run's folder.");
        }
        if (options.Threads is < 1 or > 1024)
        {
            throw new UserInputException($"--threads must be between 1 and 1024 (got {options.Threads}).");
        }
        if (!PrecisionGoal.TryCreate(options.Precision, options.PrecisionTarget, options.MaxTrials, out var goal, out var problem))
        {
            throw new UserInputException(problem!);
        }
        var folder = options.OutputFolder is null ? null : OutputFolder.Prepare(options.OutputFolder);
        var loaded = ScenarioSource.Load(options.ScenarioFile, options.AllOverrides(), streams);
        var scenario = loaded.Scenario;
        var request = new RunRequest
        {
            Scenario = scenario,
            RegimeIndices = SelectRegimes(scenario, options.Regimes),
            Trials = scenario.Trials,
            Threads = options.Threads ?? Environment.ProcessorCount,
            BlockSize = settings.Value.BlockSize,
        };
        if (goal?.Target == PrecisionTarget.PairedHolds && request.RegimeIndices.Count < 2)
        {
            throw new UserInputException("--target paired compares each regime with the baseline; run at least two regimes.");
        }
        var causes = new CauseCatalog(scenario);
        var regimeIds = request.RegimeIndices.Select(i => scenario.Regimes[i].Id).ToArray();

        using var trialsCsv = folder is not null && options.WriteTrialsCsv
            ? new TrialsCsvWriter(Path.Combine(folder, OutputFiles.Trials), regimeIds, causes)
            : null;
        // Checkpoints cover fixed-size runs; a precision-driven run is made of several runs and is
        // reproduced by running it again (its batches are fixed by the seed and the target).
        var checkpoints = folder is null || goal is not null ? null : RunCheckpointer.StartNew(folder, loaded, request, regimeIds, trialsCsv,
            request.BlockSize, TimeSpan.FromSeconds(settings.Value.CheckpointIntervalSeconds), streams.Error);
        var progress = options.Quiet
            ? null
            : new ProgressDisplay(streams.Error, interactive: !Console.IsErrorRedirected && streams.Error == Console.Error,
                TimeSpan.FromSeconds(settings.Value.ProgressIntervalSeconds));

        RunResult result;
        PrecisionOutcome? precision = null;
        if (goal is null)
        {
            result = new SimulationRunner().Run(checkpoints?.Observe(request) ?? request, progress, trialsCsv, cancellationToken);
        }
        else
        {
            Action<PrecisionCheck>? onBatch = options.Quiet ? null : check =>
            {
                progress?.Finish();
                streams.Error.WriteLine(PrecisionText.BatchLine(check, goal));
            };
            (result, precision) = new PrecisionRun().Run(request, goal, progress, trialsCsv, onBatch, cancellationToken);
        }
        progress?.Finish();
        checkpoints?.Stopped(result);

        var report = RunReport.Build(scenario, loaded.Hash, loaded.DisplayName, loaded.Overrides, result, causes) with { Precision = precision };
        ResultTables.Write(report, streams.Out);
        if (folder is not null)
        {
            trialsCsv?.Commit();
            OutputWriter.WriteAll(folder, report, result, loaded.SourceText);
            if (!result.Partial) checkpoints?.Completed(folder);
            streams.Error.WriteLine($"wrote {string.Join(", ", OutputWriter.FilesWritten(report, trialsCsv is not null))} to {folder}");
            if (options.Report || options.Plots) Commands.ReportCommand.Execute(streams, folder, options.Report, options.Plots);
        }
        if (result.Partial)
        {
            streams.Error.WriteLine($"cancelled: {result.CompletedTrials:N0} of {result.Request.Trials:N0} trials completed; outputs are marked partial.");
            return Task.FromResult(ExitCodes.Cancelled);
        }
        return Task.FromResult(ExitCodes.Ok);
    }

    private static IReadOnlyList<int> SelectRegimes(Scenario scenario, IReadOnlyList<string> wanted)
    {
        if (wanted.Count == 0) return Enumerable.Range(0, scenario.Regimes.Count).ToArray();
        var indices = new List<int>();
        foreach (var id in wanted)
        {
            var index = scenario.Regimes.ToList().FindIndex(r => r.Id == id);
            if (index < 0)
            {
                throw new UserInputException(
                    $"--regime '{id}' is not a regime of {scenario.Name}; choose from: {string.Join(", ", scenario.Regimes.Select(r => r.Id))}.");
            }
            if (!indices.Contains(index)) indices.Add(index);
        }
        return indices;
    }
}
