using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;

namespace Simulator.Reports;

/// <summary>Builds the report's charts from a run folder with ScottPlot.</summary>
public static class ReportCharts
{
    /// <summary>Causes beyond this many (by collapses over all regimes) are drawn together as "other causes".</summary>
    public const int MaxCauses = 6;

    private const string FontName = "DejaVu Sans";
    private const int GridPoints = 1000;

    /// <summary>The survival curves of every regime on one chart, with 95 % bands and the report days marked.</summary>
    public static Chart? Survival(RunFolder run)
    {
        var regimes = run.Regimes.Where(r => r.Curve.Count > 0 || r.Trials > 0).ToList();
        if (regimes.Count == 0 || run.HorizonDays <= 0) return null;
        var plot = NewPlot();
        var grid = Grid(run.HorizonDays, run.ReportDays);
        for (var i = 0; i < run.Regimes.Count; i++)
        {
            var regime = run.Regimes[i];
            if (regime.Curve.Count == 0) continue;
            var (s, lo, hi) = Sample(regime.Curve, grid);
            var band = plot.Add.FillY(grid, lo, hi);
            band.FillColor = Palette.Regime(i).WithAlpha(0.16);
            band.LineWidth = 0;
            band.LegendText = "";
            var line = plot.Add.Scatter(grid, s, Palette.Regime(i));
            line.MarkerSize = 0;
            line.LineWidth = 2.5f;
            line.LinePattern = Palette.Pattern(i);
            line.LegendText = regime.Name + (regime.Id == run.BaselineId ? " (baseline)" : "");
        }
        foreach (var day in run.ReportDays)
        {
            var isHorizon = day == run.HorizonDays;
            var mark = plot.Add.VerticalLine(day, isHorizon ? 1.5f : 1f, Color.FromHex(isHorizon ? "#333333" : "#888888"),
                isHorizon ? LinePattern.Solid : LinePattern.Dotted);
            mark.Text = isHorizon ? "horizon" : $"day {Words.Days(day)}";
            mark.LabelOppositeAxis = true;
            mark.LabelFontSize = 12;
            mark.LabelFontName = FontName;
            mark.ExcludeFromLegend = true;
        }
        plot.Axes.SetLimits(0, run.HorizonDays * 1.045, 0, 102);
        plot.XLabel("Days since the truce began");
        plot.YLabel("Truce still holds (% of simulated futures)");
        plot.Axes.Left.TickGenerator = PercentTicks();
        // The report days' labels sit above the data area: room for them, or they are cut at the top.
        plot.Axes.Top.MinimumSize = 26;
        var legend = plot.ShowLegend(Alignment.LowerLeft);
        legend.FontSize = 13;
        legend.FontName = FontName;
        legend.SymbolWidth = 36; // long enough to show a whole dash and dot of each regime's line pattern
        return Chart.FromPlot("survival", "Probability the truce still holds, by regime",
            SurvivalDescription(run), plot, 1000, 560);
    }

