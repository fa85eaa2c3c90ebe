using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
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
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        WriteVerification(w, regime.Verification);
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

    private static void WriteComparison(Utf8JsonWriter w, ComparisonReport c)
    {
        var p = c.Paired;
        w.WriteStartObject();
        w.WriteString("regime", c.RegimeId);
        w.WriteString("baseline", c.BaselineId);
        w.WriteNumber("pairs", p.Pairs);
        w.WriteStartArray("hold_differences");
        foreach (var d in p.Days)
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
