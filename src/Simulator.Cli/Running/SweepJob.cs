using Microsoft.Extensions.Options;
using Simulator.Cli.Hosting;
using Simulator.Cli.Rendering;
using Simulator.Output;
using Simulator.Scenarios.BuiltIn;
using Simulator.Scenarios.Loading;
using Simulator.Sweeps;
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

/// <summary>A prepared plan and what running it produced.</summary>
internal sealed record PreparedRun(PreparedPlan Prepared, PointRunResult Result)
{
    public IReadOnlyList<PointResult> Completed => Result.Completed;

    public PointPlan Plan => Prepared.Plan;

    public bool Partial => Result.Partial;
}

/// <summary>The console table of a sweep or sample: one row per point and regime.</summary>
internal static class PointTables
{
    /// <summary>Rows printed; sweep.csv has them all.</summary>
    public const int MaxRows = 400;

    public static void Write(TextWriter output, string title, IReadOnlyList<string> parameterNames, PreparedRun run)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 400; // wide enough that no cell wraps
        var completed = run.Completed;
        var first = completed.Count > 0 ? completed[0].Report : null;
        var partial = run.Partial ? $" (PARTIAL: {completed.Count} of {run.Result.Requested} points completed)" : "";
        output.WriteLine(first is null
            ? $"{title}: no point completed{partial}"
            : $"{title}{partial}, scenario {first.Scenario.Name}, seed {first.Scenario.Seed} and {Formats.Count(first.TrialsCompleted)} trials per regime at every point (common random numbers)");
        if (first is null) return;
        output.WriteLine();
        var table = new Table { Border = TableBorder.Simple, Expand = false };
        table.Title = new TableTitle(Markup.Escape($"Probability the truce holds and days held, 95% intervals; change vs {first.BaselineId} paired over the same trials"));
        table.AddColumn("Pt", c => c.RightAligned());
        foreach (var name in parameterNames) table.AddColumn(Markup.Escape(ShortName(name)), c => c.RightAligned());
        table.AddColumn("Regime");
        foreach (var day in first.Days) table.AddColumn($"Holds at {Formats.Number(day, "0.###")} d", c => c.RightAligned());
        table.AddColumn("Median days", c => c.RightAligned());
        table.AddColumn("Mean days to horizon", c => c.RightAligned());
        table.AddColumn($"Change in holds at horizon", c => c.RightAligned());
        var rows = 0;
        foreach (var point in completed)
        {
            foreach (var regime in point.Report.Regimes)
            {
                if (++rows > MaxRows) break;
                var s = regime.Statistics;
                var row = new List<string> { point.Point.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                row.AddRange(point.Point.Settings.Select(x => Short(x.Value)));
                row.Add(regime.Regime.Id);
                if (s is null)
                {
                    row.AddRange(first.Days.Select(_ => ""));
                    row.AddRange(["", "", ""]);
                }
                else
                {
                    row.AddRange(s.Survival.Select(e => Formats.PercentWithInterval(e.Survival, e.Lower, e.Upper)));
                    row.Add(Formats.DaysWithInterval(s.Median.Estimate, s.Median.Lower, s.Median.Upper));
                    row.Add($"{Formats.Number(s.RestrictedMean.Estimate, "0.0")} ({Formats.Number(s.RestrictedMean.Lower, "0.0")}–{Formats.Number(s.RestrictedMean.Upper, "0.0")})");
                    var c = point.Report.Comparisons.FirstOrDefault(x => x.RegimeId == regime.Regime.Id)?.Paired.Horizon;
                    row.Add(c is null ? "baseline" : Formats.SignedPointsWithInterval(c.Difference, c.Lower, c.Upper));
                }
                table.AddRow(row.Select(Markup.Escape).ToArray());
            }
        }
        foreach (var column in table.Columns) column.NoWrap = true;
        console.Write(table);
        if (rows > MaxRows) output.WriteLine($"({rows - MaxRows} more rows in the CSV file)");
    }

    /// <summary>Long drawn numbers read to 4 significant digits (the CSV has them exactly).</summary>
    private static string Short(string value) =>
        value.Length > 6 && double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var x)
            ? x.ToString("G4", System.Globalization.CultureInfo.InvariantCulture)
            : value;

    /// <summary>The last two segments of a key path: enough to tell the columns apart.</summary>
    private static string ShortName(string path)
    {
        var parts = path.Split('.');
        return parts.Length <= 2 ? path : string.Join('.', parts[^2..]);
    }
}
