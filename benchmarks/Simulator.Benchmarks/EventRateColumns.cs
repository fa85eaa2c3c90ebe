using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Simulator.Benchmarks;

/// <summary>Shared plumbing of the two event columns: they read the trial's regime parameter.</summary>
public abstract class EventColumnBase : IColumn
{
    /// <inheritdoc/>
    public abstract string Id { get; }

    /// <inheritdoc/>
    public abstract string ColumnName { get; }

    /// <inheritdoc/>
    public abstract string Legend { get; }

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var regime = benchmarkCase.Parameters["Regime"] as string;
        if (regime is null) return "-";
        var events = EventCounts.PerTrial(regime, SeedTrialBenchmarks.TrialsPerInvoke);
        var nanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return Format(events, nanoseconds);
    }

    /// <summary>The cell for a trial with <paramref name="events"/> events that took <paramref name="nanoseconds"/> (null: not measured).</summary>
    protected abstract string Format(double events, double? nanoseconds);
}

/// <summary>Mean events processed per trial.</summary>
public sealed class EventsPerTrialColumn : EventColumnBase
{
    /// <inheritdoc/>
    public override string Id => "EventsPerTrial";

    /// <inheritdoc/>
    public override string ColumnName => "Events/trial";

    /// <inheritdoc/>
    public override string Legend => "Mean events processed per trial (arrivals and non-stale queued events)";

    /// <inheritdoc/>
    protected override string Format(double events, double? nanoseconds) =>
        events.ToString("F2", CultureInfo.InvariantCulture);
}

/// <summary>Millions of events per second on one core: events per trial over the mean time per trial.</summary>
public sealed class EventRateColumn : EventColumnBase
{
    /// <inheritdoc/>
    public override string Id => "EventRate";

    /// <inheritdoc/>
    public override string ColumnName => "MEvents/s";

    /// <inheritdoc/>
    public override string Legend => "Millions of processed events per second on one core (Events/trial ÷ Mean)";

    /// <inheritdoc/>
    protected override string Format(double events, double? nanoseconds) =>
        nanoseconds is > 0 ? (events / nanoseconds.Value * 1000).ToString("F1", CultureInfo.InvariantCulture) : "-";
}
