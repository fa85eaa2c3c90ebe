using Simulator.Application.Sharding;

namespace Simulator.Tests.Application.Sharding;

public class ShardOptionTests
{
    private static ShardIndex? Parse(string text, out string? problem, params (string Name, string Value)[] environment)
    {
        var variables = environment.ToDictionary(v => v.Name, v => v.Value);
        return ShardOption.Parse(text, name => variables.GetValueOrDefault(name), out problem);
    }

    [Theory]
    [InlineData("0/1", 0, 1)]
    [InlineData("2/4", 2, 4)]
    [InlineData("99999/100000", 99_999, 100_000)]
    public void Parse_IndexSlashCount_ReadsIt(string text, int index, int count)
    {
        Assert.Equal(new ShardIndex(index, count), Parse(text, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("4/4", "shard index 4 is outside 0 to 3")]
    [InlineData("2", "is not a shard: give INDEX/COUNT with INDEX from 0")]
    [InlineData("-1/4", "is not a shard")]
    [InlineData("a/4", "is not a shard")]
    [InlineData("1/0", "COUNT must be a whole number from 1 to 100,000")]
    [InlineData("1/100001", "COUNT must be a whole number from 1 to 100,000")]
    [InlineData("1/x", "COUNT must be a whole number")]
    public void Parse_Malformed_SaysWhatToGive(string text, string expected)
    {
        Assert.Null(Parse(text, out var problem));
        Assert.Contains(expected, problem);
    }

    [Fact]
    public void Parse_AutoInASlurmArray_ReadsTheTaskIdAndCount()
    {
        Assert.Equal(new ShardIndex(3, 8), Parse("auto", out _, ("SLURM_ARRAY_TASK_ID", "3"), ("SLURM_ARRAY_TASK_COUNT", "8")));
    }

    [Fact]
    public void Parse_AutoInASlurmArrayFromOne_IsRefusedSayingHowToSubmitIt()
    {
        Assert.Null(Parse("auto", out var problem, ("SLURM_ARRAY_TASK_ID", "4"), ("SLURM_ARRAY_TASK_COUNT", "4")));
        Assert.Equal("auto (SLURM_ARRAY_TASK_ID=4): shard index 4 is outside 0 to 3: INDEX counts from 0 to COUNT − 1 "
            + "(a Slurm array's indices are the shard indices: submit it with --array=0-3)", problem);
    }

    [Fact]
    public void Parse_AutoSlashCountInAnArrayOfOneRerunTask_TakesTheGivenCount()
    {
        Assert.Equal(new ShardIndex(2, 4), Parse("auto/4", out var problem, ("SLURM_ARRAY_TASK_ID", "2"), ("SLURM_ARRAY_TASK_COUNT", "1")));
        Assert.Null(problem);
    }

    [Fact]
    public void Parse_AutoSlashCountInAKubernetesIndexedJob_ReadsTheCompletionIndex()
    {
        Assert.Equal(new ShardIndex(5, 6), Parse("auto/6", out var problem, ("JOB_COMPLETION_INDEX", "5")));
        Assert.Null(problem);
    }

    [Fact]
    public void Parse_AutoInAKubernetesIndexedJobWithoutCount_AsksForTheCount()
    {
        Assert.Null(Parse("auto", out var problem, ("JOB_COMPLETION_INDEX", "1")));
        Assert.Contains("give --shard auto/COUNT with COUNT the Job's completions", problem);
    }

    [Fact]
    public void Parse_AutoIndexBeyondTheCount_IsRefusedNamingTheVariable()
    {
        Assert.Null(Parse("auto/4", out var problem, ("JOB_COMPLETION_INDEX", "4")));
        Assert.Equal("auto/4 (JOB_COMPLETION_INDEX=4): shard index 4 is outside 0 to 3: INDEX counts from 0 to COUNT − 1", problem);
    }

    [Fact]
    public void Parse_AutoWithANonNumericVariable_NamesIt()
    {
        Assert.Null(Parse("auto", out var problem, ("SLURM_ARRAY_TASK_ID", "x"), ("SLURM_ARRAY_TASK_COUNT", "4")));
        Assert.Equal("--shard auto: SLURM_ARRAY_TASK_ID='x' is not a whole number", problem);
    }

    [Fact]
    public void Parse_AutoOutsideAnyJob_SaysWhatItReads()
    {
        Assert.Null(Parse("auto", out var problem));
        Assert.Contains("neither SLURM_ARRAY_TASK_ID (a Slurm job array) nor JOB_COMPLETION_INDEX (a Kubernetes Indexed Job) is set", problem);
    }
}
