using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
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
                Number(w, "mean", r.Mean);
                Number(w, "p10", r.P10);
                Number(w, "p50", r.P50);
                Number(w, "p90", r.P90);
                Number(w, "min", r.Min);
                Number(w, "max", r.Max);
                Number(w, "regret_mean", r.RegretMean);
                Number(w, "regret_p90", r.RegretP90);
                Number(w, "regret_max", r.RegretMax);
                Number(w, "satisficed_share", r.Satisficed ?? double.NaN);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("frontier");
            foreach (var e in outcome.Frontier)
            {
                var p = e.Point;
                w.WriteStartObject();
                w.WriteString("regime", p.Regime);
                Number(w, "cost_per_trial", p.CostPerTrial);
                Number(w, "inspections_per_trial", p.InspectionsPerTrial);
                Number(w, "refusals_per_trial", p.RefusalsPerTrial);
                Number(w, "holds", p.Holds);
                Number(w, "holds_p10", p.HoldsLower);
                Number(w, "holds_p90", p.HoldsUpper);
                w.WriteBoolean("efficient", e.Efficient);
                w.WriteBoolean("efficient_with_intrusiveness", e.EfficientWithIntrusiveness);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
    }

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value)) w.WriteNumber(name, value);
        else w.WriteNull(name);
    }
}
