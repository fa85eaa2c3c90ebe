namespace Simulator.Loading;

internal sealed partial class ScenarioMapper
{
    /// <summary>Report days used when <c>run.report_days</c> is omitted (those within the horizon).</summary>
    internal static readonly double[] DefaultReportDays = [30, 90, 180, 365];

    private const int MaxTrials = 100_000_000;

    private RunSettings MapRun(MappingReader root)
    {
        if (root.Mapping("run", required: true) is not { } r)
        {
            return new RunSettings { HorizonDays = 1, Trials = 1 };
        }
        var horizonNode = r.Get("horizon_days");
        var horizon = r.RequiredNumber("horizon_days", NumberRange.Horizon);
        var trials = (int)(r.Integer("trials", 1, MaxTrials, required: true) ?? 1);
        var seed = (ulong)(r.Integer("seed", 0, ulong.MaxValue, required: true) ?? 0);
        var reportDays = MapReportDays(r, horizonNode is not null && horizon > 0 ? horizon : null);
        return new RunSettings
        {
            HorizonDays = horizon,
            Trials = trials,
            Seed = seed,
            ReportDays = reportDays,
            BaselineNode = r.Get("baseline_regime"),
            BaselinePath = r.PathOf("baseline_regime"),
            Node = r.Node,
        };
    }

    private double[] MapReportDays(MappingReader r, double? horizon)
    {
        if (!r.Has("report_days"))
        {
            var within = DefaultReportDays.Where(d => horizon is null || d <= horizon).ToArray();
            return within.Length > 0 ? within : [horizon ?? DefaultReportDays[0]];
        }
        if (r.Sequence("report_days", required: false, LoadLimits.MaxReportDays) is not { } list)
        {
            return [];
        }
        if (list.Items.Count == 0)
        {
            _sink.Error(list, r.PathOf("report_days"), "must list at least one day (or be omitted for the default 30, 90, 180, 365)");
        }
        var days = new List<double>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var path = $"{r.PathOf("report_days")}[{i}]";
            if (ValueReader.Number(list.Items[i], path, _sink, NumberRange.PositiveDays) is not { } day) continue;
            if (horizon is { } h && day > h)
            {
                _sink.Error(list.Items[i], path, $"must be at most horizon_days ({Format(h)}); found {Format(day)}");
            }
            else if (days.Count > 0 && day <= days[^1])
            {
                _sink.Error(list.Items[i], path, $"must be greater than the previous report day ({Format(days[^1])}); found {Format(day)}");
            }
            days.Add(day);
        }
        return [.. days];
    }

    private string ResolveBaseline(RunSettings run)
    {
        if (run.BaselineNode is null)
        {
            return _regimeIds.Ids.Count > 0 ? _regimeIds.Ids[0] : "";
        }
        var index = ValueReader.Reference(run.BaselineNode, run.BaselinePath, _sink, "regime", _regimeIds.Ids);
        return index >= 0 ? _regimeIds.Ids[index] : "";
    }

    private static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
