using System.Globalization;
using Simulator.Checkpoints;
using Simulator.Diagnostics;
using Simulator.Engine;
using Simulator.Output.Manifests;
using Simulator.Storage;

namespace Simulator.Application.Merging;

/// <summary>
/// Reads the shard folders of a merge, each only through its manifest (<see cref="TrustedFolder"/>:
/// no link, no special file, every byte as recorded), and refuses, naming each folder, what would not
/// give the single run's bytes: a folder without a finished shard (or with a file changed since), shards of another run (engine version,
/// command, seed, trials, scenario, overrides, regimes, design), a shard given twice, shards that
/// overlap, and trials no shard covers (the missing shards by index when every shard has the same count).
/// </summary>
internal static class ShardSet
{
    public static IReadOnlyList<ShardSource> Read(IReadOnlyList<string> folders)
    {
        var problems = new List<Problem>();
        var shards = new List<ShardSource>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var full = Path.GetFullPath(folder);
            if (!seen.TryAdd(full, folder))
            {
                problems.Add(Problem(folder, seen[full] == folder ? "given twice: give each shard folder once" : $"given twice (also as '{seen[full]}'): give each shard folder once"));
                continue;
            }
            if (!Directory.Exists(full))
            {
                problems.Add(Problem(folder, "is not a folder: give each shard's --out folder"));
                continue;
            }
            try
            {
                shards.Add(Open(full));
            }
            catch (CheckpointException e)
            {
                problems.Add(Problem(folder, e.Message));
            }
            catch (UnsafeFileException e)
            {
                problems.Add(Problem(folder, e.Message));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(Problem(folder, $"{ShardFile.PathIn(full)}: cannot be read: {e.Message}"));
            }
        }
        if (problems.Count == 0) problems.AddRange(Differences(shards));
        if (problems.Count == 0) problems.AddRange(Coverage(shards));
        if (problems.Count > 0) throw new InputRejectedException(problems, null, $"{problems.Count} problem(s) with the shards; nothing was merged.");
        return shards.OrderBy(s => s.Record.RangeStart).ToArray();
    }

    // A shard folder read only through its manifest (written after the shard's files): shard.bin as it
    // lists it, never through a link, checked against its length and SHA-256 while it is read.
    private static ShardSource Open(string folder)
    {
        var path = ShardFile.PathIn(folder);
        if (ManifestFile.TryRead(folder) is null) throw ShardFile.Missing(path);
        var files = TrustedFolder.Open(folder);
        if (files.Manifest.Find(ShardFile.Name) is not { } entry || SafeFile.KindOf(path) == FileKind.Missing) throw ShardFile.Missing(path);
        if (entry.Bytes > ShardFormat.MaxBytes)
        {
            throw new CheckpointException($"{path}: {entry.Bytes} bytes, larger than any shard file ({ShardFormat.MaxBytes} bytes)");
        }
        return new ShardSource(folder, ShardFile.Decode(files.ReadAllBytes(ShardFile.Name), path), files);
    }

    // Every shard against the first: the same run, by the engine that merges.
    private static IEnumerable<Problem> Differences(List<ShardSource> shards)
    {
        var first = shards[0];
        var a = first.Record;
        if (a.EngineVersion != EngineVersion.Current)
        {
            yield return Problem(first.Folder, $"shard {a.Label} was run by engine version {a.EngineVersion}; this merge is {EngineVersion.Current}: merge with the version that ran the shards, or run them again");
        }
        foreach (var shard in shards.Skip(1))
        {
            var b = shard.Record;
            string? difference =
                b.EngineVersion != a.EngineVersion ? $"another engine version ({b.EngineVersion}, not {a.EngineVersion})"
                : b.Command != a.Command ? $"another command ({b.Command}, not {a.Command})"
                : b.Seed != a.Seed ? $"another seed ({b.Seed}, not {a.Seed})"
                : b.Trials != a.Trials || b.TotalTrials != a.TotalTrials ? string.Create(CultureInfo.InvariantCulture, $"another trial count ({b.TotalTrials:N0} trials, not {a.TotalTrials:N0})")
                : b.ScenarioHash != a.ScenarioHash || b.ScenarioText != a.ScenarioText || b.ScenarioSource != a.ScenarioSource
                    ? $"another scenario ({b.ScenarioSource}, hash {b.ScenarioHash[..12]}…, not {a.ScenarioSource}, hash {a.ScenarioHash[..12]}…)"
                : !b.Overrides.SequenceEqual(a.Overrides) ? $"other overrides ({Join(b.Overrides)}, not {Join(a.Overrides)})"
                : !b.RegimeIds.SequenceEqual(a.RegimeIds) ? $"other regimes ({string.Join(", ", b.RegimeIds)}, not {string.Join(", ", a.RegimeIds)})"
                : !b.StudyOptions.SequenceEqual(a.StudyOptions) || b.DesignHash != a.DesignHash || b.Points != a.Points ? "another design (its study options differ)"
                : b.TrialsCsv != a.TrialsCsv ? $"{(b.TrialsCsv ? "" : "no ")}trials.csv where the other has {(a.TrialsCsv ? "one" : "none")} (run every shard with or every shard without --trials-csv)"
                : null;
            if (difference is not null)
            {
                yield return Problem(shard.Folder, $"shard {b.Label} is of {difference} than {first.Folder} (shard {a.Label}): merge only the shards of one run");
            }
        }
    }

    // The shares must tile [0, total) exactly: no trial twice, none left out.
    private static IEnumerable<Problem> Coverage(List<ShardSource> shards)
    {
        var total = shards[0].Record.TotalTrials;
        var sameCount = shards.All(s => s.Record.ShardCount == shards[0].Record.ShardCount);
        var ordered = shards.OrderBy(s => s.Record.RangeStart).ThenBy(s => s.Record.RangeEnd).ToList();
        long covered = 0;
        ShardSource? previous = null;
        foreach (var shard in ordered)
        {
            var r = shard.Record;
            if (previous is not null && r.RangeStart < covered)
            {
                var p = previous.Record;
                yield return r.ShardIndex == p.ShardIndex && r.ShardCount == p.ShardCount
                    ? Problem(shard.Folder, $"shard {r.Label} is duplicated: {previous.Folder} holds it too; give each shard once")
                    : Problem(shard.Folder, string.Create(CultureInfo.InvariantCulture,
                        $"shard {r.Label} overlaps shard {p.Label} of {previous.Folder} on trials {r.RangeStart:N0} to {Math.Min(covered, r.RangeEnd) - 1:N0}: merge the shards of one split (the same COUNT)"));
            }
            else if (r.RangeStart > covered)
            {
                foreach (var problem in Missing(covered, r.RangeStart, total, sameCount ? r.ShardCount : null, shard.Folder)) yield return problem;
            }
            covered = Math.Max(covered, r.RangeEnd);
            previous = shard;
        }
        if (covered < total)
        {
            foreach (var problem in Missing(covered, total, total, sameCount ? shards[0].Record.ShardCount : null, "merge")) yield return problem;
        }
    }

    private static IEnumerable<Problem> Missing(long from, long to, long total, int? count, string where)
    {
        if (count is not { } n)
        {
            yield return Problem(where, string.Create(CultureInfo.InvariantCulture, $"no shard covers trials {from:N0} to {to - 1:N0} of {total:N0}: give the missing shards' folders"));
            yield break;
        }
        for (var i = 0; i < n; i++)
        {
            var slice = new Sharding.ShardIndex(i, n).Slice(total);
            if (slice.Start >= from && slice.End <= to)
            {
                yield return Problem("merge", string.Create(CultureInfo.InvariantCulture,
                    $"shard {i}/{n} is missing (trials {slice.Start:N0} to {slice.End - 1:N0} of {total:N0}): give its folder, or run it again with the same options and --shard {i}/{n}"));
            }
        }
    }

    private static string Join(string[] overrides) => overrides.Length == 0 ? "none" : string.Join(" ", overrides);

    private static Problem Problem(string where, string message) => new() { File = where, Message = message };
}
