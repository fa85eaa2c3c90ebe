using Simulator.Cli.Tests.Support;

namespace Simulator.Cli.Tests.Sharding;

/// <summary>
/// `run --shard` and `merge` as a user (or a cluster's job script) calls them: the built program,
/// shards in their own folders, the merge's files and console table equal to the single run's.
/// </summary>
public sealed class ShardCliTests : IDisposable
{
    private static readonly string[] RunFiles = ["summary.json", "scenario.yaml", "survival.csv", "comparisons.csv", "comparisons-by-day.csv", "causes.csv", "trials.csv", "trials.parquet", "report.html"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task RunShardsThenMerge_WriteTheSingleRunsFilesAndTable()
    {
        var single = await RunAsync(["run", "--trials", "1501", "--out", _temp.Of("single"), "--trials-parquet", "--report", "--quiet"]);
        for (var i = 0; i < 4; i++)
        {
            var shard = await RunAsync(["run", "--trials", "1501", "--shard", $"{i}/4", "--out", _temp.Of($"shards/{i}"), "--trials-csv", "--quiet"]);
            Assert.Equal("", shard.Stdout); // a shard's statistics are partial: the table comes from merge
            Assert.Contains($"shard {i}/4: trials ", shard.Stderr, StringComparison.Ordinal);
        }

        var merged = await RunAsync(["merge", _temp.Of("shards/3"), _temp.Of("shards/1"), _temp.Of("shards/0"), _temp.Of("shards/2"), "--out", _temp.Of("merged"), "--report", "--trials-parquet"]);

        Assert.Equal(single.Stdout, merged.Stdout);
        Assert.Contains("merged 4 shards (1,501 trials)", merged.Stderr, StringComparison.Ordinal);
        foreach (var file in RunFiles) CliAssert.SameOutput(_temp.Of($"single/{file}"), _temp.Of($"merged/{file}"));
        Assert.Empty(_temp.LeftoverTemporaryFiles());
    }

    [Theory]
    [InlineData("auto", "SLURM_ARRAY_TASK_ID=2", "SLURM_ARRAY_TASK_COUNT=3")]
    [InlineData("auto/3", "SLURM_ARRAY_TASK_ID=2", "SLURM_ARRAY_TASK_COUNT=1")]
    [InlineData("auto/3", "JOB_COMPLETION_INDEX=2")]
    public async Task RunShardAuto_InAJobArray_RunsTheShardItsEnvironmentNames(string shard, params string[] environment)
    {
        await RunAsync(["run", "--trials", "300", "--shard", "2/3", "--out", _temp.Of("given"), "--quiet"]);
        var variables = environment.Select(e => e.Split('=')).ToDictionary(e => e[0], e => e[1]);

        await RunAsync(["run", "--trials", "300", "--shard", shard, "--out", _temp.Of("auto"), "--quiet"], variables);

        Assert.Equal(File.ReadAllBytes(_temp.Of("given/shard.bin")), File.ReadAllBytes(_temp.Of("auto/shard.bin")));
    }

    [Fact]
    public async Task RunShardAuto_OutsideAnyJob_Exits2SayingWhatItReads()
    {
        var result = await SimulatorProcess.RunAsync(["run", "--shard", "auto", "--out", _temp.Of("x")], _temp.Path);

        CliAssert.ExitCode(2, result);
        CliAssert.NoStackTrace(result);
        Assert.Contains("error: --shard: auto: neither SLURM_ARRAY_TASK_ID (a Slurm job array) nor JOB_COMPLETION_INDEX", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_AShardMissing_Exits2NamingIt()
    {
        await RunAsync(["run", "--trials", "300", "--shard", "0/2", "--out", _temp.Of("0"), "--quiet"]);

        var result = await SimulatorProcess.RunAsync(["merge", _temp.Of("0"), "--out", _temp.Of("merged")], _temp.Path);

        CliAssert.ExitCode(2, result);
        CliAssert.NoStackTrace(result);
        Assert.Contains("error: merge: shard 1/2 is missing (trials 150 to 299 of 300): give its folder, or run it again with the same options and --shard 1/2", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.Of("merged/summary.json")));
    }

    [Fact]
    public async Task SweepShardsThenMerge_WriteTheSweepsFilesAndTable()
    {
        string[] sweep = ["sweep", "--vary", "escalation.decay_days=5,20", "--trials", "150", "--quiet"];
        var single = await RunAsync([.. sweep, "--out", _temp.Of("single")]);
        for (var i = 0; i < 3; i++) await RunAsync([.. sweep, "--shard", $"{i}/3", "--out", _temp.Of($"shards/{i}")]);

        var merged = await RunAsync(["merge", _temp.Of("shards/0"), _temp.Of("shards/1"), _temp.Of("shards/2"), "--out", _temp.Of("merged")]);

        Assert.Equal(single.Stdout, merged.Stdout);
        foreach (var file in new[] { "sweep.csv", "sweep-long.csv", "sweep.json", "scenario.yaml" })
        {
            Assert.True(File.ReadAllBytes(_temp.Of($"single/{file}")).AsSpan().SequenceEqual(File.ReadAllBytes(_temp.Of($"merged/{file}"))), $"{file} differs");
        }
    }

    private async Task<ProcessResult> RunAsync(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var result = await SimulatorProcess.RunAsync(args, _temp.Path, environment: environment);
        CliAssert.ExitCode(0, result);
        return result;
    }
}
