using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Simulator.Application.Studies;
using Simulator.Output;

namespace Simulator.Cli.Rendering;

/// <summary>
/// <c>sweep|sample|sensitivity --format json</c>: one document holding each finished point's
/// settings and its summary (the content summary.json has for a run) and, for a sensitivity
/// analysis, the ranked indices (the columns of sensitivity.csv).
/// </summary>
internal static class StudyJson
{
    public static void Write(StudyOutcome run, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var plan = run.Plan;
            w.WriteStartObject();
            w.WriteString("command", plan.Command);
            w.WriteString("title", plan.Title);
            w.WriteBoolean("partial", run.Partial);
            w.WriteNumber("points_requested", run.Result.Requested);
            w.WriteNumber("points_completed", run.Completed.Count);
            w.WriteStartArray("parameters");
            foreach (var name in plan.Points.Plan.ParameterNames) w.WriteStringValue(name);
            w.WriteEndArray();
            if (plan.Sensitivity is { } s) WriteIndices(w, run, s);
            w.WriteStartArray("points");
            foreach (var point in run.Completed)
            {
                w.WriteStartObject();
                w.WriteNumber("point", point.Point.Number);
                w.WriteStartObject("settings");
                foreach (var setting in point.Point.Settings) w.WriteString(setting.Path, setting.Value);
                w.WriteEndObject();
                w.WritePropertyName("summary");
                using (var summary = JsonDocument.Parse(SummaryJson.Render(point.Report))) summary.RootElement.WriteTo(w);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
    }

    private static void WriteIndices(Utf8JsonWriter w, StudyOutcome run, SensitivityPlan plan)
    {
        w.WriteString("method", SensitivityCsv.Name(plan.Study.Method));
        w.WriteString("output", SensitivityCsv.Name(plan.Output));
        w.WriteNumber("resamples", plan.Resamples);
        w.WriteStartArray("indices");
        foreach (var r in run.Indices)
        {
            w.WriteStartObject();
            w.WriteString("regime", r.Regime);
            w.WriteNumber("rank", r.Rank);
            w.WriteString("parameter", r.Parameter.Path);
            w.WriteString("distribution", r.Parameter.Distribution.Describe());
            w.WriteNumber("groups", r.Groups);
            if (r.Sobol is { } sobol)
            {
                OutputNumber.WriteJson(w, "s1", sobol.First);
                OutputNumber.WriteJson(w, "s1_lower", sobol.FirstLower);
                OutputNumber.WriteJson(w, "s1_upper", sobol.FirstUpper);
                OutputNumber.WriteJson(w, "st", sobol.Total);
                OutputNumber.WriteJson(w, "st_lower", sobol.TotalLower);
                OutputNumber.WriteJson(w, "st_upper", sobol.TotalUpper);
            }
            if (r.Morris is { } morris)
            {
                OutputNumber.WriteJson(w, "mu_star", morris.MuStar);
                OutputNumber.WriteJson(w, "mu_star_lower", morris.MuStarLower);
                OutputNumber.WriteJson(w, "mu_star_upper", morris.MuStarUpper);
                OutputNumber.WriteJson(w, "mu", morris.Mu);
                OutputNumber.WriteJson(w, "sigma", morris.Sigma);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
