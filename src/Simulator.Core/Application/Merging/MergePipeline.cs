using Simulator.Application.Folders;
using Simulator.Application.Observing;
using Simulator.Application.Reporting;
using Simulator.Application.Runs;
using Simulator.Application.Scenarios;
using Simulator.Application.Sharding;
using Simulator.Application.Studies;
using Simulator.Checkpoints;
using Simulator.Storage;

namespace Simulator.Application.Merging;

/// <summary>
/// `merge SHARD_DIR… --out DIR`: joins the shards of one run (or study) into exactly the files the
/// single run writes. <see cref="Prepare"/> reads every shard file, refuses a set that is not one
/// whole run (<see cref="ShardSet"/>), and builds the single run's plan again from the scenario and
/// options the shards carry, through the same gate; <see cref="Execute"/> adds the exact tallies and
/// writes the outputs through the writers `run` and the studies use.
/// </summary>
/// <param name="settings">Block size (a study's plan is built with it; results do not depend on it).</param>
/// <param name="reports">Writes report.html and charts when asked (null: refuse such merges).</param>
public sealed class MergePipeline(ApplicationSettings settings, IReportWriter? reports = null)
{
    /// <summary>
    /// Checks the shards and builds the plan; throws <see cref="InputRejectedException"/> naming every
    /// problem. Writes nothing but the output folder's creation (and, with --force, the removal of its
    /// earlier outputs). The plan holds --out's lock: execute it or dispose it.
    /// </summary>
    public MergePlan Prepare(MergeSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.ShardFolders.Count == 0) throw new InputRejectedException("merge", "give the shard folders to merge (each shard's --out), e.g. merge out/shards/* --out out");
        if ((spec.Report || spec.Plots) && reports is null) throw new InputRejectedException("--report", "this front end cannot write reports");
        var shards = ShardSet.Read(spec.ShardFolders);
        var output = Path.GetFullPath(spec.OutputFolder);
        if (shards.FirstOrDefault(s => s.Folder == output) is { } clash)
        {
            throw new InputRejectedException("--out", $"'{spec.OutputFolder}' is one of the shard folders ({clash.Record.Label}); write the merge into another folder, e.g. the shards' parent");
        }
        var first = shards[0].Record;
        if (first.Command != "run" && (spec.Report || spec.Plots))
        {
            throw new InputRejectedException(spec.Report ? "--report" : "--plots", $"a {first.Command} has no report or charts; merge writes them for the shards of a run");
        }
        // Last: the plan holds --out's one-writer lock from here until Execute ends (or it is disposed).
        return first.Command == "run" ? ForRun(spec, shards, first) : ForStudy(spec, shards, first);
    }

    /// <summary>Merges the shards and writes the single run's (or study's) outputs into the plan's folder.</summary>
    public MergeOutcome Execute(MergePlan plan, IRunObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        observer ??= SilentObserver.Instance;
        try
        {
            return plan.Run is not null
                ? new MergeOutcome(plan, RunMerge.Execute(plan, reports, observer, cancellationToken), null)
                : new MergeOutcome(plan, null, StudyMerge.Execute(plan, settings, observer, cancellationToken));
        }
        finally
        {
            plan.Dispose(); // --out's lock, held since Prepare
        }
    }

    private MergePlan ForRun(MergeSpec spec, IReadOnlyList<ShardSource> shards, ShardRecord first)
    {
        var scenario = ScenarioChecks.Require(ScenarioInput.Text(first.ScenarioText, first.ScenarioSource), first.Overrides, first.RegimeIds);
        Agree(shards, scenario.Hash == first.ScenarioHash && DesignHash.Of([scenario.Hash]) == first.DesignHash && scenario.Scenario.Trials == first.TotalTrials,
            [first.TotalTrials]);
        if (first.TrialsCsv) RequireTrialsCsv(shards);
        var session = FolderSession.Begin(spec.OutputFolder, "--out", "merge", spec.Force, scenario.SourceText);
        var folder = session.Folder;
        var run = new RunPlan
        {
            Session = session,
            Scenario = scenario,
            Request = RunPreparation.Request(scenario, null, settings),
            Folder = folder,
            TrialsCsv = first.TrialsCsv,
            Report = spec.Report,
            Plots = spec.Plots,
            SurvivalRows = spec.SurvivalRows,
        };
        return new MergePlan { Command = first.Command, Shards = shards, Folder = folder, Run = run };
    }

    private MergePlan ForStudy(MergeSpec spec, IReadOnlyList<ShardSource> shards, ShardRecord first)
    {
        var study = StudyRecipe.Prepare(new StudyPipeline(settings), first, spec.OutputFolder, spec.Force);
        try
        {
            var points = study.Points.Points;
            var trialsPerPoint = points.Select(p => (long)p.Scenario.Trials).ToArray();
            var same = study.Base.Hash == first.ScenarioHash && points.Count == first.Points && trialsPerPoint.Sum() == first.TotalTrials
                && DesignHash.Of(points.Select(p => p.Hash)) == first.DesignHash;
            Agree(shards, same, trialsPerPoint);
            return new MergePlan { Command = first.Command, Shards = shards, Folder = study.Folder!, Study = study };
        }
        catch
        {
            study.Dispose(); // the lock the study's preparation took on --out
            throw;
        }
    }

    // The plan built again must be the one the shards ran, and each shard's parts the cut of the share its index names.
    private static void Agree(IReadOnlyList<ShardSource> shards, bool samePlan, IReadOnlyList<long> trialsPerPoint)
    {
        if (!samePlan)
        {
            throw new InputRejectedException(shards[0].Folder,
                "the scenario and options the shards carry do not build the design they ran (another engine build?): run the shards again with this program");
        }
        foreach (var shard in shards)
        {
            var r = shard.Record;
            var slice = new ShardIndex(r.ShardIndex, r.ShardCount).Slice(r.TotalTrials);
            var actual = r.Parts.Select(p => (p.Point, p.FirstTrial, p.Trials)).ToArray();
            if (slice.Start != r.RangeStart || slice.Length != r.RangeLength || !slice.Parts(trialsPerPoint).SequenceEqual(actual)) throw Inconsistent(shard);
        }
    }

    // Every shard's trials.csv is there, as long as its shard file says, before anything is written.
    private static void RequireTrialsCsv(IReadOnlyList<ShardSource> shards)
    {
        var problems = new List<Diagnostics.Problem>();
        foreach (var shard in shards)
        {
            var file = Path.Combine(shard.Folder, Output.OutputFiles.Trials);
            string? why;
            try
            {
                var length = SafeFile.KindOf(file) == FileKind.Missing || !shard.Files.Has(Output.OutputFiles.Trials) ? (long?)null : SafeLength(file);
                why = length is not { } n ? "is missing" : n != shard.Record.TrialsCsvBytes ? $"holds {n} bytes; its shard file recorded {shard.Record.TrialsCsvBytes}" : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                why = e is UnsafeFileException ? e.Message : $"cannot be read ({e.Message})";
            }
            if (why is not null)
            {
                problems.Add(new Diagnostics.Problem { File = file, Message = $"{why}: the shards ran with --trials-csv; run shard {shard.Record.Label} again with it" });
            }
        }
        if (problems.Count > 0) throw new InputRejectedException(problems, null, $"{problems.Count} problem(s) with the shards' trials.csv; nothing was merged.");
    }

    // The length of a regular file, opened without following a link.
    private static long SafeLength(string path)
    {
        using var stream = SafeFile.OpenRead(path);
        return stream.Length;
    }

    private static InputRejectedException Inconsistent(ShardSource shard) =>
        new(shard.Folder, $"shard {shard.Record.Label}'s tallies do not cover the share it names: run it again");
}
