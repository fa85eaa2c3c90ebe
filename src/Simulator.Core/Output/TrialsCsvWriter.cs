using System.Globalization;
using System.Text;
using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Storage;

namespace Simulator.Output;

/// <summary>
/// Streams trials.csv (one row per trial per regime, in trial order) into a temporary file and
/// publishes it under its final name only on <see cref="Commit"/>. Durations are written exactly at
/// the tick resolution the statistics use (three decimals of a day).
/// </summary>
public sealed class TrialsCsvWriter : ITrialSink, IDisposable
{
    /// <summary>The header row.</summary>
    public const string Header = "regime,trial,duration_days,collapsed,cause";

    private readonly string _path;
    private readonly string _temporary;
    private readonly StreamWriter _writer;
    private readonly IReadOnlyList<string> _regimeIds;
    private readonly CauseCatalog _causes;
    private bool _committed;

    /// <summary>Opens the temporary file and writes the header.</summary>
    public TrialsCsvWriter(string path, IReadOnlyList<string> regimeIds, CauseCatalog causes)
        : this(path, regimeIds, causes, new FileStream(AtomicFile.TemporaryPath(path), FileMode.Create, FileAccess.Write, FileShare.Read))
    {
        _writer.WriteLine(Header);
    }

    private TrialsCsvWriter(string path, IReadOnlyList<string> regimeIds, CauseCatalog causes, FileStream stream)
    {
        _path = path;
        _temporary = AtomicFile.TemporaryPath(path);
        _regimeIds = regimeIds;
        _causes = causes;
        _writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
    }

    /// <summary>
    /// Reopens the temporary file of an interrupted run, cuts it to <paramref name="keepBytes"/>
    /// (the rows of the checkpointed trials) and appends after them. Throws <see cref="IOException"/>
    /// when the temporary file is missing or shorter than that.
    /// </summary>
    public static TrialsCsvWriter Continue(string path, IReadOnlyList<string> regimeIds, CauseCatalog causes, long keepBytes)
    {
        var stream = new FileStream(AtomicFile.TemporaryPath(path), FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            if (stream.Length < keepBytes)
            {
                throw new IOException($"{stream.Name} holds {stream.Length} bytes; the checkpoint needs its first {keepBytes}.");
            }
            stream.SetLength(keepBytes);
            stream.Position = keepBytes;
            return new TrialsCsvWriter(path, regimeIds, causes, stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// When true, <see cref="Dispose"/> without a commit keeps the temporary file (a checkpointed run
    /// that failed can be resumed from it); by default it is removed.
    /// </summary>
    public bool KeepUncommitted { get; set; }

    /// <summary>Writes every buffered row to disk; returns the file's length in bytes (for a checkpoint).</summary>
    public long FlushToDisk()
    {
        _writer.Flush();
        var stream = (FileStream)_writer.BaseStream;
        stream.Flush(flushToDisk: true);
        return stream.Position;
    }

    /// <inheritdoc />
    public void Write(long trial, int regimePosition, in TrialOutcome outcome)
    {
        _writer.Write(_regimeIds[regimePosition]);
        _writer.Write(',');
        _writer.Write(trial.ToString(CultureInfo.InvariantCulture));
        _writer.Write(',');
        _writer.Write(FormatTicks(outcome.DurationTicks));
        _writer.Write(outcome.Collapsed ? ",1," : ",0,");
        if (outcome.Collapsed) _writer.Write(_causes.Name(outcome.CauseId));
        _writer.Write('\n');
    }

    /// <summary>Flushes to disk and renames into place.</summary>
    public void Commit()
    {
        _writer.Flush();
        _writer.BaseStream.Flush();
        ((FileStream)_writer.BaseStream).Flush(flushToDisk: true);
        _writer.Dispose();
        File.Move(_temporary, _path, overwrite: true);
        _committed = true;
    }

    /// <summary>Closes; without a commit the temporary file is removed.</summary>
    public void Dispose()
    {
        if (_committed) return;
        _writer.Dispose();
        if (!KeepUncommitted) AtomicFile.TryDelete(_temporary);
    }

    /// <summary>Ticks as days with exactly three decimals, e.g. 1234 → "1.234".</summary>
    public static string FormatTicks(long ticks) =>
        (ticks / TimeResolution.TicksPerDay).ToString(CultureInfo.InvariantCulture) + "." +
        (ticks % TimeResolution.TicksPerDay).ToString("000", CultureInfo.InvariantCulture);
}
