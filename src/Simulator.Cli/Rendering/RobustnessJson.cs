using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Simulator.Output;
using Simulator.Application.Robustness;

namespace Simulator.Cli.Rendering;

/// <summary>robustness --format json: the verdict, the rows of robustness.csv and the frontier over worlds as one document.</summary>
internal static class RobustnessJson
{
    public static void Write(RobustnessOutcome outcome, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("points_file", outcome.PointsFile);
            w.WriteBoolean("partial", outcome.Partial);
            w.WriteNumber("worlds", outcome.Worlds);
            w.WriteString("verdict", outcome.Verdict.Sentence(outcome.Criteria.FirstOrDefault(c => c.Output == "holds")?.ToString()));
            w.WriteStartArray("rows");
            foreach (var r in outcome.Rows)
            {
                w.WriteStartObject();
                w.WriteString("measure", r.Measure);
                w.WriteString("regime", r.Regime);
                w.WriteNumber("worlds", r.Worlds);
                OutputNumber.WriteJson(w, "mean", r.Mean);
                OutputNumber.WriteJson(w, "p10", r.P10);
                OutputNumber.WriteJson(w, "p50", r.P50);
                OutputNumber.WriteJson(w, "p90", r.P90);
                OutputNumber.WriteJson(w, "min", r.Min);
                OutputNumber.WriteJson(w, "max", r.Max);
                OutputNumber.WriteJson(w, "regret_mean", r.RegretMean);
                OutputNumber.WriteJson(w, "regret_p90", r.RegretP90);
                OutputNumber.WriteJson(w, "regret_max", r.RegretMax);
                OutputNumber.WriteJson(w, "satisficed_share", r.Satisficed ?? double.NaN);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("frontier");
            foreach (var e in outcome.Frontier)
            {
                var p = e.Point;
                w.WriteStartObject();
                w.WriteString("regime", p.Regime);
                OutputNumber.WriteJson(w, "cost_per_trial", p.CostPerTrial);
                OutputNumber.WriteJson(w, "inspections_per_trial", p.InspectionsPerTrial);
                OutputNumber.WriteJson(w, "refusals_per_trial", p.RefusalsPerTrial);
                OutputNumber.WriteJson(w, "holds", p.Holds);
                OutputNumber.WriteJson(w, "holds_p10", p.HoldsLower);
                OutputNumber.WriteJson(w, "holds_p90", p.HoldsUpper);
                w.WriteBoolean("efficient", e.Efficient);
                w.WriteBoolean("efficient_with_intrusiveness", e.EfficientWithIntrusiveness);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
    }
}
