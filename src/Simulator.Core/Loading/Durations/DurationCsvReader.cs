using System.Text;
using Simulator.Diagnostics;
using Simulator.Storage;

namespace Simulator.Loading.Durations;

/// <summary>
/// Reads observed durations from a CSV file (streaming, with Sep): one row per subject, a duration
/// column, a 0/1 event column and optionally a group column. Every problem names the file, the line
/// and the column: a missing column, a duration that is not a finite non-negative number, an event
/// flag other than 0 or 1. Only regular files are read (<see cref="SafeFile"/>), and never more than
/// <see cref="MaxFileBytes"/>, counted on the bytes read.
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
        try
        {
            // As a scenario file: a link to a regular file is followed; a folder, a FIFO or a device is
            // refused on the open descriptor without blocking, and the limit counts the bytes read.
            using var file = SafeFile.OpenRead(path, followLinks: true);
            if (file.Length == 0) return Failed(path, "is empty; give a CSV file with a header line and one row per subject");
            using var limited = new LimitedHashingStream(file, MaxFileBytes);
            using var text = new StreamReader(limited, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return DurationRowReader.Read(text, path, columns, limited.Sha256);
        }
        catch (FileNotFoundException)
        {
            return Failed(path, "file not found");
        }
        catch (UnsafeFileException e)
        {
            return Failed(path, SafeFile.KindOf(path) == FileKind.Folder ? "is a folder; give a CSV file" : WithoutPath(e.Message, path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Failed(path, $"cannot read the file: {WithoutPath(e.Message, path).TrimEnd('.')}");
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

    private static string WithoutPath(string message, string path) =>
        message.StartsWith(path + ": ", StringComparison.Ordinal) ? message[(path.Length + 2)..] : message;

    private static DurationReadResult Failed(string file, string message) => new(null, [new Problem { File = file, Message = message }]);
}
