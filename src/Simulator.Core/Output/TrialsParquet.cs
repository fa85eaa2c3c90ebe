using System.Globalization;
using nietras.SeparatedValues;
using Parquet;
using Parquet.Schema;
using Simulator.Storage;

namespace Simulator.Output;

/// <summary>
/// trials.parquet: trials.csv's rows in Apache Parquet (Parquet.Net), for readers that want typed
/// columns and a file a tenth the size. It is converted from the finished trials.csv, so it holds
/// exactly its rows in its order (a resumed run's and a merge's included). Columns: regime (string),
/// trial (int64), duration_days (double, the CSV's exact three-decimal value), collapsed (bool),
/// cause (string, null when the trial did not collapse). Rows go in groups of <see cref="RowGroupSize"/>
/// so memory stays bounded whatever the trial count.
/// </summary>
public static class TrialsParquet
{
    /// <summary>Rows per row group.</summary>
    public const int RowGroupSize = 1 << 20;

    private static readonly DataField<string> Regime = new("regime", nullable: false);
    private static readonly DataField<long> Trial = new("trial");
    private static readonly DataField<double> Duration = new("duration_days");
    private static readonly DataField<bool> Collapsed = new("collapsed");
    private static readonly DataField<string> Cause = new("cause", nullable: true);

    /// <summary>The schema, in trials.csv's column order.</summary>
    public static ParquetSchema Schema { get; } = new(Regime, Trial, Duration, Collapsed, Cause);

    /// <summary>Writes <paramref name="parquetPath"/> atomically from the finished trials.csv at <paramref name="csvPath"/>.</summary>
    public static WrittenFile Convert(string csvPath, string parquetPath, int rowGroupSize = RowGroupSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
        return AtomicFile.Write(parquetPath, output => WriteAsync(csvPath, output, rowGroupSize).GetAwaiter().GetResult());
    }

    private static async Task WriteAsync(string csvPath, Stream output, int rowGroupSize)
    {
        using var input = SafeFile.OpenRead(csvPath);
        using var csv = Sep.Reader(o => o with { Unescape = true }).From(input);
        // Parquet.Net's writer ends the file on DisposeAsync; no clock or host enters the bytes.
        await using var writer = await ParquetWriter.CreateAsync(Schema, output).ConfigureAwait(false);
        var group = new Rows(rowGroupSize);
        // Regime ids and causes repeat on every row: one string each, not one per row.
        var names = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        string Name(ReadOnlySpan<char> text)
        {
            if (names.TryGetValue(text, out var known)) return known;
            var name = text.ToString();
            names[name] = name;
            return name;
        }
        foreach (var row in csv)
        {
            group.Add(Name(row[0].Span), long.Parse(row[1].Span, CultureInfo.InvariantCulture),
                double.Parse(row[2].Span, CultureInfo.InvariantCulture), row[3].Span is "1", row[4].Span.Length == 0 ? null : Name(row[4].Span));
            if (group.Count == rowGroupSize) await Flush(writer, group).ConfigureAwait(false);
        }
        if (group.Count > 0) await Flush(writer, group).ConfigureAwait(false); // no rows: a file with the schema and no row group
    }

    private static async Task Flush(ParquetWriter writer, Rows group)
    {
        using (var rowGroup = writer.CreateRowGroup())
        {
            await rowGroup.WriteAsync(Regime, group.Regimes).ConfigureAwait(false);
            await rowGroup.WriteAsync(Trial, new ReadOnlyMemory<long>([.. group.Trials])).ConfigureAwait(false);
            await rowGroup.WriteAsync(Duration, new ReadOnlyMemory<double>([.. group.Durations])).ConfigureAwait(false);
            await rowGroup.WriteAsync(Collapsed, new ReadOnlyMemory<bool>([.. group.Collapsed])).ConfigureAwait(false);
            await rowGroup.WriteAsync(Cause, group.Causes).ConfigureAwait(false);
        }
        group.Clear();
    }

    // One row group's columns, filled row by row from the CSV.
    private sealed class Rows(int capacity)
    {
        public List<string> Regimes { get; } = new(Math.Min(capacity, 4096));
        public List<long> Trials { get; } = new(Math.Min(capacity, 4096));
        public List<double> Durations { get; } = new(Math.Min(capacity, 4096));
        public List<bool> Collapsed { get; } = new(Math.Min(capacity, 4096));
        public List<string?> Causes { get; } = new(Math.Min(capacity, 4096));
        public int Count => Regimes.Count;

        public void Add(string regime, long trial, double duration, bool collapsed, string? cause)
        {
            Regimes.Add(regime);
            Trials.Add(trial);
            Durations.Add(duration);
            Collapsed.Add(collapsed);
            Causes.Add(cause);
        }

        public void Clear()
        {
            Regimes.Clear();
            Trials.Clear();
            Durations.Clear();
            Collapsed.Clear();
            Causes.Clear();
        }
    }
}
