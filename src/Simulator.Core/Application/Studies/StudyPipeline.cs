using System.Globalization;
using Simulator.Application.Folders;
using Simulator.Application.Observing;
using Simulator.Application.Runs;
using Simulator.Application.Scenarios;
using Simulator.Application.Sharding;
using Simulator.Diagnostics;
using Simulator.Engine;
using Simulator.Model;
using Simulator.Output;
using Simulator.Storage;
using Simulator.Studies.Sensitivity;
using Simulator.Studies.Sweeps;
using Simulator.Validation;

namespace Simulator.Application.Studies;

/// <summary>
/// Sweeps, samples and sensitivity analyses: studies that run the scenario at many points, each
/// point through the same gate as `run`. Prepare builds the design and validates every point
/// (refusing with every problem, named by point, before any runs); Execute runs the points in
/// order with progress, keeps the finished ones on cancellation, and writes the study's files.
/// With --shard, ExecuteShard runs only the shard's share of the design's trials and writes its
/// shard file; merge (Application.Merging) then writes the study's files from every shard.
/// </summary>
/// <param name="settings">Block size and progress interval.</param>
public sealed class StudyPipeline(ApplicationSettings settings)
{
    /// <summary>Most points a sample may have.</summary>
    public const int MaxSamplePoints = FactorialDesign.MaxPoints;

    /// <summary>A full factorial design over <see cref="SweepSpec.Vary"/> (or the file's sweep section).</summary>
    public StudyPlan PrepareSweep(SweepSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var axes = new List<SweepAxis>();
        var problems = new List<Problem>();
        foreach (var v in spec.Vary)
        {
            try
            {
                axes.Add(SweepAxis.Parse(v));
            }
            catch (FormatException e)
            {
                problems.Add(new Problem { File = "--vary", Message = e.Message });
            }
        }
        var common = Begin(spec.Common, problems, out var shard);
        if (spec.Vary.Count == 0) axes.AddRange(common.Gate.Load.Sweep);
        if (axes.Count == 0)
        {
            throw new InputRejectedException("--vary", $"nothing to vary: give --vary key.path=v1,v2,… or add a sweep section to {spec.Common.Scenario.DisplayName} (docs/sweeps.md)");
        }
        IReadOnlyList<DesignPoint> points;
        try
        {
            points = FactorialDesign.Points(axes);
        }
        catch (ArgumentException e)
        {
            throw new InputRejectedException("--vary", e.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
        }
        return Finish(spec.Common, common, "sweep", $"Sweep of {points.Count} points", axes.Select(a => a.Path).ToArray(), points,
            [new("design", "full factorial")], shard, spec.Vary.Select(v => Option("vary", v)).ToArray());
    }

    /// <summary>A Latin hypercube or Monte Carlo sample of the uncertain parameters.</summary>
    public StudyPlan PrepareSample(SampleSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var problems = new List<Problem>();
        new OptionRange("--points", 1, MaxSamplePoints).Check(spec.Points, problems);
        if (spec.Design is not ("lhs" or "mc")) problems.Add(new Problem { File = "--design", Message = $"must be lhs or mc; found '{spec.Design}'" });
        var common = Begin(spec.Common, problems, out var shard);
        var parameters = RequireUncertain(common, spec.Common.Scenario, "sample");
        var seed = common.Scenario.Seed;
        var rows = spec.Design == "mc" ? UnitDesigns.MonteCarlo(spec.Points, parameters.Count, seed) : UnitDesigns.LatinHypercube(spec.Points, parameters.Count, seed);
        var points = rows.Select((u, r) => new DesignPoint(r + 1, parameters.Select((p, i) => p.At(u[i])).ToArray())).ToArray();
        var label = spec.Design == "mc" ? "Monte Carlo" : "Latin hypercube";
        return Finish(spec.Common, common, "sample", $"{label} sample of {spec.Points} points over {parameters.Count} uncertain parameters",
            parameters.Select(p => p.Path).ToArray(), points, [new("design", spec.Design), .. Distributions(parameters)],
            shard, [Option("design", spec.Design), Option("points", spec.Points)]);
    }

    /// <summary>A Saltelli (Sobol) or Morris design over the uncertain parameters.</summary>
    public StudyPlan PrepareSensitivity(SensitivitySpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var problems = new List<Problem>();
        var samples = spec.Points ?? (spec.Method == SensitivityMethod.Sobol ? 32 : 10);
        new OptionRange("--points", 2, 100_000).Check(samples, problems);
        new OptionRange("--levels", 2, 100).Check(spec.Levels, problems);
        if (spec.Levels % 2 != 0) problems.Add(new Problem { File = "--levels", Message = $"must be even; found {spec.Levels}" });
        new OptionRange("--resamples", 100, 100_000).Check(spec.Resamples, problems);
        var common = Begin(spec.Common, problems, out var shard);
        var parameters = RequireUncertain(common, spec.Common.Scenario, "sensitivity");
        var study = new SensitivityStudy(parameters, spec.Method, samples, common.Scenario.Seed, spec.Levels);
        if (study.Points.Count > FactorialDesign.MaxPoints)
        {
            throw new InputRejectedException("--points", $"the design has {study.Points.Count} points; at most {FactorialDesign.MaxPoints} are allowed; lower --points");
        }
        // groups_analysed is inserted after groups_requested once the points have run.
        return Finish(spec.Common, common, "sensitivity", $"{SensitivityCsv.Name(spec.Method)} sensitivity over {parameters.Count} uncertain parameters", parameters.Select(p => p.Path).ToArray(),
            study.Points, [new("method", SensitivityCsv.Name(spec.Method)), new("output", SensitivityCsv.Name(spec.Output)),
                new("groups_requested", samples.ToString(CultureInfo.InvariantCulture)), .. Distributions(parameters)],
            shard, [Option("method", spec.Method.ToString()), Option("output", spec.Output.ToString()), Option("points", samples),
                Option("levels", spec.Levels), Option("resamples", spec.Resamples)])
            with { Sensitivity = new SensitivityPlan(study, spec.Output, spec.Resamples) };
    }

    /// <summary>Runs every point in order, then writes the study's CSV, manifest and scenario copy.</summary>
    public StudyOutcome Execute(StudyPlan plan, IRunObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Shard is not null) throw new ArgumentException("A shard's plan runs with ExecuteShard.", nameof(plan));
        observer ??= SilentObserver.Instance;
        var first = plan.Points.Points[0];
        observer.Note(string.Create(CultureInfo.InvariantCulture,
            $"{plan.Command}: {plan.Points.Points.Count:N0} points × {first.RegimeIndices.Count} regimes × {first.Scenario.Trials:N0} trials, seed {first.Scenario.Seed} at every point"));
        try
        {
            PointRunResult result;
            try
            {
                result = new PointRunner().Run(plan.Points, plan.Threads, settings.BlockSize, new ObserverProgress(observer, 0, 0, relative: true), cancellationToken);
            }
            catch (TrialLimitException e)
            {
                throw new InputRejectedException(plan.Points.Plan.DisplayName, e.Message);
            }
            observer.ProgressDone();
            return Conclude(plan, result, observer);
        }
        finally
        {
            plan.Session?.Dispose(); // the folder's lock, held since Prepare
        }
    }

