using System.Text;
using Simulator.Diagnostics;

namespace Simulator.Loading.Durations;

/// <summary>
/// Reads observed durations from a CSV file (streaming, with Sep): one row per subject, a duration
/// column, a 0/1 event column and optionally a group column. Every problem names the file, the line
/// and the column: a missing column, a duration that is not a finite non-negative number, an event
/// flag other than 0 or 1. Only regular files are read, and never more than <see cref="MaxFileBytes"/>.
/// </summary>
public static class DurationCsvReader
{
    /// <summary>Largest data file read.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Most data rows read.</summary>
    public const int MaxRows = 1_000_000;

    /// <summary>Reads <paramref name="path"/>; problems name it as the user wrote it.</summary>
    public static DurationReadResult ReadFile(string path, DurationColumns columns)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(columns);
        if (Refusal(path) is { } refusal) return Failed(path, refusal);
        try
        {
            using var limited = new LimitedHashingStream(File.OpenRead(path), MaxFileBytes);
            using var text = new StreamReader(limited, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return DurationRowReader.Read(text, path, columns, limited.Sha256);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Failed(path, $"cannot read the file: {e.Message.TrimEnd('.')}");
        }
    }

    /// <summary>Reads CSV <paramref name="csv"/> named <paramref name="displayName"/> in problems (the service, tests).</summary>
    public static DurationReadResult ReadText(string csv, string displayName, DurationColumns columns)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(columns);
        var bytes = Encoding.UTF8.GetBytes(csv);
        if (bytes.Length > MaxFileBytes) return Failed(displayName, $"the data are {bytes.Length} bytes; data files are limited to {MaxFileBytes / (1024 * 1024)} MiB");
        using var limited = new LimitedHashingStream(new MemoryStream(bytes), MaxFileBytes);
        using var text = new StreamReader(limited, Encoding.UTF8);
        return DurationRowReader.Read(text, displayName, columns, limited.Sha256);
    }

    // Checked before opening: a FIFO or a device would block or never end. The kernel reports a size of
    // 0 for them, and an empty regular file holds no data either, so only files with bytes are opened.
    private static string? Refusal(string path)
    {
        try
        {
            if (Directory.Exists(path)) return "is a folder; give a CSV file";
            var info = new FileInfo(path);
            if (!info.Exists) return "file not found";
            if (info.Length == 0) return "is empty or not a regular file (a device, a pipe); give a CSV file with a header line and one row per subject";
            if (info.Length > MaxFileBytes) return $"the file is {info.Length} bytes; data files are limited to {MaxFileBytes / (1024 * 1024)} MiB";
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"cannot read the file: {e.Message.TrimEnd('.')}";
        }
    }

    private static DurationReadResult Failed(string file, string message) => new(null, [new Problem { File = file, Message = message }]);
}
