using Simulator.Application.Studies;
using Simulator.Studies.Sensitivity;
using Simulator.Tests.Support;

namespace Simulator.Tests.Application.Merging;

/// <summary>
/// Shards of a sweep, a sample and a sensitivity analysis, merged: the study's own files, byte for
/// byte, with shares that cut points apart (a study's trials are counted over its points).
/// </summary>
public sealed class StudyMergeTests : IDisposable
{
    private readonly ShardWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    public static TheoryData<string, int> Studies() => new()
    {
        { "sweep", 1 },
        { "sweep", 5 },
        { "sample", 4 },
        { "sobol", 7 },
        { "morris", 3 },
    };

    [Theory]
    [MemberData(nameof(Studies))]
    public void Merge_ShardsOfAStudy_WriteTheStudysBytes(string study, int count)
    {
        var prepare = Prepare(study);
        _work.Study(prepare, "whole");
        for (var i = 0; i < count; i++) _work.Study(prepare, $"shard-{i}", $"{i}/{count}");

        var merged = _work.Merge("merged", Enumerable.Range(0, count).Select(i => _work.Of($"shard-{i}")).ToArray());

        var files = Directory.GetFiles(_work.Of("whole")).Select(Path.GetFileName).ToArray();
        Assert.True(files.Length >= 4, string.Join(", ", files));
        Assert.Equal(files!.Where(f => f != "manifest.json").Order(), merged.FilesWritten.Order());
        ShardWorkspace.AssertSameBytes(_work.Of("whole"), merged.Plan.Folder, files!); // the manifest too: the same files, listed alike
        Assert.Null(merged.Run);
        Assert.NotNull(merged.Study);
    }

    [Fact]
    public void Merge_ShardsOfStudiesWithOtherOptions_AreRefused()
    {
        _work.Study(Prepare("sample"), "a", "0/2");
        _work.Study((pipeline, common) => pipeline.PrepareSample(new SampleSpec(common with { Trials = 40 }, "mc", 6)), "b", "1/2");

        Assert.Contains("shard 1/2 is of another design (its study options differ)", _work.Refusal(_work.Of("a"), _work.Of("b")));
    }

    [Fact]
    public void Merge_ShardsOfARunAndOfAStudy_AreRefused()
    {
        _work.Study(Prepare("sweep"), "a", "0/2");
        _work.Run("b", 240, "1/2", trialsCsv: false);

        Assert.Contains("shard 1/2 is of another command (run, not sweep)", _work.Refusal(_work.Of("a"), _work.Of("b")));
    }

    // Small designs of the built-in scenario: few trials per point, so shards cut points apart.
    private static Func<StudyPipeline, StudySpec, StudyPlan> Prepare(string study) => study switch
    {
        "sweep" => (pipeline, common) => pipeline.PrepareSweep(new SweepSpec(common with { Trials = 40 }, ["escalation.decay_days=5,10,20"])),
        "sample" => (pipeline, common) => pipeline.PrepareSample(new SampleSpec(common with { Trials = 40 }, "lhs", 6)),
        "sobol" => (pipeline, common) => pipeline.PrepareSensitivity(new SensitivitySpec { Common = common with { Trials = 30 }, Method = SensitivityMethod.Sobol, Points = 2, Resamples = 100 }),
        _ => (pipeline, common) => pipeline.PrepareSensitivity(new SensitivitySpec { Common = common with { Trials = 30 }, Method = SensitivityMethod.Morris, Points = 2, Output = SensitivityOutput.Rmst, Resamples = 100 }),
    };
}
