using System.Text.Json;
using Simulator.Application;
using Simulator.Application.Calibration;
using Simulator.Application.Observing;
using Simulator.Application.Scenarios;
using Simulator.Diagnostics;
using Simulator.Engine;
using Simulator.Loading;
using Simulator.Output;
using Simulator.Output.Manifests;
using Simulator.Results.Precision;

namespace Simulator.Tests.Application.Calibration;

public sealed class CalibrationPipelineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("calibrate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly CalibrationPipeline Pipeline = new(new ApplicationSettings { BlockSize = 512 });

    private CalibrationSpec Spec(string? csv = null, params string[] fit)
    {
        var data = Path.Combine(_folder, "data.csv");
        File.WriteAllText(data, csv ?? SyntheticDurations.Csv(SyntheticDurations.Rows(SyntheticDurations.ConstantHazard, "monitors", 100, seed: 5, horizonDays: 120)));
        return new CalibrationSpec
        {
            Scenario = ScenarioInput.Text(SyntheticDurations.ConstantHazard, "truth.yaml"),
            DataFile = data,
            DurationColumn = "days",
            EventColumn = "failed",
            Fit = fit.Length > 0 ? fit : ["armed_groups.group.attack_rate=0.01:0.2"],
            Trials = 500,
            HorizonDays = 120,
            Threads = 1,
        };
    }

    private static IReadOnlyList<Problem> Refusal(CalibrationSpec spec) => Assert.Throws<InputRejectedException>(() => Pipeline.Prepare(spec)).Problems;

    [Fact]
    public void Prepare_UnknownRegimeInGroup_NamesTheNearestRegime()
    {
        var problems = Refusal(Spec() with { GroupColumn = "group", Groups = ["monitor=a"] });

        Assert.Contains(problems, p => p.File == "--group" && p.Message.Contains("no regime 'monitor'") && p.Message.Contains("did you mean 'monitors'?"));
    }

    [Fact]
    public void Prepare_GroupWithoutColumnAndColumnWithoutGroup_AreRefused()
    {
        Assert.Contains(Refusal(Spec() with { Groups = ["monitors=a"] }), p => p.Message.Contains("needs --group-column"));
        Assert.Contains(Refusal(Spec() with { GroupColumn = "group" }), p => p.Message.Contains("needs at least one --group"));
    }

    [Fact]
    public void Prepare_EveryProblemAtOnce()
    {
        var problems = Refusal(Spec(fit: "nonsense") with { TimeUnit = "weeks", Threads = 0, DurationColumn = "dayz" });

        Assert.Contains(problems, p => p.File == "--fit");
        Assert.Contains(problems, p => p.File == "--time-unit");
        Assert.Contains(problems, p => p.File == "--threads");
    }

    [Fact]
    public void Prepare_DataProblems_NameTheFileAndLine()
    {
        var problems = Refusal(Spec("days,failed,group\n3,1,a\n4,7,a\n"));

        var problem = Assert.Single(problems);
        Assert.EndsWith("data.csv", problem.File);
        Assert.Equal(3, problem.Line);
        Assert.Equal("failed", problem.Path);
    }

    [Fact]
    public void Prepare_RangeReachingInvalidValues_IsRefusedBeforeAnyTrial()
    {
        var problems = Refusal(Spec(fit: "regimes.monitors.sensitivity=0.1:1.5"));

        var problem = Assert.Single(problems);
        Assert.Contains("the scenario is invalid at regimes.monitors.sensitivity=1.5; narrow the range", problem.Message);
    }

    [Fact]
    public void Prepare_UnknownKeyPath_IsRefusedWithTheLoadersMessage()
    {
        var problems = Refusal(Spec(fit: "armed_groups.group.atack_rate=0.01:0.2"));

        Assert.Contains(problems, p => p.Message.Contains("attack_rate"));
    }

    [Fact]
    public void Prepare_NothingToFit_SaysHowToGiveIt()
    {
        var problem = Assert.Single(Refusal(Spec() with { Fit = [] }));

        Assert.Contains("nothing to fit", problem.Message);
    }

    [Fact]
    public void Prepare_NoRowOfTheGroupsAskedFor_IsRefused()
    {
        var problems = Refusal(Spec() with { GroupColumn = "group", Groups = ["monitors=zzz"] });

        Assert.Contains("no data rows that match the filters and groups asked for", Assert.Single(problems).Message);
    }

    [Fact]
    public void Prepare_LongerObservations_AreCensoredAtTheHorizon()
    {
        var plan = Pipeline.Prepare(Spec("days,failed,group\n50,1,a\n300,1,a\n500,0,a\n") with { HorizonDays = 200 });

        var group = Assert.Single(plan.Groups);
        Assert.Equal(1, group.Events);
        Assert.Equal(2, group.CensoredAtHorizon);
        Assert.Equal(200, group.Observations.Times[^1]);
    }

    [Fact]
    public void Execute_WithFolder_WritesCalibratedScenarioThatLoadsAsTheFit()
    {
        var spec = Spec() with { OutputFolder = Path.Combine(_folder, "out") };
        var outcome = Pipeline.Execute(Pipeline.Prepare(spec));

        foreach (var name in new[] { OutputFiles.Calibrated, OutputFiles.Calibration, OutputFiles.CalibrationCurves, OutputFiles.Summary, OutputFiles.Survival })
        {
            Assert.Contains(name, outcome.FilesWritten);
            Assert.True(File.Exists(Path.Combine(spec.OutputFolder!, name)), name);
        }
        var calibrated = File.ReadAllText(Path.Combine(spec.OutputFolder!, OutputFiles.Calibrated));
        Assert.StartsWith("# Calibrated ", calibrated);
        Assert.Contains("# Command: truce-sim calibrate truth.yaml --data ", calibrated);
        var reloaded = ScenarioLoader.LoadText(calibrated, OutputFiles.Calibrated);
        Assert.True(reloaded.Succeeded, string.Join("\n", reloaded.Errors));
        Assert.Equal(outcome.Result!.CalibratedHash, ScenarioHash.Compute(reloaded.Scenario!));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(spec.OutputFolder!, OutputFiles.Calibration)));
        var parameter = json.RootElement.GetProperty("parameters")[0];
        Assert.Equal("armed_groups.group.attack_rate", parameter.GetProperty("path").GetString());
        Assert.Equal(outcome.Result.Parameters[0].Estimate, parameter.GetProperty("estimate").GetDouble());
        Assert.True(parameter.GetProperty("lower95").GetDouble() < parameter.GetProperty("upper95").GetDouble());
        // The folder's run is the fitted point itself: same scenario, seed and trials.
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(spec.OutputFolder!, OutputFiles.Summary)));
        Assert.Equal(outcome.Result.CalibratedHash, summary.RootElement.GetProperty("scenario").GetProperty("hash").GetString());
        // One manifest lists every file, the run's under run and calibrate's own under calibrate, each as written.
        var folder = TrustedFolder.Open(spec.OutputFolder!);
        Assert.Equal(outcome.FilesWritten.Order(StringComparer.Ordinal), folder.Manifest.Files.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal("run", folder.Manifest.Find(OutputFiles.Summary)!.WrittenBy);
        Assert.Equal("calibrate", folder.Manifest.Find(OutputFiles.Calibration)!.WrittenBy);
        foreach (var entry in folder.Manifest.Files) Assert.Equal(entry.Bytes, folder.ReadAllBytes(entry.Name).Length);
        Assert.False(File.Exists(Path.Combine(spec.OutputFolder!, OutputFiles.Lock))); // released when Execute ended
    }

    [Fact]
    public void Execute_Cancelled_KeepsTheBestPointSoFarMarkedPartial()
    {
        using var cancel = new CancellationTokenSource();
        var spec = Spec() with { OutputFolder = Path.Combine(_folder, "cancelled") };
        var plan = Pipeline.Prepare(spec);

        var outcome = Pipeline.Execute(plan, new CancelAfter(cancel, points: 5), cancel.Token);

        Assert.True(outcome.Partial);
        Assert.True(outcome.Result!.Partial);
        Assert.InRange(outcome.Result.Evaluations, 1, 6);
        Assert.Contains(OutputFiles.Calibration, outcome.FilesWritten);
        Assert.DoesNotContain(OutputFiles.Summary, outcome.FilesWritten);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(spec.OutputFolder!, OutputFiles.Calibration)));
        Assert.True(json.RootElement.GetProperty("partial").GetBoolean());
        Assert.Contains("CANCELLED", File.ReadAllText(Path.Combine(spec.OutputFolder!, OutputFiles.Calibrated)));
        var manifest = ManifestFile.TryRead(spec.OutputFolder!)!;
        Assert.True(manifest.Partial);
        Assert.All(manifest.Files, f => Assert.True(f.Partial, f.Name));
    }

    [Fact]
    public void Execute_CancelledBeforeAnyPoint_WritesNothing()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var spec = Spec() with { OutputFolder = Path.Combine(_folder, "nothing") };

        var outcome = Pipeline.Execute(Pipeline.Prepare(spec), null, cancel.Token);

        Assert.True(outcome.Partial);
        Assert.Null(outcome.Result);
        Assert.Empty(outcome.FilesWritten);
    }

    [Fact]
    public void Execute_ValueTheRegimesDoNotUse_IsNamed()
    {
        var notes = new Notes();
        var spec = Spec(fit: "principals.host.remedy.duration_days=1:30");

        Pipeline.Execute(Pipeline.Prepare(spec), notes);

        Assert.Contains(notes.Lines, n => n.Contains("the deviance is the same at every point tried"));
    }

    // Cancels once the given number of points have finished (each point ends its progress with the last block).
    private sealed class CancelAfter(CancellationTokenSource source, int points) : IRunObserver
    {
        private int _done;

        public void Progress(RunProgress progress)
        {
            if (progress.CompletedTrials % 500 == 0 && ++_done >= points) source.Cancel();
        }

        public void Warnings(IReadOnlyList<Problem> warnings) { }
        public void ProgressDone() { }
        public void Note(string message) { }
        public void PrecisionChecked(PrecisionCheck check, PrecisionGoal goal) { }
    }

    private sealed class Notes : IRunObserver
    {
        public List<string> Lines { get; } = [];
        public void Note(string message) => Lines.Add(message);
        public void Warnings(IReadOnlyList<Problem> warnings) { }
        public void Progress(RunProgress progress) { }
        public void ProgressDone() { }
        public void PrecisionChecked(PrecisionCheck check, PrecisionGoal goal) { }
    }
}
