using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Simulator.Model;
using Simulator.Results;
using Simulator.Results.Precision;
using Simulator.Statistics;

namespace Simulator.Output;

/// <summary>
/// Renders summary.json (schema in docs/output-format.md). Written by hand with Utf8JsonWriter so
/// key order and number formatting are fixed: the same run gives the same bytes. Non-finite
/// numbers are written as null.
/// </summary>
public static class SummaryJson
{
    /// <summary>Schema version of the file; bumped on any incompatible change.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The JSON text, indented, ending with a newline.</summary>
    public static string Render(RunReport report)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("schema_version", SchemaVersion);
            w.WriteString("engine_version", report.EngineVersion);
            w.WriteStartObject("scenario");
            w.WriteString("name", report.Scenario.Name);
            w.WriteString("source", report.ScenarioSource);
            w.WriteString("hash", report.ScenarioHash);
            w.WriteString("copy", OutputFiles.Scenario);
            w.WriteStartArray("overrides");
            foreach (var o in report.Overrides) w.WriteStringValue(o);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteNumber("seed", report.Scenario.Seed);
            w.WriteNumber("trials_requested", report.TrialsRequested);
            w.WriteNumber("trials_completed", report.TrialsCompleted);
            w.WriteBoolean("partial", report.Partial);
            if (report.Precision is { } precision) WritePrecision(w, precision);
            w.WriteNumber("horizon_days", report.Scenario.HorizonDays);
            w.WriteStartArray("report_days");
            foreach (var day in report.Days) w.WriteNumberValue(day);
            w.WriteEndArray();
            w.WriteString("baseline_regime", report.BaselineId);
            w.WriteStartArray("regimes");
            foreach (var regime in report.Regimes) WriteRegime(w, regime, report);
            w.WriteEndArray();
            w.WriteStartArray("comparisons");
            foreach (var comparison in report.Comparisons) WriteComparison(w, comparison);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WritePrecision(Utf8JsonWriter w, PrecisionOutcome p)
    {
        w.WriteStartObject("precision");
        w.WriteString("target", PrecisionGoal.Name(p.Goal.Target));
        Number(w, "half_width_target", p.Goal.HalfWidth);
        w.WriteString("half_width_unit", p.Goal.Target == PrecisionTarget.RestrictedMean ? "days" : "probability");
        Nullable(w, "achieved_max_half_width", p.Final?.MaxHalfWidth);
        w.WriteNumber("trials", p.Trials);
        w.WriteNumber("max_trials", p.Goal.MaxTrials);
        w.WriteNumber("first_batch", p.FirstBatch);
        w.WriteString("stopped_because", PrecisionGoal.Name(p.StoppedBecause));
        w.WriteStartArray("batches");
        foreach (var check in p.Checks)
        {
            w.WriteStartObject();
            w.WriteNumber("trials", check.Trials);
            Number(w, "max_half_width", check.MaxHalfWidth);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("half_widths");
        foreach (var m in p.Final?.Measures ?? [])
        {
            w.WriteStartObject();
            w.WriteString("regime", m.RegimeId);
            if (m.BaselineId is not null) w.WriteString("baseline", m.BaselineId);
            Number(w, "estimate", m.Estimate);
            Number(w, "half_width", m.HalfWidth);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRegime(Utf8JsonWriter w, RegimeReport regime, RunReport report)
    {
        w.WriteStartObject();
        w.WriteString("id", regime.Regime.Id);
        w.WriteString("name", regime.Regime.Name);
        w.WriteString("kind", RegimeKindNames.Name(regime.Regime.Kind));
        var s = regime.Statistics;
        if (s is not null)
        {
            w.WriteNumber("trials", s.Trials);
            w.WriteNumber("collapsed", s.Collapsed);
            Number(w, "collapsed_share", s.CollapsedShare);
            w.WriteStartArray("holds");
            foreach (var e in s.Survival) Interval(w, e.Day, e.Survival, e.Lower, e.Upper);
            w.WriteEndArray();
            if (regime.Curve is not null)
            {
                var hazard = NelsonAalen.Estimate(regime.Curve.Table);
                w.WriteStartArray("cumulative_hazard");
                foreach (var day in report.Days)
                {
                    var h = hazard.At(day);
                    w.WriteStartObject();
                    Number(w, "day", day);
                    Number(w, "estimate", h.CumulativeHazard);
                    Number(w, "std_error", h.StandardError);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteStartArray("quartiles_days");
            foreach (var q in s.Quartiles)
            {
                w.WriteStartObject();
                Number(w, "probability", q.Probability);
                Nullable(w, "estimate", q.Estimate);
                Nullable(w, "lower95", q.Lower);
                Nullable(w, "upper95", q.Upper);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("restricted_mean_days");
            Number(w, "estimate", s.RestrictedMean.Estimate);
            Number(w, "std_error", s.RestrictedMean.StandardError);
            Number(w, "lower95", s.RestrictedMean.Lower);
            Number(w, "upper95", s.RestrictedMean.Upper);
            w.WriteEndObject();
            WriteWeibull(w, s.Weibull);
            w.WriteStartArray("causes");
            foreach (var c in s.Causes)
            {
                w.WriteStartObject();
                w.WriteString("cause", report.Causes.Name(c.CauseId));
                w.WriteNumber("collapses", c.Count);
                Number(w, "share_of_collapses", c.ShareOfCollapses);
                Number(w, "share_of_trials", c.ShareOfTrials);
                if (regime.Incidence is not null)
                {
                    w.WriteStartArray("cumulative_incidence");
                    foreach (var day in report.Days)
                    {
                        var point = regime.Incidence.At(c.CauseId, day);
                        w.WriteStartObject();
                        Number(w, "day", day);
                        Number(w, "estimate", point.Incidence);
                        Number(w, "std_error", point.StandardError);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        WriteVerification(w, regime.Verification);
        WriteCost(w, regime.Cost);
        w.WriteEndObject();
    }

    private static void WriteWeibull(Utf8JsonWriter w, WeibullFit fit)
    {
        w.WriteStartObject("weibull");
        w.WriteString("status", fit.Status.ToString().ToLowerInvariant());
        if (fit.Estimate is { } e)
        {
            Number(w, "shape", e.Shape);
            Number(w, "shape_lower95", e.ShapeLower);
            Number(w, "shape_upper95", e.ShapeUpper);
            Number(w, "scale_days", e.Scale);
            Number(w, "scale_lower95", e.ScaleLower);
            Number(w, "scale_upper95", e.ScaleUpper);
        }
        w.WriteEndObject();
    }

    private static void WriteVerification(Utf8JsonWriter w, VerificationReport v)
    {
        var t = v.Totals;
        w.WriteStartObject("verification");
        w.WriteNumber("incidents", t.Incidents);
        w.WriteNumber("claims_true", t.ClaimsTrue);
        w.WriteNumber("claims_unfounded", t.ClaimsUnfounded);
        w.WriteStartObject("confusion");
        w.WriteNumber("true_confirmed", t.TrueConfirmed);
        w.WriteNumber("true_refuted", t.TrueRefuted);
        w.WriteNumber("true_inconclusive", t.TrueInconclusive);
        w.WriteNumber("unfounded_confirmed", t.UnfoundedConfirmed);
        w.WriteNumber("unfounded_refuted", t.UnfoundedRefuted);
        w.WriteNumber("unfounded_inconclusive", t.UnfoundedInconclusive);
        w.WriteEndObject();
        Nullable(w, "achieved_sensitivity", v.AchievedSensitivity);
        Nullable(w, "achieved_specificity", v.AchievedSpecificity);
        Nullable(w, "mean_days_to_verdict", v.MeanDaysToVerdict);
        Nullable(w, "median_days_to_verdict", v.MedianDaysToVerdict);
        Nullable(w, "p90_days_to_verdict", v.P90DaysToVerdict);
        w.WriteNumber("max_backlog", t.MaxBacklog);
        w.WriteNumber("access_refusals", t.AccessRefusals);
        w.WriteNumber("remedies", t.Remedies);
        w.WriteNumber("retaliations", t.Retaliations);
        Number(w, "mean_peak_escalation", v.MeanPeakEscalation);
        w.WriteNumber("max_peak_escalation", t.PeakEscalationMax);
        w.WriteStartObject("time_share");
        Number(w, "holding", v.TimeShareByTruceState[0]);
        Number(w, "strained", v.TimeShareByTruceState[1]);
        Number(w, "escalating", v.TimeShareByTruceState[2]);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteCost(Utf8JsonWriter w, CostReport c)
    {
        w.WriteStartObject("cost");
        Number(w, "total", c.Total);
        Number(w, "per_trial", c.PerTrial);
        Nullable(w, "per_day_held", c.PerDayHeld);
        Nullable(w, "per_day_gained", c.PerDayGained);
        w.WriteNumber("inspections", c.Inspections);
        w.WriteNumber("refusals", c.Refusals);
        w.WriteNumber("refusals_read_as_confirmation", c.RefusalsReadAsConfirmation);
        w.WriteEndObject();
    }

    private static void WriteComparison(Utf8JsonWriter w, ComparisonReport c)
    {
        var p = c.Paired;
        w.WriteStartObject();
        w.WriteString("regime", c.RegimeId);
        w.WriteString("baseline", c.BaselineId);
        w.WriteNumber("pairs", p.Pairs);
        w.WriteStartArray("hold_differences");
        // The paired tally appends the horizon even when it is a report day: list each day once, like report_days.
        foreach (var d in p.Days.DistinctBy(d => d.Day))
        {
            w.WriteStartObject();
            Number(w, "day", d.Day);
            Number(w, "difference", d.Difference);
            Number(w, "lower95", d.Lower);
            Number(w, "upper95", d.Upper);
            Nullable(w, "variance_reduction", d.VarianceReduction);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("restricted_mean_difference_days");
        Number(w, "difference", p.RestrictedMeanDifference);
        Number(w, "lower95", p.RestrictedMeanLower);
        Number(w, "upper95", p.RestrictedMeanUpper);
        Nullable(w, "variance_reduction", p.RestrictedMeanVarianceReduction);
        w.WriteEndObject();
        w.WriteStartObject("logrank");
        Number(w, "chi_square", c.LogRank.ChiSquare);
        w.WriteNumber("df", c.LogRank.DegreesOfFreedom);
        Number(w, "p_value", c.LogRank.PValue);
        Number(w, "log10_p_value", c.LogRank.Log10PValue);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Interval(Utf8JsonWriter w, double day, double estimate, double lower, double upper)
    {
        w.WriteStartObject();
        Number(w, "day", day);
        Number(w, "estimate", estimate);
        Number(w, "lower95", lower);
        Number(w, "upper95", upper);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value)) w.WriteNumber(name, value);
        else w.WriteNull(name);
    }

    private static void Nullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) Number(w, name, v);
        else w.WriteNull(name);
    }
}
