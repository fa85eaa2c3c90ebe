namespace Simulator.Loading.Durations;

/// <summary>Observed durations read from a data file, with what identifies the file.</summary>
public sealed record DurationData
{
    /// <summary>The file as the user named it.</summary>
    public required string File { get; init; }

    /// <summary>SHA-256 of the file's bytes (lower-case hex): which data a calibration used.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Data rows in the file (header excluded).</summary>
    public required int RowsRead { get; init; }

    /// <summary>The rows kept (by <see cref="DurationColumns.Where"/> and <see cref="DurationColumns.Groups"/>), in file order.</summary>
    public required IReadOnlyList<ObservedDuration> Rows { get; init; }

    /// <summary>What was asked of the file.</summary>
    public required DurationColumns Columns { get; init; }
}
