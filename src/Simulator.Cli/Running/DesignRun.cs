using Simulator.Application.Studies;
using Simulator.Cli.Hosting;
using Simulator.Cli.Rendering;
using Simulator.Loading;
using Simulator.Model;
using Simulator.Output;
using Simulator.Storage;
using Simulator.Studies.Sweeps;
using Spectre.Console;

namespace Simulator.Cli.Running;

/// <summary>The steps sweep, sample and sensitivity share: load, validate every point, run with progress, finish.</summary>
internal sealed record DesignRun(RunOptions Options, LoadedScenario Loaded, ScenarioLoadResult Load, string DisplayName, string? Folder)
{
    /// <summary>Checks the options and the output folder, then loads the scenario (errors printed, exit 2).</summary>
    public static DesignRun Start(RunOptions options, ConsoleStreams streams)
    {
        if (options.Threads is < 1 or > 1024)
        {
            throw new UserInputException($"--threads must be between 1 and 1024 (got {options.Threads}).");
        }
        var folder = options.OutputFolder is null ? null : OutputFolder.Prepare(options.OutputFolder);
        var overrides = options.AllOverrides();
        var loaded = ScenarioSource.Load(options.ScenarioFile, overrides, streams);
        var displayName = options.ScenarioFile ?? BuiltInScenario.DisplayName;
        var load = ScenarioLoader.LoadText(loaded.SourceText, displayName, overrides);
        return new DesignRun(options, loaded, load, displayName, folder);
    }

    /// <summary>The plan of <paramref name="points"/> over this scenario.</summary>
    public PointPlan Plan(IReadOnlyList<string> parameterNames, IReadOnlyList<DesignPoint> points) => new()
    {
        ScenarioText = Loaded.SourceText,
        DisplayName = DisplayName,
        BaseOverrides = Loaded.Overrides,
        ParameterNames = parameterNames,
        Points = points,
        Regimes = Options.Regimes,
    };

    /// <summary>The scenario's uncertain parameters; a clear error when it has none.</summary>
    public static IReadOnlyList<UncertainParameter> RequireUncertain(DesignRun design, string command)
    {
        if (design.Load.Uncertain.Count == 0)
        {
            throw new UserInputException($"{command} needs uncertain parameters, and {design.DisplayName} has none: give a value as a distribution, e.g. attack_rate: {{ uncertain: uniform, min: 0.05, max: 0.12 }} (docs/sweeps.md).");
        }
        return design.Load.Uncertain;
    }

    /// <summary>Each parameter's distribution, for the manifest.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Distributions(IReadOnlyList<UncertainParameter> parameters) =>
        parameters.Select(p => new KeyValuePair<string, string>("distribution:" + p.Path, p.Distribution.Describe()));

    /// <summary>Writes scenario.yaml (the source text) into the output folder.</summary>
    public void WriteScenarioCopy()
    {
        if (Folder is not null) AtomicFile.WriteAllText(Path.Combine(Folder, OutputFiles.Scenario), Loaded.SourceText);
    }

    /// <summary>Validates every point (problems printed, exit 2), then runs them with progress.</summary>
    public static PreparedRun Execute(PointPlan plan, string command, RunOptions options, SimulatorSettings settings, ConsoleStreams streams, CancellationToken cancellationToken)
    {
        var prepared = plan.Prepare();
        if (!prepared.Succeeded)
        {
            foreach (var line in prepared.Problems) streams.Error.WriteLine(line);
            throw new UserInputException($"some points of the {command} are invalid (listed above); nothing was run.");
        }
        var first = prepared.Points[0];
        if (!options.Quiet)
        {
            streams.Error.WriteLine($"{command}: {Formats.Count(prepared.Points.Count)} points × {first.RegimeIndices.Count} regimes × {Formats.Count(first.Scenario.Trials)} trials, seed {first.Scenario.Seed} at every point");
        }
        var progress = options.Quiet
            ? null
            : new ProgressDisplay(streams.Error, interactive: !Console.IsErrorRedirected && streams.Error == Console.Error,
                TimeSpan.FromSeconds(settings.ProgressIntervalSeconds));
        var result = new PointRunner().Run(prepared, options.Threads ?? Environment.ProcessorCount, settings.BlockSize, progress, cancellationToken);
        progress?.Finish();
        return new PreparedRun(prepared, result);
    }

    /// <summary>Reports a cancelled run and returns the exit code.</summary>
    public static int Finish(PreparedRun run, ConsoleStreams streams)
    {
        if (!run.Result.Partial) return ExitCodes.Ok;
        streams.Error.WriteLine($"cancelled: {run.Result.Completed.Count} of {run.Result.Requested} points completed; outputs hold those points and are marked partial.");
        return ExitCodes.Cancelled;
    }
}
