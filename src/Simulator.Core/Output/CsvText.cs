using System.Globalization;
using System.Text;
using Simulator.Storage;

namespace Simulator.Output;

/// <summary>Small helpers for the CSV outputs: invariant, shortest round-trip numbers, \n line ends.</summary>
public static class CsvText
{
    /// <summary>A number as the shortest text that reads back to the same double; empty for non-finite or null.</summary>
    public static string Number(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>Appends one row of already formatted fields.</summary>
    public static void Row(StringBuilder text, params string[] fields)
    {
        text.AppendJoin(',', fields);
        text.Append('\n');
    }

    /// <summary>Writes one row of already formatted fields.</summary>
    public static void Row(TextWriter text, params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) text.Write(',');
            text.Write(fields[i]);
        }
        text.Write('\n');
    }

    /// <summary>The text a writer-based renderer produces, as one string (for tests and small files).</summary>
    public static string ToText(Action<TextWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        write(text);
        return text.ToString();
    }

    /// <summary>
    /// Writes a file atomically through a buffered UTF-8 writer, so a large file (survival.csv can
    /// have a row per tick of the horizon) is streamed to disk rather than built in memory.
    /// </summary>
    public static void WriteFile(string path, Action<TextWriter> write) =>
        AtomicFile.Write(path, stream =>
        {
            using var text = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
            write(text);
        });
}
