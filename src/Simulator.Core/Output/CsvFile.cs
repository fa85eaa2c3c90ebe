using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Simulator.Storage;

namespace Simulator.Output;

/// <summary>
/// The CSV outputs' one dialect, written with Sep: comma-separated, \n line ends, UTF-8 without BOM,
/// a field quoted (quotes doubled) only when it holds a comma, a quote or a line break, invariant
/// numbers without float noise (<see cref="OutputNumber"/>).
/// </summary>
public static class CsvFile
{
    /// <summary>A Sep writer of the dialect over <paramref name="text"/> (whose NewLine must be \n).</summary>
    public static SepWriter Writer(TextWriter text, IReadOnlyList<string>? header = null)
    {
        var writer = Sep.New(',').Writer(o => o with
        {
            Escape = true,
            CultureInfo = CultureInfo.InvariantCulture,
            WriteHeader = header is not null,
        }).To(text, leaveOpen: true);
        if (header is not null) writer.Header.Add(header.ToArray());
        return writer;
    }

    /// <summary>Writes a CSV file atomically, streamed to disk through a buffered UTF-8 writer (survival.csv can have a row per tick of the horizon).</summary>
    public static WrittenFile Write(string path, IReadOnlyList<string> header, Action<SepWriter> rows) =>
        AtomicFile.Write(path, stream =>
        {
            using var text = Text(stream);
            using (var writer = Writer(text, header)) rows(writer);
        });

    /// <summary>The text a file would hold, as one string (for tests and small files).</summary>
    public static string ToText(IReadOnlyList<string> header, Action<SepWriter> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var writer = Writer(text, header)) rows(writer);
        return text.ToString();
    }

    /// <summary>A buffered UTF-8 (no BOM) writer with \n line ends over <paramref name="stream"/>, left open.</summary>
    public static StreamWriter Text(Stream stream) =>
        new(stream, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };

    /// <summary>Writes one row of already formatted fields.</summary>
    public static void Row(SepWriter writer, params ReadOnlySpan<string> fields)
    {
        using var row = writer.NewRow();
        for (var i = 0; i < fields.Length; i++) row[i].Set(fields[i]);
    }

    /// <summary>A number as <see cref="OutputNumber"/> writes it (12 significant digits, shortest round trip); empty for non-finite or null.</summary>
    public static string Number(double? value) => OutputNumber.Text(value);

    /// <summary>The columns of a header row.</summary>
    public static string[] Columns(string header) => header.Split(',');
}