    /// <summary>Forest plot: regime − baseline probability of holding at each report day, with 95 % paired intervals.</summary>
    public static Chart? Differences(RunFolder run)
    {
        var comparisons = run.Comparisons.Where(c => c.HoldDifferences.Count > 0).ToList();
        if (comparisons.Count == 0) return null;
        var plot = NewPlot();
        var days = comparisons.SelectMany(c => c.HoldDifferences.Select(d => d.Day)).Distinct().OrderBy(d => d).ToList();
        var positions = new List<double>();
        var labels = new List<string>();
        var y = 0.0;
        for (var ci = 0; ci < comparisons.Count; ci++)
        {
            var c = comparisons[ci];
            var index = RegimeIndex(run, c.RegimeId);
            var xs = new List<double>();
            var ys = new List<double>();
            var neg = new List<double>();
            var pos = new List<double>();
            y -= 1; // a header row naming the regime, so the chart reads without a legend
            positions.Add(y);
            labels.Add(NameOf(run, c.RegimeId));
            foreach (var day in days)
            {
                var d = c.HoldDifferences.FirstOrDefault(h => h.Day == day);
                y -= 1;
                positions.Add(y);
                labels.Add($"day {Words.Days(day)}");
                if (d is null) continue;
                xs.Add(d.Estimate * 100);
                ys.Add(y);
                neg.Add((d.Estimate - (d.Lower ?? d.Estimate)) * 100);
                pos.Add(((d.Upper ?? d.Estimate) - d.Estimate) * 100);
            }
            var bars = new ErrorBar(xs, ys, pos, neg, null, null) { Color = Palette.Regime(index), LineWidth = 2, CapSize = 6 };
            plot.Add.Plottable(bars);
            var marks = plot.Add.Scatter(xs.ToArray(), ys.ToArray(), Palette.Regime(index));
            marks.LineWidth = 0;
            marks.MarkerSize = 9;
            marks.MarkerShape = MarkerShape.FilledDiamond;
            marks.LegendText = "";
            y -= 0.3;
        }
        var zero = plot.Add.VerticalLine(0, 1.5f, Color.FromHex("#333333"), LinePattern.Solid);
        zero.ExcludeFromLegend = true;
        plot.Axes.Left.TickGenerator = new NumericManual(positions.ToArray(), labels.ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.XLabel("Change in probability the truce holds (percentage points)");
        plot.Axes.SetLimitsY(y - 0.2, -0.5);
        var description = "Forest plot of paired differences. " + string.Join(" ", comparisons.Select(c =>
            $"{NameOf(run, c.RegimeId)}: " + string.Join("; ", c.HoldDifferences.Select(d =>
                $"day {Words.Days(d.Day)} {Words.Points(d.Estimate)} points ({Words.Points(d.Lower ?? d.Estimate)} to {Words.Points(d.Upper ?? d.Estimate)})")) + "."));
        return Chart.FromPlot("differences", $"Change in the probability the truce holds, compared with {NameOf(run, run.BaselineId)}",
            description, plot, 1000, Math.Max(300, 70 + 30 * positions.Count));
    }

    /// <summary>Forest plot of the paired difference in restricted mean days held.</summary>
    public static Chart? MeanDaysDifferences(RunFolder run)
    {
        var comparisons = run.Comparisons.Where(c => c.RestrictedMeanDifference is not null).ToList();
        if (comparisons.Count == 0) return null;
        var plot = NewPlot();
        var positions = new List<double>();
        var labels = new List<string>();
        for (var i = 0; i < comparisons.Count; i++)
        {
            var c = comparisons[i];
            var d = c.RestrictedMeanDifference!;
            var index = RegimeIndex(run, c.RegimeId);
            double y = -(i + 1);
            positions.Add(y);
            labels.Add(NameOf(run, c.RegimeId));
            var bar = new ErrorBar([d.Estimate], [y], [(d.Upper ?? d.Estimate) - d.Estimate], [d.Estimate - (d.Lower ?? d.Estimate)], null, null)
            {
                Color = Palette.Regime(index),
                LineWidth = 2,
                CapSize = 8,
            };
            plot.Add.Plottable(bar);
            var mark = plot.Add.Marker(d.Estimate, y, MarkerShape.FilledDiamond, 11, Palette.Regime(index));
            mark.LegendText = "";
        }
        var zero = plot.Add.VerticalLine(0, 1.5f, Color.FromHex("#333333"), LinePattern.Solid);
        zero.ExcludeFromLegend = true;
        plot.Axes.Left.TickGenerator = new NumericManual(positions.ToArray(), labels.ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Axes.SetLimitsY(-(comparisons.Count + 0.6), -0.4);
        plot.XLabel($"Change in mean days held within the {Words.Days(run.HorizonDays)}-day horizon (days)");
        var description = "Paired difference in restricted mean days held. " + string.Join(" ", comparisons.Select(c =>
        {
            var d = c.RestrictedMeanDifference!;
            return $"{NameOf(run, c.RegimeId)}: {Words.Signed(d.Estimate, 1)} days ({Words.Signed(d.Lower ?? d.Estimate, 1)} to {Words.Signed(d.Upper ?? d.Estimate, 1)}).";
        }));
        return Chart.FromPlot("mean-days-differences", $"Change in mean days held, compared with {NameOf(run, run.BaselineId)}",
            description, plot, 1000, Math.Max(220, 90 + 50 * comparisons.Count));
    }

    /// <summary>Causes, most collapses over all regimes first, limited to <see cref="MaxCauses"/>.</summary>
    public static IReadOnlyList<string> TopCauses(RunFolder run) => run.Regimes
        .SelectMany(r => r.Causes)
        .GroupBy(c => c.Cause)
        .Select(g => (Cause: g.Key, Count: g.Sum(c => c.Collapses)))
        .OrderByDescending(g => g.Count).ThenBy(g => g.Cause, StringComparer.Ordinal)
        .Take(MaxCauses)
        .Select(g => g.Cause)
        .ToList();

    /// <summary>Cumulative incidence of collapse by cause at each report day, one chart per regime (stacked bars).</summary>
    public static IReadOnlyList<Chart> Incidence(RunFolder run, Func<string, string> causeLabel)
    {
        var charts = new List<Chart>();
        var top = TopCauses(run);
        var days = run.ReportDays.Count > 0 ? run.ReportDays : run.Regimes.SelectMany(r => r.Incidence.Select(p => p.Day)).Distinct().Order().ToList();
        var yMax = run.Regimes.SelectMany(r => r.Incidence.GroupBy(p => p.Day).Select(g => g.Sum(p => p.Incidence))).DefaultIfEmpty(0).Max();
        if (days.Count == 0) return charts;
        var anyOther = false;
        foreach (var regime in run.Regimes)
        {
            if (regime.Incidence.Count == 0) continue;
            var plot = NewPlot();
            var descriptionParts = new List<string>();
            for (var d = 0; d < days.Count; d++)
            {
                var at = regime.Incidence.Where(p => p.Day == days[d]).ToList();
                var baseValue = 0.0;
                for (var k = 0; k <= top.Count; k++)
                {
                    var value = k < top.Count
                        ? at.Where(p => p.Cause == top[k]).Sum(p => p.Incidence)
                        : at.Where(p => !top.Contains(p.Cause)).Sum(p => p.Incidence);
                    if (k == top.Count && value > 0) anyOther = true;
                    if (value <= 0) continue;
                    plot.Add.Bar(new Bar
                    {
                        Position = d,
                        ValueBase = baseValue * 100,
                        Value = (baseValue + value) * 100,
                        FillColor = k < top.Count ? Palette.Category(k) : Color.FromHex(Palette.OtherCausesHex),
                        LineWidth = 0,
                        Size = 0.6,
                    });
                    baseValue += value;
                }
                descriptionParts.Add($"by day {Words.Days(days[d])}, {Words.Percent(baseValue)} collapsed");
            }
            plot.Axes.Bottom.TickGenerator = new NumericManual(
                Enumerable.Range(0, days.Count).Select(i => (double)i).ToArray(),
                days.Select(d => d == run.HorizonDays ? $"day {Words.Days(d)} (horizon)" : $"day {Words.Days(d)}").ToArray());
            plot.Axes.Bottom.MajorTickStyle.Length = 0;
            plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
            plot.Axes.SetLimits(-0.6, days.Count - 0.4, 0, Math.Max(yMax * 100 * 1.08, 1));
            plot.YLabel("Collapsed by this day (% of futures)");
            plot.XLabel("Days since the truce began");
            plot.Axes.Left.TickGenerator = PercentTicks();
            plot.Legend.ManualItems.Clear();
            for (var k = 0; k < top.Count; k++)
            {
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = causeLabel(top[k]), FillColor = Palette.Category(k) });
            }
            if (anyOther) plot.Legend.ManualItems.Add(new LegendItem { LabelText = "other causes", FillColor = Color.FromHex(Palette.OtherCausesHex) });
            var legend = plot.ShowLegend(Edge.Right);
            legend.Legend.FontSize = 13;
            legend.Legend.FontName = FontName;
            var lead = regime.Causes.FirstOrDefault();
            var description = $"{regime.Name}: {string.Join("; ", descriptionParts)}."
                + (lead is null ? "" : $" The leading cause is {causeLabel(lead.Cause)} ({Words.Percent(lead.ShareOfCollapses)} of collapses).");
            charts.Add(Chart.FromPlot("incidence-" + regime.Id, regime.Name, description, plot, 1000, 400));
        }
        return charts;
    }

