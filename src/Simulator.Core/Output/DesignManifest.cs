using System.Text;
using System.Text.Json;
using Simulator.Application.Studies;
using Simulator.Engine;
using Simulator.Storage;

namespace Simulator.Output;

/// <summary>
/// sweep.json, sample.json and sensitivity.json beside the CSV: which command and design produced it,
/// the scenario and its hash, the seed and trials per point, and <c>partial</c>: true when the run was
/// cancelled and the CSV holds only the points that finished.
/// </summary>
public static class DesignManifest
{
    /// <summary>Writes the manifest atomically.</summary>
    /// <param name="path">File to write.</param>
    /// <param name="command">sweep, sample or sensitivity.</param>
    /// <param name="plan">The design run.</param>
    /// <param name="result">What it produced.</param>
    /// <param name="extra">Further string fields (design, method, …), written in order.</param>
    public static WrittenFile Write(string path, string command, PreparedPlan plan, PointRunResult result, IReadOnlyList<KeyValuePair<string, string>> extra)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("command", command);
            json.WriteString("engine_version", EngineVersion.Current);
            json.WriteString("scenario_source", plan.Plan.DisplayName);
            var first = plan.Points.Count > 0 ? plan.Points[0].Scenario : null;
            if (first is not null)
            {
                json.WriteString("scenario", first.Name);
                json.WriteNumber("seed", first.Seed);
                json.WriteNumber("trials_per_point", first.Trials);
            }
            json.WriteStartArray("overrides");
            foreach (var o in plan.Plan.BaseOverrides) json.WriteStringValue(o);
            json.WriteEndArray();
            json.WriteStartArray("parameters");
            foreach (var p in plan.Plan.ParameterNames) json.WriteStringValue(p);
            json.WriteEndArray();
            foreach (var (key, value) in extra) json.WriteString(key, value);
            json.WriteNumber("points_requested", result.Requested);
            json.WriteNumber("points_completed", result.Completed.Count);
            json.WriteBoolean("partial", result.Partial);
            json.WriteEndObject();
        }
        var text = Encoding.UTF8.GetString(stream.ToArray()) + "\n";
        return AtomicFile.WriteAllText(path, text);
    }
}
