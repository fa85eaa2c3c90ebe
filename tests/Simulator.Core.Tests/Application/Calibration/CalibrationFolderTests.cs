using Simulator.Application;
using Simulator.Application.Calibration;
using Simulator.Application.Scenarios;
using Simulator.Output;
using Simulator.Storage;

namespace Simulator.Tests.Application.Calibration;

/// <summary>calibrate's --out as every writer's folder: one writer, a folder of its own (--force to replace), the lock held by the plan.</summary>
public sealed class CalibrationFolderTests : IDisposable
{
    private static readonly CalibrationPipeline Pipeline = new(new ApplicationSettings { BlockSize = 512 });

    private readonly string _folder = Directory.CreateTempSubdirectory("calibrate-folder-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Out => Path.Combine(_folder, "out");

    private CalibrationSpec Spec()
    {
        var data = Path.Combine(_folder, "data.csv");
        File.WriteAllText(data, SyntheticDurations.Csv(SyntheticDurations.Rows(SyntheticDurations.ConstantHazard, "monitors", 50, seed: 5, horizonDays: 120)));
        return new CalibrationSpec
        {
            Scenario = ScenarioInput.Text(SyntheticDurations.ConstantHazard, "truth.yaml"),
            DataFile = data,
            DurationColumn = "days",
            EventColumn = "failed",
            Fit = ["armed_groups.group.attack_rate=0.01:0.2"],
            Trials = 200,
            HorizonDays = 120,
            Threads = 1,
            OutputFolder = Out,
        };
    }

    [Fact]
    public void Prepare_FolderAnotherWriterHolds_IsRefusedNamingIt()
    {
        Directory.CreateDirectory(Out);
        using var held = FolderLock.Acquire(Out);

        var e = Assert.Throws<InputRejectedException>(() => Pipeline.Prepare(Spec()));

        Assert.Contains("is in use by another process", Assert.Single(e.Problems).Message);
    }

    [Fact]
    public void Prepare_PlanNeverExecuted_HoldsTheFolderUntilDisposed()
    {
        var plan = Pipeline.Prepare(Spec());
        Assert.Throws<FolderBusyException>(() => FolderLock.Acquire(Out).Dispose());

        plan.Dispose();

        FolderLock.Acquire(Out).Dispose();
    }

    [Fact]
    public void Prepare_FolderWithEarlierOutputs_IsRefusedWithoutForce_AndClearedWithIt()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, OutputFiles.Sweep), "point\n"); // any command's output: calibrate wants a folder of its own

        var e = Assert.Throws<InputRejectedException>(() => Pipeline.Prepare(Spec()));
        Assert.Contains("calibrate writes a folder of its own", Assert.Single(e.Problems).Message);
        Assert.True(File.Exists(Path.Combine(Out, OutputFiles.Sweep)));

        Pipeline.Prepare(Spec() with { Force = true }).Dispose();
        Assert.False(File.Exists(Path.Combine(Out, OutputFiles.Sweep)));
    }
}
