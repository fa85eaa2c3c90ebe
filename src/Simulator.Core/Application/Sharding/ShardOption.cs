using System.Globalization;

namespace Simulator.Application.Sharding;

/// <summary>
/// Reads <c>--shard</c>: <c>INDEX/COUNT</c> (INDEX from 0), <c>auto</c> (a Slurm job array's
/// SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT) or <c>auto/COUNT</c> (the index from
/// SLURM_ARRAY_TASK_ID or a Kubernetes Indexed Job's JOB_COMPLETION_INDEX, the count given, as an
/// Indexed Job tells its pods no count). A Slurm array's indices are the shard indices (submit
/// <c>--array=0-(COUNT−1)</c>); with auto/COUNT, one failed shard is rerun as <c>--array=INDEX</c>.
/// </summary>
public static class ShardOption
{
    /// <summary>The option's name, as problems name it.</summary>
    public const string Name = "--shard";

    /// <summary>Slurm: the task's index in its array.</summary>
    public const string SlurmTaskId = "SLURM_ARRAY_TASK_ID";

    /// <summary>Slurm: how many tasks the array has.</summary>
    public const string SlurmTaskCount = "SLURM_ARRAY_TASK_COUNT";

    /// <summary>Kubernetes Indexed Job: the pod's completion index.</summary>
    public const string KubernetesIndex = "JOB_COMPLETION_INDEX";

    /// <summary>
    /// The shard <paramref name="text"/> names, reading <paramref name="environment"/> for <c>auto</c>;
    /// null with <paramref name="problem"/> saying what is wrong and what to give instead.
    /// </summary>
    public static ShardIndex? Parse(string text, Func<string, string?> environment, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(environment);
        problem = null;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var indexText = slash < 0 ? text : text[..slash];
        int? count = null;
        if (slash >= 0)
        {
            if (!TryCount(text[(slash + 1)..], out var given))
            {
                problem = $"'{text}': COUNT must be a whole number from 1 to {ShardIndex.MaxCount:N0}; give INDEX/COUNT (e.g. 0/4), auto or auto/COUNT";
                return null;
            }
            count = given;
        }
        if (indexText == "auto") return FromEnvironment(text, count, environment, out problem);
        if (count is null || !int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            problem = $"'{text}' is not a shard: give INDEX/COUNT with INDEX from 0 (e.g. 0/4 … 3/4), auto (a Slurm job array) or auto/COUNT (a Kubernetes Indexed Job)";
            return null;
        }
        return Checked(text, index, count.Value, out problem);
    }

    private static ShardIndex? FromEnvironment(string text, int? count, Func<string, string?> environment, out string? problem)
    {
        problem = null;
        var slurmId = environment(SlurmTaskId);
        if (!string.IsNullOrEmpty(slurmId))
        {
            // A given count wins: a shard rerun alone (--array=INDEX) is an array of one task.
            if (!TryEnvironmentNumber(environment, SlurmTaskId, out var id, ref problem)
                || !TryEnvironmentNumber(environment, SlurmTaskCount, out var slurmCount, ref problem, fallback: count ?? -1))
            {
                return null;
            }
            var shards = count ?? slurmCount;
            if (shards < 0)
            {
                problem = $"{text}: {SlurmTaskId} is set but {SlurmTaskCount} is not; give --shard auto/COUNT";
                return null;
            }
            var shard = Checked($"{text} ({SlurmTaskId}={id})", id, shards, out problem);
            if (problem is not null) problem += $" (a Slurm array's indices are the shard indices: submit it with --array=0-{shards - 1})";
            return shard;
        }
        var podIndex = environment(KubernetesIndex);
        if (!string.IsNullOrEmpty(podIndex))
        {
            if (!TryEnvironmentNumber(environment, KubernetesIndex, out var index, ref problem)) return null;
            if (count is null)
            {
                problem = $"{text}: {KubernetesIndex}={index} gives the index but a Kubernetes Job tells its pods no count; give --shard auto/COUNT with COUNT the Job's completions";
                return null;
            }
            return Checked($"{text} ({KubernetesIndex}={index})", index, count.Value, out problem);
        }
        problem = $"{text}: neither {SlurmTaskId} (a Slurm job array) nor {KubernetesIndex} (a Kubernetes Indexed Job) is set; outside such a job give --shard INDEX/COUNT";
        return null;
    }

    private static ShardIndex? Checked(string what, int index, int count, out string? problem)
    {
        if (index < 0 || index >= count)
        {
            problem = $"{what}: shard index {index} is outside 0 to {count - 1}: INDEX counts from 0 to COUNT − 1";
            return null;
        }
        problem = null;
        return new ShardIndex(index, count);
    }

    private static bool TryCount(string text, out int count) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count >= 1 && count <= ShardIndex.MaxCount;

    private static bool TryEnvironmentNumber(Func<string, string?> environment, string name, out int value, ref string? problem, int? fallback = null)
    {
        var text = environment(name);
        if (string.IsNullOrEmpty(text) && fallback is { } f)
        {
            value = f;
            return true;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value)) return true;
        problem = $"{Name} auto: {name}='{text}' is not a whole number";
        return false;
    }
}
