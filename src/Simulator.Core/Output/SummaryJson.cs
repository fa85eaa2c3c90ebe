using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Simulator.Model;
using Simulator.Output.Summaries;
using Simulator.Results;
using Simulator.Results.Precision;
using Simulator.Statistics;

namespace Simulator.Output;

/// <summary>
/// summary.json (schema in docs/output-format.md), written and read through one model
/// (<see cref="SummaryDocument"/> and its parts, serialized by <see cref="OutputJsonContext"/>):
/// key order and number formatting are fixed, so the same run gives the same bytes. Non-finite
/// numbers are written as null.
/// </summary>
public static class SummaryJson
{
    /// <summary>Schema version of the file; bumped on any incompatible change.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON text, indented, ending with a newline.</summary>
    public static string Render(RunReport report) => Render(Build(report));

    /// <summary>The JSON text of a document, indented, ending with a newline.</summary>
    public static string Render(SummaryDocument document)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(w, document, OutputJsonContext.Default.SummaryDocument);
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Reads a summary.json; throws <see cref="JsonException"/> when it is not one.</summary>
    public static SummaryDocument Read(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, OutputJsonContext.Default.SummaryDocument) ?? throw new JsonException("summary.json is null");

    /// <summary>The document of a run's report.</summary>
    public static SummaryDocument Build(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new SummaryDocument
        {
            SchemaVersion = SchemaVersion,
            EngineVersion = report.EngineVersion,
            Scenario = new ScenarioSummary
            {
                Name = report.Scenario.Name,
                Source = report.ScenarioSource,
                Hash = report.ScenarioHash,
                Copy = OutputFiles.Scenario,
                Overrides = [.. report.Overrides],
            },
            Seed = report.Scenario.Seed,
            TrialsRequested = report.TrialsRequested,
            TrialsCompleted = report.TrialsCompleted,
            Partial = report.Partial,
            Precision = report.Precision is { } precision ? Precision(precision) : null,
            HorizonDays = report.Scenario.HorizonDays,
            ReportDays = [.. report.Days],
            BaselineRegime = report.BaselineId,
            Regimes = [.. report.Regimes.Select(r => Regime(r, report))],
            Comparisons = [.. report.Comparisons.Select(Comparison)],
            Frontier = [.. RunFrontier.Of(report).Select(e => Frontier(e, report.Scenario.HorizonDays))],
        };
    }

    private static FrontierSummary Frontier(Studies.Frontier.FrontierEntry entry, double horizon)
    {
        var p = entry.Point;
        return new FrontierSummary
        {
            Regime = p.Regime,
            CostPerTrial = p.CostPerTrial,
            InspectionsPerTrial = double.IsFinite(p.InspectionsPerTrial) ? p.InspectionsPerTrial : null,
            RefusalsPerTrial = double.IsFinite(p.RefusalsPerTrial) ? p.RefusalsPerTrial : null,
            HoldsHorizon = double.IsFinite(p.Holds) ? new DayInterval { Day = horizon, Estimate = p.Holds, Lower95 = p.HoldsLower, Upper95 = p.HoldsUpper } : null,
            Rmst = double.IsFinite(p.Rmst) ? new DayInterval { Day = horizon, Estimate = p.Rmst, Lower95 = p.RmstLower, Upper95 = p.RmstUpper } : null,
            Efficient = entry.Efficient,
            EfficientWithIntrusiveness = entry.EfficientWithIntrusiveness,
        };
    }

    private static PrecisionSummary Precision(PrecisionOutcome p) => new()
    {
        Target = PrecisionGoal.Name(p.Goal.Target),
        HalfWidthTarget = p.Goal.HalfWidth,
        HalfWidthUnit = p.Goal.Target == PrecisionTarget.RestrictedMean ? "days" : "probability",
        AchievedMaxHalfWidth = p.Final?.MaxHalfWidth,
        Trials = p.Trials,
        MaxTrials = p.Goal.MaxTrials,
        FirstBatch = p.FirstBatch,
        StoppedBecause = PrecisionGoal.Name(p.StoppedBecause),
        Batches = [.. p.Checks.Select(c => new PrecisionBatch { Trials = c.Trials, MaxHalfWidth = c.MaxHalfWidth })],
        HalfWidths = [.. (p.Final?.Measures ?? []).Select(m => new PrecisionHalfWidth
        {
            Regime = m.RegimeId, Baseline = m.BaselineId, Estimate = m.Estimate, HalfWidth = m.HalfWidth,
        })],
    };