    /// <summary>
    /// Runs only the shard's share of the design's trials (<see cref="StudyPlan.Shard"/>) and writes
    /// its shard file into the plan's folder; nothing when cancelled.
    /// </summary>
    public ShardOutcome ExecuteShard(StudyPlan plan, IRunObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Shard is null || plan.Session is null) throw new ArgumentException("The plan is not a shard's: prepare it with --shard and --out.", nameof(plan));
        try
        {
            return StudyShardRun.Execute(plan, plan.Session, settings, observer ?? SilentObserver.Instance, cancellationToken);
        }
        catch (TrialLimitException e)
        {
            throw new InputRejectedException(plan.Points.Plan.DisplayName, e.Message);
        }
        finally
        {
            plan.Session.Dispose(); // the folder's lock, held since Prepare
        }
    }

    /// <summary>The analysis and files of a study whose points ran (here, or in shards that a merge joined); the caller releases the folder.</summary>
    internal static StudyOutcome Conclude(StudyPlan plan, PointRunResult result, IRunObserver observer)
    {
        var indices = plan.Sensitivity is { } s ? s.Study.Analyze(result.Completed, s.Output, s.Resamples) : [];
        var written = plan.Session is { } session ? Write(plan, session, result, indices) : [];
        if (written.Count > 0) observer.Note($"wrote {string.Join(", ", written)} to {plan.Folder}");
        if (result.Partial)
        {
            observer.Note($"cancelled: {result.Completed.Count} of {result.Requested} points completed; outputs hold those points and are marked partial.");
        }
        return new StudyOutcome(plan, result, indices, written);
    }

    private static IReadOnlyList<string> Write(StudyPlan plan, FolderSession session, PointRunResult result, IReadOnlyList<SensitivityRow> indices)
    {
        var folder = session.Folder;
        var names = plan.Points.Plan.ParameterNames;
        var files = new List<string>();
        void Add(string name, Func<string, WrittenFile> write)
        {
            session.Add([write(Path.Combine(folder, name))], result.Partial);
            files.Add(name);
        }
        switch (plan.Command)
        {
            case "sweep":
                Add(OutputFiles.Sweep, path => PointsCsv.Write(path, names, result.Completed));
                Add(OutputFiles.SweepLong, path => PointsLongCsv.Write(path, names, result.Completed));
                Add(OutputFiles.SweepManifest, path => DesignManifest.Write(path, plan.Command, Manifest(plan, result, plan.Manifest)));
                break;
            case "sample":
                Add(OutputFiles.Sample, path => PointsCsv.Write(path, names, result.Completed));
                Add(OutputFiles.SampleLong, path => PointsLongCsv.Write(path, names, result.Completed));
                Add(OutputFiles.SampleManifest, path => DesignManifest.Write(path, plan.Command, Manifest(plan, result, plan.Manifest)));
                break;
            default:
                var s = plan.Sensitivity!;
                Add(OutputFiles.Sensitivity, path => SensitivityCsv.Write(path, s.Study.Method, s.Output, indices));
                Add(OutputFiles.SensitivityPoints, path => PointsCsv.Write(path, names, result.Completed));
                var analysed = new KeyValuePair<string, string>("groups_analysed", (result.Completed.Count / s.Study.GroupSize).ToString(CultureInfo.InvariantCulture));
                var manifest = plan.Manifest.Take(3).Append(analysed).Concat(plan.Manifest.Skip(3)).ToArray();
                Add(OutputFiles.SensitivityManifest, path => DesignManifest.Write(path, plan.Command, Manifest(plan, result, manifest)));
                break;
        }
        Add(OutputFiles.Scenario, path => AtomicFile.WriteAllText(path, plan.Base.SourceText));
        session.Publish(); // last: until now, readers saw none of this study's files
        return files;
    }

    private static DesignManifestContent Manifest(StudyPlan plan, PointRunResult result, IReadOnlyList<KeyValuePair<string, string>> extra) => new()
    {
        ScenarioSource = plan.Points.Plan.DisplayName,
        FirstPoint = plan.Points.Points.Count > 0 ? plan.Points.Points[0].Scenario : null,
        Overrides = plan.Points.Plan.BaseOverrides,
        Parameters = plan.Points.Plan.ParameterNames,
        Extra = extra,
        PointsRequested = result.Requested,
        PointsCompleted = result.Completed.Count,
    };

    // The checks every study shares: threads, --shard, then the scenario through the gate (problems so far included).
    private static CheckedScenario Begin(StudySpec spec, List<Problem> problems, out ShardIndex? shard)
    {
        OptionRange.Threads.Check(spec.Threads, problems);
        shard = ShardRules.Check(spec.Shard, spec.OutputFolder, [], problems);
        var overrides = spec.AllOverrides();
        var (gate, _) = ScenarioChecks.Judge(spec.Scenario, overrides, spec.Regimes);
        problems.AddRange(OverrideList.Attribute(gate.Errors, spec.Trials, spec.Seed, spec.HorizonDays));
        if (problems.Count > 0) throw new InputRejectedException(ProblemOrder.Sort(problems), gate.Warnings);
        return ScenarioChecks.Accepted(spec.Scenario, gate, overrides);
    }

    private static IReadOnlyList<UncertainParameter> RequireUncertain(CheckedScenario common, ScenarioInput input, string command)
    {
        var uncertain = common.Gate.Load.Uncertain;
        if (uncertain.Count > 0) return uncertain;
        throw new InputRejectedException(input.DisplayName,
            $"{command} needs uncertain parameters, and this scenario has none: give a value as a distribution, e.g. attack_rate: {{ uncertain: uniform, min: 0.05, max: 0.12 }} (docs/sweeps.md)");
    }

    private StudyPlan Finish(StudySpec spec, CheckedScenario common, string command, string title, IReadOnlyList<string> parameterNames,
        IReadOnlyList<DesignPoint> points, IReadOnlyList<KeyValuePair<string, string>> manifest, ShardIndex? shard,
        IReadOnlyList<KeyValuePair<string, string>> designOptions)
    {
        var plan = new PointPlan
        {
            ScenarioText = common.SourceText,
            DisplayName = spec.Scenario.DisplayName,
            BaseOverrides = common.Overrides,
            ParameterNames = parameterNames,
            Points = points,
            Regimes = spec.Regimes,
        };
        var prepared = plan.Prepare();
        if (!prepared.Succeeded)
        {
            throw new InputRejectedException([new Problem { File = command, Message = $"some points of the {command} are invalid; nothing was run:\n" + string.Join("\n", prepared.Problems) }]);
        }
        var slice = shard is { } s ? ShardRules.Slice(s, prepared.TotalTrials, "trials over the design's points") : null;
        var session = spec.OutputFolder is null ? null
            : FolderSession.Begin(spec.OutputFolder, "--out", slice is null ? command : FolderSession.ShardCommand, spec.Force, slice is null ? common.SourceText : null);
        return new StudyPlan
        {
            Session = session,
            Command = command,
            Title = title,
            Base = common,
            Points = prepared,
            Folder = session?.Folder,
            Threads = spec.Threads ?? Environment.ProcessorCount,
            Manifest = manifest,
            DesignOptions = designOptions,
            Shard = slice,
        };
    }

    private static KeyValuePair<string, string> Option(string name, object value) =>
        new(name, Convert.ToString(value, CultureInfo.InvariantCulture)!);

    private static IEnumerable<KeyValuePair<string, string>> Distributions(IReadOnlyList<UncertainParameter> parameters) =>
        parameters.Select(p => new KeyValuePair<string, string>("distribution:" + p.Path, p.Distribution.Describe()));
}
