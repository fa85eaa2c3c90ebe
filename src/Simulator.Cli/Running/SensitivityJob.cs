using Microsoft.Extensions.Options;
using Simulator.Cli.Hosting;
using Simulator.Cli.Rendering;
using Simulator.Output;
using Simulator.Storage;
using Simulator.Studies.Sensitivity;
using Simulator.Studies.Sweeps;
using Spectre.Console;

namespace Simulator.Cli.Running;

/// <summary>
/// The `sensitivity` workflow: a Saltelli (Sobol) or Morris design over the uncertain parameters,
/// each point run as in a sweep, then the indices of the chosen output for every regime, ranked, with
/// bootstrap intervals. Writes sensitivity.csv, sensitivity-points.csv (the points, as sweep.csv) and
/// sensitivity.json. Ctrl+C keeps the finished points and analyses the whole groups among them.
/// </summary>
public sealed class SensitivityJob(ConsoleStreams streams, IOptions<SimulatorSettings> settings)
{
    /// <summary>File names written into --out.</summary>
    public const string CsvFile = "sensitivity.csv", PointsFile = "sensitivity-points.csv", ManifestFile = "sensitivity.json";

    /// <summary>Runs; returns the exit code.</summary>
    public int Execute(RunOptions options, SensitivityOptions sensitivity, CancellationToken cancellationToken)
    {
        var samples = sensitivity.Points ?? (sensitivity.Method == SensitivityMethod.Sobol ? 32 : 10);
        if (samples is < 2 or > 100_000) throw new UserInputException($"--points must be between 2 and 100000 (got {samples}).");
        if (sensitivity.Levels is < 2 or > 100 || sensitivity.Levels % 2 != 0) throw new UserInputException($"--levels must be an even number between 2 and 100 (got {sensitivity.Levels}).");
        if (sensitivity.Resamples is < 100 or > 100_000) throw new UserInputException($"--resamples must be between 100 and 100000 (got {sensitivity.Resamples}).");
        var design = DesignRun.Start(options, streams);
        var parameters = DesignRun.RequireUncertain(design, "sensitivity");
        var study = new SensitivityStudy(parameters, sensitivity.Method, samples, design.Loaded.Scenario.Seed, sensitivity.Levels);
        if (study.Points.Count > FactorialDesign.MaxPoints)
        {
            throw new UserInputException($"the design has {study.Points.Count} points; at most {FactorialDesign.MaxPoints} are allowed. Lower --points.");
        }
        var plan = design.Plan(parameters.Select(p => p.Path).ToArray(), study.Points);
        var run = DesignRun.Execute(plan, "sensitivity", options, settings.Value, streams, cancellationToken);
        var rows = study.Analyze(run.Completed, sensitivity.Output, sensitivity.Resamples);
        Write(streams.Out, study, sensitivity, rows, run);
        if (design.Folder is not null)
        {
            AtomicFile.WriteAllText(Path.Combine(design.Folder, CsvFile), SensitivityCsv.Format(sensitivity.Method, sensitivity.Output, rows));
            PointsCsv.Write(Path.Combine(design.Folder, PointsFile), plan.ParameterNames, run.Completed);
            DesignManifest.Write(Path.Combine(design.Folder, ManifestFile), "sensitivity", run.Prepared, run.Result,
            [
                new("method", SensitivityCsv.Name(sensitivity.Method)),
                new("output", SensitivityCsv.Name(sensitivity.Output)),
                new("groups_requested", samples.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("groups_analysed", (run.Completed.Count / study.GroupSize).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                .. DesignRun.Distributions(parameters),
            ]);
            design.WriteScenarioCopy();
            streams.Error.WriteLine($"wrote {CsvFile}, {PointsFile}, {ManifestFile}, {OutputFiles.Scenario} to {design.Folder}");
        }
        return DesignRun.Finish(run, streams);
    }

    private static void Write(TextWriter output, SensitivityStudy study, SensitivityOptions options, IReadOnlyList<SensitivityRow> rows, PreparedRun run)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 240;
        var groups = run.Completed.Count / study.GroupSize;
        var what = options.Output switch
        {
            SensitivityOutput.Holds => "probability the truce holds at the horizon",
            SensitivityOutput.Rmst => "mean days held to the horizon",
            _ => "change in holds at the horizon vs the baseline (paired)",
        };
        var sobol = options.Method == SensitivityMethod.Sobol;
        var unit = sobol ? "base samples" : "trajectories";
        var partial = run.Partial ? $" (PARTIAL: cancelled after {run.Completed.Count} of {run.Result.Requested} points)" : "";
        output.WriteLine($"{(sobol ? "Sobol indices" : "Morris elementary effects")} of the {what}, {study.Parameters.Count} uncertain parameters, "
            + $"{groups} {unit} ({run.Completed.Count} scenario runs){partial}; 95% bootstrap intervals ({options.Resamples} resamples)");
        if (rows.Count == 0)
        {
            output.WriteLine(groups < 2 ? $"not enough finished {unit} to estimate anything (at least 2 are needed)." : "no regime has this output.");
            return;
        }
        foreach (var regime in rows.GroupBy(r => r.Regime))
        {
            output.WriteLine();
            var table = new Table { Border = TableBorder.Simple, Expand = false, Title = new TableTitle(Markup.Escape($"Regime {regime.Key}")) };
            table.AddColumn("Rank", c => c.RightAligned());
            table.AddColumn("Parameter");
            table.AddColumn("Distribution");
            if (sobol)
            {
                table.AddColumn("First-order S1", c => c.RightAligned());
                table.AddColumn("Total ST", c => c.RightAligned());
            }
            else
            {
                table.AddColumn("μ* (interval)", c => c.RightAligned());
                table.AddColumn("μ", c => c.RightAligned());
                table.AddColumn("σ", c => c.RightAligned());
            }
            foreach (var r in regime)
            {
                var cells = new List<string> { r.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Parameter.Path, r.Parameter.Distribution.Describe() };
                if (r.Sobol is { } s)
                {
                    cells.Add(Interval(s.First, s.FirstLower, s.FirstUpper));
                    cells.Add(Interval(s.Total, s.TotalLower, s.TotalUpper));
                }
                else if (r.Morris is { } m)
                {
                    cells.Add(Interval(m.MuStar, m.MuStarLower, m.MuStarUpper, "0.0000"));
                    cells.Add(Formats.Number(m.Mu, "0.0000"));
                    cells.Add(Formats.Number(m.Sigma, "0.0000"));
                }
                table.AddRow(cells.Select(Markup.Escape).ToArray());
            }
            foreach (var column in table.Columns) column.NoWrap = true;
            console.Write(table);
        }
        output.WriteLine(sobol
            ? "S1: share of the output's variance due to the parameter alone; ST: including its interactions. ST ≈ 0: the parameter does not matter here."
            : "μ*: mean absolute change of the output when the parameter moves half its range of probability; μ: its sign; σ: non-linearity or interactions.");
    }

    private static string Interval(double estimate, double lower, double upper, string format = "0.000") =>
        $"{Formats.Number(estimate, format)} ({Formats.Number(lower, format)} to {Formats.Number(upper, format)})";
}
