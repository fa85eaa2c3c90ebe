using Simulator.Output;
using Simulator.Output.Manifests;
using Simulator.Storage;

namespace Simulator.Application.Folders;

/// <summary>
/// One command's hold on an output folder, from its checks to its last file: the folder's
/// one-writer lock (a second run, resume, study, report or merge into it is refused, naming the
/// holder), the earlier outputs it replaces, and the manifest it publishes last, listing every
/// file with its length and SHA-256 (the files of other commands that it keeps, and its own).
/// Disposing releases the lock.
/// </summary>
public sealed class FolderSession : IDisposable
{
    private readonly FolderLock _lock;
    private readonly List<ManifestEntry> _kept;
    private readonly List<ManifestEntry> _own;
    private readonly List<string> _dropped;

    private readonly bool _ownsLock;

    private FolderSession(string folder, string command, FolderLock folderLock, List<ManifestEntry> kept,
        List<ManifestEntry>? own = null, List<string>? dropped = null, bool ownsLock = true)
    {
        Folder = folder;
        Command = command;
        _lock = folderLock;
        _kept = kept;
        _own = own ?? [];
        _dropped = dropped ?? [];
        _ownsLock = ownsLock;
    }

    /// <summary>The command name a shard's folder is written under (a run's or a study's shard alike).</summary>
    public const string ShardCommand = "shard";

    /// <summary>The folder (full path).</summary>
    public string Folder { get; }

    /// <summary>The command writing it: run, sweep, sample, sensitivity, shard, calibrate, report or merge.</summary>
    public string Command { get; }

    /// <summary>True when a file the folder keeps from earlier commands is partial (a report drawn from it is too).</summary>
    public bool HoldsPartial => _kept.Any(e => e.Partial);