    /// <summary>Verdicts on true and unfounded claims per regime, as shares (the confusion matrix drawn).</summary>
    public static Chart? Verification(RunFolder run)
    {
        var regimes = run.Regimes.Where(r => r.Verification is { AnyVerdict: true }).ToList();
        if (regimes.Count == 0) return null;
        var plot = NewPlot();
        string[] verdicts = ["confirmed", "refuted", "inconclusive"];
        Color[] colours = [Palette.Verdict(0), Palette.Verdict(1), Palette.Verdict(2)];
        var positions = new List<double>();
        var labels = new List<string>();
        var y = 0.0;
        var parts = new List<string>();
        foreach (var regime in regimes)
        {
            var v = regime.Verification!;
            foreach (var (kind, counts) in new[] { ("true claims", v.True), ("unfounded claims", v.Unfounded) })
            {
                y -= 1;
                positions.Add(y);
                labels.Add($"{regime.Name}: {kind}");
                var total = (double)counts.Sum();
                if (total == 0) continue;
                var start = 0.0;
                for (var k = 0; k < 3; k++)
                {
                    var share = counts[k] / total * 100;
                    if (share > 0)
                    {
                        plot.Add.Bar(new Bar
                        {
                            Position = y,
                            ValueBase = start,
                            Value = start + share,
                            FillColor = colours[k],
                            LineWidth = 0,
                            Size = 0.7,
                            Orientation = Orientation.Horizontal,
                        });
                    }
                    start += share;
                }
                parts.Add($"{regime.Name}, {kind}: " + string.Join(", ", Enumerable.Range(0, 3).Select(k => $"{Words.Percent(counts[k] / total)} {verdicts[k]}")) + ".");
            }
            y -= 0.4;
        }
        plot.Axes.Left.TickGenerator = new NumericManual(positions.ToArray(), labels.ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Axes.SetLimits(0, 100, y - 0.2, -0.3);
        plot.XLabel("Share of the claims that received a verdict (%)");
        plot.Legend.ManualItems.Clear();
        for (var k = 0; k < 3; k++) plot.Legend.ManualItems.Add(new LegendItem { LabelText = verdicts[k], FillColor = colours[k] });
        var legend = plot.ShowLegend(Edge.Bottom);
        legend.Legend.Orientation = Orientation.Horizontal;
        legend.Legend.FontSize = 13;
        legend.Legend.FontName = FontName;
        return Chart.FromPlot("verification", "Verdicts on true and unfounded claims", string.Join(" ", parts),
            plot, 1000, Math.Max(260, 110 + 38 * positions.Count));
    }

    /// <summary>Mean days from a claim to its verdict, per regime that judged claims.</summary>
    public static Chart? VerdictTime(RunFolder run)
    {
        var regimes = run.Regimes.Select((r, i) => (Regime: r, Index: i)).Where(x => x.Regime.Verification?.MeanDaysToVerdict is not null).ToList();
        if (regimes.Count == 0) return null;
        var plot = NewPlot();
        for (var i = 0; i < regimes.Count; i++)
        {
            plot.Add.Bar(new Bar
            {
                Position = -i,
                Value = regimes[i].Regime.Verification!.MeanDaysToVerdict!.Value,
                FillColor = Palette.Regime(regimes[i].Index),
                LineWidth = 0,
                Size = 0.6,
                Orientation = Orientation.Horizontal,
                Label = Words.Days(regimes[i].Regime.Verification!.MeanDaysToVerdict!.Value) + " d",
            });
        }
        plot.Axes.Left.TickGenerator = new NumericManual(regimes.Select((_, i) => (double)-i).ToArray(), regimes.Select(x => x.Regime.Name).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        var max = regimes.Max(x => x.Regime.Verification!.MeanDaysToVerdict!.Value);
        plot.Axes.SetLimits(0, Math.Max(max * 1.2, 1), -regimes.Count + 0.4, 0.6);
        plot.XLabel("Mean days from a claim to its verdict (days)");
        var description = "Mean days to verdict: " + string.Join("; ", regimes.Select(x => $"{x.Regime.Name} {Words.Days(x.Regime.Verification!.MeanDaysToVerdict!.Value)} days")) + ".";
        return Chart.FromPlot("verdict-time", "Time from claim to verdict", description, plot, 1000, Math.Max(200, 90 + 50 * regimes.Count));
    }

    internal static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Axes.Bottom.Label.FontSize = 15;
        plot.Axes.Left.Label.FontSize = 15;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Grid.MajorLineColor = Color.FromHex("#000000").WithAlpha(0.08);
        return plot;
    }

    internal static int RegimeIndex(RunFolder run, string id)
    {
        for (var i = 0; i < run.Regimes.Count; i++) if (run.Regimes[i].Id == id) return i;
        return 0;
    }

    internal static string NameOf(RunFolder run, string id) => run.Regime(id)?.Name ?? id;

    private static NumericManual PercentTicks()
    {
        double[] at = [0, 20, 40, 60, 80, 100];
        return new NumericManual(at, at.Select(v => Words.Number(v) + "%").ToArray());
    }

    private static double[] Grid(double horizon, IReadOnlyList<double> reportDays)
    {
        var grid = Enumerable.Range(0, GridPoints + 1).Select(i => horizon * i / GridPoints).Concat(reportDays).Where(d => d <= horizon)
            .Distinct().Order().ToArray();
        return grid;
    }

    /// <summary>The right-continuous step curve and its band at each grid day, in percent.</summary>
    private static (double[] S, double[] Lower, double[] Upper) Sample(IReadOnlyList<CurvePoint> curve, double[] grid)
    {
        var points = curve.OrderBy(p => p.Day).ToList();
        var s = new double[grid.Length];
        var lo = new double[grid.Length];
        var hi = new double[grid.Length];
        var j = -1;
        for (var i = 0; i < grid.Length; i++)
        {
            while (j + 1 < points.Count && points[j + 1].Day <= grid[i]) j++;
            var p = j >= 0 ? points[j] : null;
            s[i] = (p?.Survival ?? 1) * 100;
            lo[i] = (p?.Lower ?? p?.Survival ?? 1) * 100;
            hi[i] = (p?.Upper ?? p?.Survival ?? 1) * 100;
        }
        return (s, lo, hi);
    }

    private static string SurvivalDescription(RunFolder run)
    {
        var parts = run.Regimes.Where(r => r.Holds.Count > 0).Select(r =>
            $"{r.Name}: " + string.Join(", ", r.Holds.Select(h => $"{Words.Percent(h.Estimate)} at day {Words.Days(h.Day)}")) + ".");
        return "Kaplan–Meier curves with 95% log-log bands; dotted lines mark the report days. " + string.Join(" ", parts);
    }
}
