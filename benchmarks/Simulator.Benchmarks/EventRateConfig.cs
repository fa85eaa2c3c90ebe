using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;

namespace Simulator.Benchmarks;

/// <summary>Adds the events-per-trial and events-per-second columns to <see cref="SeedTrialBenchmarks"/>.</summary>
public sealed class EventRateConfig : ManualConfig
{
    /// <summary>Adds both columns, and room for the longest regime id.</summary>
    public EventRateConfig()
    {
        AddColumn(new EventsPerTrialColumn(), new EventRateColumn());
        SummaryStyle = SummaryStyle.Default.WithMaxParameterColumnWidth(30);
    }
}
