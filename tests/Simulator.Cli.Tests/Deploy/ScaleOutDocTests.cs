using Simulator.Cli.Tests.Support;

namespace Simulator.Cli.Tests.Deploy;

/// <summary>docs/scale-out.md shows the Slurm recipe exactly as tests/slurm/run-array-test.sh runs it.</summary>
public sealed class ScaleOutDocTests
{
    private static readonly string Doc = File.ReadAllText(RepoPaths.Of("docs", "scale-out.md"));
    private static readonly string[] Test = File.ReadAllLines(RepoPaths.Of("tests", "slurm", "run-array-test.sh"));

    [Fact]
    public void Doc_SlurmRecipe_IsTheCommandTheSlurmTestRuns()
    {
        var arguments = Test.Single(l => l.StartsWith("run_args=(", StringComparison.Ordinal))["run_args=(".Length..^1];
        var command = Test.Single(l => l.StartsWith("deploy/slurm/run-array.sh --wait --shards 4", StringComparison.Ordinal))
            .Replace(" || status=$?", "", StringComparison.Ordinal)
            .Replace("\"$work/array\"", "results", StringComparison.Ordinal)
            .Replace("\"${run_args[@]}\"", arguments, StringComparison.Ordinal);

        Assert.Equal("deploy/slurm/run-array.sh --wait --shards 4 --out results -- run --trials 2003 --trials-csv --report", command);
        Assert.Contains(command, Doc, StringComparison.Ordinal);
    }

    [Fact]
    public void Doc_SlurmResume_RerunsTheNamedShardThenTheMergeScript_AsTheTestDoes()
    {
        Assert.Contains(Test, l => l.Contains("grep -E '^  sbatch --array=1 '", StringComparison.Ordinal) && l.Contains("sbatch --wait ", StringComparison.Ordinal));
        Assert.Contains(Test, l => l.Contains("bash \"$work/resume/slurm/merge.sh\"", StringComparison.Ordinal));
        Assert.Contains("sbatch --wait --array=1 --output=results/logs/shard-%a.out results/slurm/shard.sh", Doc, StringComparison.Ordinal);
        Assert.Contains("bash results/slurm/merge.sh", Doc, StringComparison.Ordinal);
        // What run-array.sh prints for a failed shard, which the test turns into that command.
        Assert.Contains("echo \"  sbatch --array=$i --output=$out/logs/shard-%a.out $out/slurm/shard.sh\"",
            File.ReadAllText(RepoPaths.Of("deploy", "slurm", "run-array.sh")), StringComparison.Ordinal);
    }
}