    private static RegimeSummary Regime(RegimeReport regime, RunReport report)
    {
        var summary = new RegimeSummary
        {
            Id = regime.Regime.Id,
            Name = regime.Regime.Name,
            Kind = RegimeKindNames.Name(regime.Regime.Kind),
            Verification = Verification(regime.Verification),
            Cost = Cost(regime.Cost),
        };
        if (regime.Statistics is not { } s) return summary;
        IReadOnlyList<DayValue>? hazard = null;
        if (regime.Curve is not null)
        {
            hazard = [.. report.Days.Select((day, d) =>
            {
                var h = regime.Curve.HazardAtDays[d];
                return new DayValue { Day = day, Estimate = h.CumulativeHazard, StdError = h.StandardError };
            })];
        }
        return summary with
        {
            Trials = s.Trials,
            Collapsed = s.Collapsed,
            CollapsedShare = s.CollapsedShare,
            Holds = [.. s.Survival.Select(e => new DayInterval { Day = e.Day, Estimate = e.Survival, Lower95 = e.Lower, Upper95 = e.Upper })],
            CumulativeHazard = hazard,
            QuartilesDays = [.. s.Quartiles.Select(q => new QuartileSummary { Probability = q.Probability, Estimate = q.Estimate, Lower95 = q.Lower, Upper95 = q.Upper })],
            RestrictedMeanDays = new RestrictedMeanSummary
            {
                Estimate = s.RestrictedMean.Estimate, StdError = s.RestrictedMean.StandardError,
                Lower95 = s.RestrictedMean.Lower, Upper95 = s.RestrictedMean.Upper,
            },
            Weibull = Weibull(s.Weibull),
            Causes = [.. s.Causes.Select(c => new CauseSummary
            {
                Cause = report.Causes.Name(c.CauseId),
                Collapses = c.Count,
                ShareOfCollapses = c.ShareOfCollapses,
                ShareOfTrials = c.ShareOfTrials,
                CumulativeIncidence = regime.Incidence is null ? null : [.. report.Days.Select(day =>
                {
                    var point = regime.Incidence.At(c.CauseId, day);
                    return new DayValue { Day = day, Estimate = point.Incidence, StdError = point.StandardError };
                })],
            })],
        };
    }

    private static WeibullSummary Weibull(WeibullFit fit) => fit.Estimate is { } e
        ? new WeibullSummary
        {
            Status = fit.Status.ToString().ToLowerInvariant(),
            Shape = e.Shape, ShapeLower95 = e.ShapeLower, ShapeUpper95 = e.ShapeUpper,
            ScaleDays = e.Scale, ScaleLower95 = e.ScaleLower, ScaleUpper95 = e.ScaleUpper,
        }
        : new WeibullSummary { Status = fit.Status.ToString().ToLowerInvariant() };

    private static VerificationSummary Verification(VerificationReport v)
    {
        var t = v.Totals;
        return new VerificationSummary
        {
            Incidents = t.Incidents,
            ClaimsTrue = t.ClaimsTrue,
            ClaimsUnfounded = t.ClaimsUnfounded,
            Confusion = new ConfusionSummary
            {
                TrueConfirmed = t.TrueConfirmed, TrueRefuted = t.TrueRefuted, TrueInconclusive = t.TrueInconclusive,
                UnfoundedConfirmed = t.UnfoundedConfirmed, UnfoundedRefuted = t.UnfoundedRefuted, UnfoundedInconclusive = t.UnfoundedInconclusive,
            },
            AchievedSensitivity = v.AchievedSensitivity,
            AchievedSpecificity = v.AchievedSpecificity,
            MeanDaysToVerdict = v.MeanDaysToVerdict,
            MedianDaysToVerdict = v.MedianDaysToVerdict,
            P90DaysToVerdict = v.P90DaysToVerdict,
            MaxBacklog = t.MaxBacklog,
            AccessRefusals = t.AccessRefusals,
            Remedies = t.Remedies,
            Retaliations = t.Retaliations,
            MeanPeakEscalation = v.MeanPeakEscalation,
            MaxPeakEscalation = t.PeakEscalationMax,
            TimeShare = new TimeShareSummary
            {
                Holding = v.TimeShareByTruceState[0], Strained = v.TimeShareByTruceState[1], Escalating = v.TimeShareByTruceState[2],
            },
        };
    }

    private static CostSummary Cost(CostReport c) => new()
    {
        Total = c.Total,
        PerTrial = c.PerTrial,
        PerDayHeld = c.PerDayHeld,
        PerDayGained = c.PerDayGained,
        Inspections = c.Inspections,
        Refusals = c.Refusals,
        RefusalsReadAsConfirmation = c.RefusalsReadAsConfirmation,
    };

    private static ComparisonSummary Comparison(ComparisonReport c)
    {
        var p = c.Paired;
        return new ComparisonSummary
        {
            Regime = c.RegimeId,
            Baseline = c.BaselineId,
            Pairs = p.Pairs,
            // The paired tally appends the horizon even when it is a report day: list each day once, like report_days.
            HoldDifferences = [.. p.Days.DistinctBy(d => d.Day).Select(d => new HoldDifference
            {
                Day = d.Day, Difference = d.Difference, Lower95 = d.Lower, Upper95 = d.Upper, VarianceReduction = d.VarianceReduction,
            })],
            RestrictedMeanDifferenceDays = new RestrictedMeanDifference
            {
                Difference = p.RestrictedMeanDifference, Lower95 = p.RestrictedMeanLower, Upper95 = p.RestrictedMeanUpper,
                VarianceReduction = p.RestrictedMeanVarianceReduction,
            },
            LogRank = new LogRankSummary
            {
                ChiSquare = c.LogRank.ChiSquare, Df = c.LogRank.DegreesOfFreedom, PValue = c.LogRank.PValue, Log10PValue = c.LogRank.Log10PValue,
            },
        };
    }
}
