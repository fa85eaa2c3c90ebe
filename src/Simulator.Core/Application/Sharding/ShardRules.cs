using System.Globalization;
using Simulator.Diagnostics;

namespace Simulator.Application.Sharding;

/// <summary>
/// The checks --shard adds when a run or study is prepared: the option itself (environment
/// included, for auto), the folder it needs, what it cannot be combined with, and that there are
/// at least as many trials as shards.
/// </summary>
internal static class ShardRules
{
    /// <summary>
    /// The shard <paramref name="text"/> names, or null (without --shard, or with a problem added to
    /// <paramref name="problems"/>). <paramref name="conflicts"/> are the options given that a shard
    /// cannot take, each with the reason.
    /// </summary>
    public static ShardIndex? Check(string? text, string? outputFolder, IEnumerable<(string Option, string Reason)> conflicts, List<Problem> problems)
    {
        if (text is null) return null;
        var shard = ShardOption.Parse(text, Environment.GetEnvironmentVariable, out var problem);
        if (problem is not null) problems.Add(Option(ShardOption.Name, problem));
        if (outputFolder is null)
        {
            problems.Add(Option(ShardOption.Name, "needs --out DIR: each shard writes its shard file into its own folder, which merge reads"));
        }
        foreach (var (option, reason) in conflicts) problems.Add(Option(option, reason));
        return shard;
    }

    /// <summary>The shard's share of <paramref name="total"/> trials; refuses more shards than trials.</summary>
    public static ShardSlice Slice(ShardIndex shard, long total, string what)
    {
        if (shard.Count > total)
        {
            throw new InputRejectedException(ShardOption.Name, string.Create(CultureInfo.InvariantCulture,
                $"{shard.Count:N0} shards for {total:N0} {what}: every shard needs at least one trial; split into at most {total:N0} shards"));
        }
        return shard.Slice(total);
    }

    private static Problem Option(string option, string message) => new() { File = option, Message = message };
}
