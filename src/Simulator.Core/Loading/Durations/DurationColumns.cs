namespace Simulator.Loading.Durations;

/// <summary>Which columns of a data file hold what, and which rows to keep.</summary>
public sealed record DurationColumns
{
    /// <summary>Column of the durations (time to the event or to censoring), in <see cref="TimeUnit"/>.</summary>
    public required string Duration { get; init; }

    /// <summary>Column of the event flags: 1 when the duration ended in the event (the truce failed), 0 when censored.</summary>
    public required string Event { get; init; }

    /// <summary>Unit of the durations.</summary>
    public DurationTimeUnit TimeUnit { get; init; } = DurationTimeUnit.Days;

    /// <summary>Column naming each row's group, or null when the rows form one group.</summary>
    public string? Group { get; init; }

    /// <summary>Group values to keep (rows of other groups are skipped unchecked); empty keeps every group.</summary>
    public IReadOnlyCollection<string> Groups { get; init; } = [];

    /// <summary>Rows kept only where each column equals its value (e.g. post_cold_war = 1); other rows are skipped unchecked.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Where { get; init; } = [];
}