    /// <summary>
    /// Opens <paramref name="folder"/> for a new run or study (created if missing): locks it, proves
    /// it writable and looks for an earlier output of the same command (or of another scenario, by
    /// its scenario.yaml). Such a folder is refused (exit 2) unless <paramref name="force"/>, which
    /// removes those files first, the manifest's entries before the files.
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="option">The option that named it (for problems): --out, --resume…</param>
    /// <param name="command">run, sweep, sample, sensitivity or merge.</param>
    /// <param name="force">Replace earlier outputs instead of refusing.</param>
    /// <param name="scenarioText">The scenario.yaml this command writes, or null when it writes none.</param>
    public static FolderSession Begin(string folder, string option, string command, bool force, string? scenarioText)
    {
        var session = Lock(folder, option, command);
        try
        {
            OutputFolder.ProveWritable(session.Folder, option);
            session.ReplaceEarlier(option, force, scenarioText);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens an existing folder to continue or add to what it holds: a resumed run, or a report.
    /// Nothing changes until <see cref="BeginWriting"/>.
    /// </summary>
    public static FolderSession Continue(string folder, string option, string command)
    {
        var session = Lock(folder, option, command);
        try
        {
            OutputFolder.ProveWritable(session.Folder, option);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Before a continued command changes files: the manifest stops listing what it will replace (a
    /// resumed run's earlier partial outputs, an earlier report), so no reader trusts a file in the
    /// middle of its change.
    /// </summary>
    public void BeginWriting()
    {
        var replaced = _kept.Where(e => Replaces(Command, e)).ToList();
        if (replaced.Count == 0) return;
        _kept.RemoveAll(replaced.Contains);
        _dropped.AddRange(replaced.Select(e => e.Name));
        ManifestFile.Write(Folder, new FolderManifest { Files = _kept });
    }

    /// <summary>Records files this command has just written (hashed as they were written); <paramref name="partial"/> marks a cancelled command's files.</summary>
    public void Add(IEnumerable<WrittenFile> files, bool partial)
    {
        foreach (var file in files)
        {
            _own.RemoveAll(e => e.Name == file.Name);
            _kept.RemoveAll(e => e.Name == file.Name);
            _own.Add(ManifestFile.Entry(file, Command, partial));
        }
    }

    /// <summary>Records files written by a component that reports only their names (the report writer): each is read back, never through a link, and hashed.</summary>
    public void AddExisting(IEnumerable<string> names, bool partial)
    {
        var files = names.Select(name =>
        {
            var path = Path.Combine(Folder, name);
            using var stream = SafeFile.OpenRead(path);
            using var hash = new HashingStream(Stream.Null);
            stream.CopyTo(hash);
            return new WrittenFile(path, hash.Length, hash.CurrentHash());
        }).ToList();
        Add(files, partial);
    }

    /// <summary>
    /// Writes manifest.json: the kept entries of other commands, then this command's files. Files
    /// that a continued command listed before and did not write again (an earlier report's charts)
    /// are removed once the manifest no longer lists them.
    /// </summary>
    public void Publish()
    {
        ManifestFile.Write(Folder, new FolderManifest { Files = [.. _kept, .. _own] });
        foreach (var name in _dropped.Where(n => _own.All(e => e.Name != n) && _kept.All(e => e.Name != n)))
        {
            AtomicFile.TryDelete(Path.Combine(Folder, name));
        }
        _dropped.Clear();
    }

    /// <summary>
    /// This session as seen by a command run inside the one holding it (calibrate's run of the
    /// calibrated scenario): the same lock and the same manifest lists, its files listed under
    /// <paramref name="command"/>. Disposing it keeps the lock, which stays with this session.
    /// </summary>
    internal FolderSession Nested(string command) => new(Folder, command, _lock, _kept, _own, _dropped, ownsLock: false);

    /// <summary>Releases the folder's lock (a nested session leaves it to its holder).</summary>
    public void Dispose()
    {
        if (_ownsLock) _lock.Dispose();
    }

    private static FolderSession Lock(string folder, string option, string command)
    {
        var full = OutputFolder.Create(folder, option);
        FolderLock folderLock;
        try
        {
            folderLock = FolderLock.Acquire(full);
        }
        catch (FolderBusyException e)
        {
            throw new InputRejectedException(option, e.Message);
        }
        catch (IOException e)
        {
            throw new InputRejectedException(option, $"'{full}' cannot be locked for writing: {e.Message}");
        }
        try
        {
            var manifest = ManifestFile.TryRead(full);
            return new FolderSession(full, command, folderLock, [.. manifest?.Files ?? []]);
        }
        catch (IOException e)
        {
            folderLock.Dispose();
            throw new InputRejectedException(option, $"{e.Message}; remove it (or the folder) to write there again");
        }
    }

    // The earlier files this command would replace, then refusal or removal.
    private void ReplaceEarlier(string option, bool force, string? scenarioText)
    {
        var own = OwnNames(Command);
        var onDisk = EarlierNames().Where(n => SafeFile.KindOf(Path.Combine(Folder, n)) != FileKind.Missing).ToList();
        var scenarioPath = Path.Combine(Folder, OutputFiles.Scenario);
        var otherScenario = scenarioText is not null && onDisk.Contains(OutputFiles.Scenario) && !SameText(scenarioPath, scenarioText);
        // calibrate and a shard write a folder of their own: whatever it held goes (calibrate: with --force).
        var everything = otherScenario || Command is "calibrate" or ShardCommand;
        var conflicts = everything
            ? [.. onDisk.Union(_kept.Select(e => e.Name))]
            : onDisk.Where(n => own.Contains(n) || own.Contains(Final(n))).ToList();
        if (Command == ShardCommand)
        {
            // What an earlier try of the shard left goes first (a failed shard is run again as it was);
            // another command's outputs make the folder that command's.
            var foreign = conflicts.Where(n => !own.Contains(Final(n))).ToList();
            if (foreign.Count > 0 && !force) throw Refusal(option, "the outputs of another command (a shard writes into a folder of its own)", foreign, "");
        }
        if (conflicts.Count == 0) return;
        if (!force && Command != ShardCommand)
        {
            var why = otherScenario ? "the outputs of another scenario"
                : Command == "calibrate" ? "earlier outputs (calibrate writes a folder of its own)"
                : $"the outputs of an earlier {Command}";
            var resume = Command == "run" && onDisk.Contains(OutputFiles.Checkpoint) ? $"; run --resume {Folder} continues its interrupted run" : "";
            throw Refusal(option, why, conflicts, resume);
        }
        // The report and charts were drawn from what is replaced: they go too.
        var removed = conflicts.Concat(_kept.Where(e => e.WrittenBy == "report" || e.WrittenBy == Command || everything).Select(e => e.Name))
            .Concat(onDisk.Where(n => n == OutputFiles.Report)).Distinct().ToList();
        _kept.RemoveAll(e => removed.Contains(e.Name) || own.Contains(e.Name));
        ManifestFile.Write(Folder, new FolderManifest { Files = _kept });
        foreach (var name in removed) SafeFile.Remove(Path.Combine(Folder, name));
    }

    private InputRejectedException Refusal(string option, string why, List<string> conflicts, string resume) => new(option,
        $"'{Folder}' holds {why} ({string.Join(", ", conflicts.Take(6))}{(conflicts.Count > 6 ? ", …" : "")}); give --force to replace them{resume}, or choose another folder");

    private static bool Replaces(string command, ManifestEntry entry) =>
        entry.WrittenBy == command || (command == "run" && entry.WrittenBy == "report")
        || (command == "run" && OutputFiles.RunFiles.Contains(entry.Name));

    private static HashSet<string> OwnNames(string command) => command switch
    {
        "run" or "merge" => [.. OutputFiles.RunFiles, OutputFiles.Report],
        ShardCommand => [.. OutputFiles.ShardFiles],
        "calibrate" => [.. OutputFiles.RunFiles, OutputFiles.Report, OutputFiles.Scenario, .. OutputFiles.CalibrationFiles],
        // discover and robustness read a sweep's or sample's points: a new design replaces what they found.
        "sweep" or "sample" => [.. OutputFiles.StudyFiles(command), .. OutputFiles.DiscoveryFiles, .. OutputFiles.RobustnessFiles],
        "sensitivity" => [.. OutputFiles.StudyFiles(command)],
        _ => [],
    };

    // Every name an earlier command may have left, with the temporaries of each.
    private static IEnumerable<string> EarlierNames()
    {
        string[] finals = [.. OutputFiles.RunFiles, OutputFiles.Report, OutputFiles.Scenario, OutputFiles.Shard, .. OutputFiles.CalibrationFiles,
            .. OutputFiles.StudyFiles("sweep"), .. OutputFiles.StudyFiles("sample"), .. OutputFiles.StudyFiles("sensitivity"),
            .. OutputFiles.DiscoveryFiles, .. OutputFiles.RobustnessFiles];
        return finals.Concat(finals.Select(AtomicFile.TemporaryPath));
    }

    private static string Final(string name) =>
        name.EndsWith(AtomicFile.TemporarySuffix, StringComparison.Ordinal) ? name[..^AtomicFile.TemporarySuffix.Length] : name;

    private static bool SameText(string path, string text)
    {
        try
        {
            return SafeFile.ReadAllText(path, 64L << 20) == text;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
