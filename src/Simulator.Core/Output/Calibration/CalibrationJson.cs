using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Simulator.Loading.Durations;
using Simulator.Studies.Calibration;

namespace Simulator.Output.Calibration;

/// <summary>
/// Renders calibration.json (schema in docs/calibration.md): the fitted parameters with their 95%
/// intervals, the fit statistics overall and per group, and what produced them. Written with
/// Utf8JsonWriter in a fixed key order and holding no clock time, so the same calibration gives
/// the same bytes; non-finite numbers are null.
/// </summary>
public static class CalibrationJson
{
    /// <summary>Schema version of the file; bumped on any incompatible change.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The JSON text, indented, ending with a newline.</summary>
    public static string Render(CalibrationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("schema_version", SchemaVersion);
            w.WriteBoolean("partial", result.Partial);
            WriteScenario(w, result);
            WriteData(w, result.Data);
            WriteMethod(w, result);
            Number(w, "objective", result.Deviance);
            w.WriteStartObject("goodness_of_fit");
            Number(w, "deviance", result.Deviance);
            w.WriteNumber("df", result.DegreesOfFreedom);
            Nullable(w, "p_value", result.GoodnessOfFitP);
            w.WriteEndObject();
            w.WriteStartArray("parameters");
            foreach (var p in result.Parameters) WriteParameter(w, p);
            w.WriteEndArray();
            w.WriteStartArray("groups");
            foreach (var g in result.Groups) WriteGroup(w, g, result.Bins);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteScenario(Utf8JsonWriter w, CalibrationResult r)
    {
        w.WriteStartObject("scenario");
        w.WriteString("name", r.ScenarioName);
        w.WriteString("source", r.ScenarioSource);
        w.WriteStartArray("overrides");
        foreach (var o in r.Overrides) w.WriteStringValue(o);
        w.WriteEndArray();
        w.WriteString("calibrated", OutputFiles.Calibrated);
        w.WriteString("calibrated_hash", r.CalibratedHash);
        w.WriteEndObject();
    }

    private static void WriteData(Utf8JsonWriter w, DurationData d)
    {
        w.WriteStartObject("data");
        w.WriteString("file", Path.GetFileName(d.File));
        w.WriteString("sha256", d.Sha256);
        w.WriteNumber("rows_read", d.RowsRead);
        w.WriteNumber("rows_used", d.Rows.Count);
        w.WriteString("duration_column", d.Columns.Duration);
        w.WriteString("event_column", d.Columns.Event);
        w.WriteString("time_unit", d.Columns.TimeUnit.Name());
        if (d.Columns.Group is { } g) w.WriteString("group_column", g);
        else w.WriteNull("group_column");
        w.WriteStartArray("where");
        foreach (var (column, value) in d.Columns.Where) w.WriteStringValue($"{column}={value}");
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteMethod(Utf8JsonWriter w, CalibrationResult r)
    {
        w.WriteStartObject("method");
        w.WriteString("objective", "deviance of the data from the model's hazard on smooth intervals (docs/calibration.md)");
        w.WriteString("search", "golden-section search for one parameter; Nelder–Mead simplex in logit coordinates, restarted, then each coordinate polished, for several");
        w.WriteString("intervals", "profile deviance, χ² threshold widened by 1 + 3n/N");
        w.WriteNumber("trials", r.Trials);
        w.WriteNumber("seed", r.Seed);
        w.WriteNumber("horizon_days", r.HorizonDays);
        w.WriteStartArray("interval_nodes_days");
        foreach (var b in r.Bins.Nodes) w.WriteNumberValue(b);
        w.WriteEndArray();
        Number(w, "interval_threshold", r.IntervalThreshold);
        Number(w, "band_threshold", r.BandThreshold);
        w.WriteNumber("evaluations", r.Evaluations);
        w.WriteBoolean("converged", r.Converged);
        w.WriteEndObject();
    }

    private static void WriteParameter(Utf8JsonWriter w, FittedParameter p)
    {
        w.WriteStartObject();
        w.WriteString("path", p.Parameter.Path);
        Number(w, "estimate", p.Estimate);
        Nullable(w, "lower95", p.Interval?.Lower);
        Nullable(w, "upper95", p.Interval?.Upper);
        Number(w, "lower_bound", p.Parameter.Lower);
        Number(w, "upper_bound", p.Parameter.Upper);
        if (p.Interval is { } i)
        {
            w.WriteBoolean("lower95_at_bound", i.LowerAtBound);
            w.WriteBoolean("upper95_at_bound", i.UpperAtBound);
        }
        w.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter w, GroupFit g, HazardBins bins)
    {
        w.WriteStartObject();
        w.WriteString("value", g.Value);
        w.WriteString("regime", g.Regime);
        w.WriteNumber("subjects", g.Subjects);
        w.WriteNumber("events", g.Events);
        w.WriteNumber("censored_at_horizon", g.CensoredAtHorizon);
        Number(w, "deviance", g.Deviance);
        w.WriteNumber("terms", g.Terms);
        Number(w, "log_likelihood", g.LogLikelihood);
        w.WriteStartObject("logrank");
        Number(w, "observed", g.LogRank.Observed);
        Number(w, "expected", g.LogRank.Expected);
        Number(w, "chi_square", g.LogRank.ChiSquare);
        Number(w, "p_value", g.LogRank.PValue);
        w.WriteEndObject();
        w.WriteStartArray("intervals");
        for (var k = 0; k < bins.Count; k++)
        {
            w.WriteStartObject();
            w.WriteNumber("node_day", bins.Nodes[k]);
            Number(w, "events", g.IntervalEvents[k]);
            Number(w, "exposure_days", g.IntervalExposure[k]);
            Nullable(w, "data_hazard", g.IntervalExposure[k] > 0 ? g.IntervalEvents[k] / g.IntervalExposure[k] : null);
            Number(w, "model_hazard", g.ModelHazards[k]);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("holds");
        foreach (var h in g.Holds)
        {
            w.WriteStartObject();
            Number(w, "day", h.Data.Day);
            Number(w, "data", h.Data.Survival);
            Number(w, "data_lower95", h.Data.Lower);
            Number(w, "data_upper95", h.Data.Upper);
            Number(w, "model", h.Model.Survival);
            Number(w, "model_lower95", h.Model.Lower);
            Number(w, "model_upper95", h.Model.Upper);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value)) w.WriteNumber(name, OutputNumber.Clean(value));
        else w.WriteNull(name);
    }

    private static void Nullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) Number(w, name, v);
        else w.WriteNull(name);
    }
}
