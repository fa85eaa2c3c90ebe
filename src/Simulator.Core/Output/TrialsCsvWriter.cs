using System.Globalization;
using nietras.SeparatedValues;
using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Storage;

namespace Simulator.Output;

/// <summary>
/// Streams trials.csv (one row per trial per regime, in trial order) with Sep into a temporary file
/// and publishes it under its final name only on <see cref="Commit"/>. Every byte is hashed as it is
/// written, so a checkpoint can record the SHA-256 of the rows on disk and the manifest the hash of
/// the whole file. Durations are written exactly at the tick resolution the statistics use (three
/// decimals of a day). No allocation per row.
/// </summary>
public sealed class TrialsCsvWriter : ITrialSink, IDisposable
{
    /// <summary>The header row.</summary>
    public const string Header = "regime,trial,duration_days,collapsed,cause";

    private readonly string _path;
    private readonly string _temporary;
    private readonly FileStream _file;
    private readonly HashingStream _hashing;
    private readonly StreamWriter _text;
    private readonly SepWriter _csv;
    private readonly IReadOnlyList<string> _regimeIds;
    private readonly CauseCatalog _causes;
    private bool _committed;

    /// <summary>Opens a new temporary file (never through a link) and writes the header.</summary>
    public TrialsCsvWriter(string path, IReadOnlyList<string> regimeIds, CauseCatalog causes)
        : this(path, regimeIds, causes, SafeFile.CreateNew(AtomicFile.TemporaryPath(path), FileShare.Read), null)
    {
    }

    private TrialsCsvWriter(string path, IReadOnlyList<string> regimeIds, CauseCatalog causes, FileStream file, HashingStream? continued)
    {
        _path = path;
        _temporary = AtomicFile.TemporaryPath(path);
        _regimeIds = regimeIds;
        _causes = causes;
        _file = file;
        _hashing = continued ?? new HashingStream(file, leaveOpen: true);
        _text = CsvFile.Text(_hashing);
        _csv = CsvFile.Writer(_text);
        if (continued is not null) return;
        // The header as a first row, on disk at once: the first checkpoint counts its bytes.
        CsvFile.Row(_csv, CsvFile.Columns(Header));
        FlushToDisk();
    }

    /// <summary>
    /// Reopens the trials.csv of an interrupted run (<paramref name="source"/>: the temporary file
    /// after a kill, or the file a cancelled run published; never through a link), cuts it to
    /// <paramref name="keepBytes"/> and appends after them. The kept bytes are read once and must
    /// hash to <paramref name="keptSha256"/> (the checkpoint's record of them): an edited prefix is
    /// refused with <see cref="InvalidDataException"/> before anything changes. Only then is a
    /// published file moved back under the temporary name. Throws <see cref="IOException"/> when the
    /// file is missing, not regular, or shorter than that.
    /// </summary>
    public static TrialsCsvWriter Continue(string path, string source, IReadOnlyList<string> regimeIds, CauseCatalog causes, long keepBytes, string keptSha256)
    {
        var file = SafeFile.OpenReadWrite(source);
        try
        {
            if (file.Length < keepBytes)
            {
                throw new IOException($"{source} holds {file.Length} bytes; the checkpoint needs its first {keepBytes}.");
            }
            var hashing = new HashingStream(file, leaveOpen: true);
            var buffer = new byte[1 << 16];
            for (long left = keepBytes; left > 0;)
            {
                var read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                if (read == 0) throw new IOException($"{source} ended before byte {keepBytes}.");
                hashing.AppendExisting(buffer.AsSpan(0, read));
                left -= read;
            }
            if (!string.Equals(hashing.CurrentHash(), keptSha256, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{source}: its first {keepBytes:N0} bytes are not the rows the checkpoint recorded (their SHA-256 differs): the file was edited");
            }
            if (source != AtomicFile.TemporaryPath(path)) File.Move(source, AtomicFile.TemporaryPath(path)); // the open file moves with its name
            file.SetLength(keepBytes);
            file.Position = keepBytes;
            return new TrialsCsvWriter(path, regimeIds, causes, file, hashing);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// When true, <see cref="Dispose"/> without a commit keeps the temporary file (a checkpointed run
    /// that failed can be resumed from it); by default it is removed.
    /// </summary>
    public bool KeepUncommitted { get; set; }

    /// <summary>Bytes on disk after the last <see cref="FlushToDisk"/>, and their SHA-256.</summary>
    public (long Bytes, string Sha256) Flushed { get; private set; }

    /// <summary>Writes every buffered row to disk; returns the file's length in bytes (for a checkpoint, with <see cref="Flushed"/>).</summary>
    public long FlushToDisk()
    {
        _csv.Flush();
        _text.Flush();
        _file.Flush(flushToDisk: true);
        Flushed = (_hashing.Length, _hashing.CurrentHash());
        return _hashing.Length;
    }

    /// <inheritdoc />
    public void Write(long trial, int regimePosition, in TrialOutcome outcome)
    {
        Span<char> days = stackalloc char[24];
        using var row = _csv.NewRow();
        row[0].Set(_regimeIds[regimePosition]);
        row[1].Format(trial);
        row[2].Set(days[..FormatTicks(outcome.DurationTicks, days)]);
        row[3].Set(outcome.Collapsed ? "1" : "0");
        row[4].Set(outcome.Collapsed ? _causes.Name(outcome.CauseId) : "");
    }

    /// <summary>Flushes to disk and renames into place; returns the file as published.</summary>
    public WrittenFile Commit()
    {
        FlushToDisk();
        _csv.Dispose();
        _text.Dispose();
        _file.Dispose();
        AtomicFile.Publish(_temporary, _path);
        _committed = true;
        return new WrittenFile(_path, Flushed.Bytes, Flushed.Sha256);
    }

    /// <summary>Closes; without a commit the temporary file is removed.</summary>
    public void Dispose()
    {
        if (_committed) return;
        _committed = true;
        try
        {
            _csv.Dispose();
            _text.Dispose();
        }
        catch (IOException)
        {
            // The disk that failed a write may fail the last flush too; the temporary is not trusted anyway.
        }
        _file.Dispose();
        _hashing.Dispose();
        if (!KeepUncommitted) AtomicFile.TryDelete(_temporary);
    }

    /// <summary>Ticks as days with exactly three decimals, e.g. 1234 → "1.234".</summary>
    public static string FormatTicks(long ticks)
    {
        Span<char> text = stackalloc char[24];
        return new string(text[..FormatTicks(ticks, text)]);
    }

    private static int FormatTicks(long ticks, Span<char> text)
    {
        (ticks / TimeResolution.TicksPerDay).TryFormat(text, out var whole, provider: CultureInfo.InvariantCulture);
        text[whole] = '.';
        (ticks % TimeResolution.TicksPerDay).TryFormat(text[(whole + 1)..], out var fraction, "000", CultureInfo.InvariantCulture);
        return whole + 1 + fraction;
    }
}
