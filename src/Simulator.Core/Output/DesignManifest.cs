using System.Text;
using System.Text.Json;
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
    /// <param name="content">What the manifest says.</param>
    public static void Write(string path, string command, DesignManifestContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("command", command);
            json.WriteString("engine_version", EngineVersion.Current);
            json.WriteString("scenario_source", content.ScenarioSource);
            var first = content.FirstPoint;
            if (first is not null)
            {
                json.WriteString("scenario", first.Name);
                json.WriteNumber("seed", first.Seed);
                json.WriteNumber("trials_per_point", first.Trials);
            }
            json.WriteStartArray("overrides");
            foreach (var o in content.Overrides) json.WriteStringValue(o);
            json.WriteEndArray();
            json.WriteStartArray("parameters");
            foreach (var p in content.Parameters) json.WriteStringValue(p);
            json.WriteEndArray();
            foreach (var (key, value) in content.Extra) json.WriteString(key, value);
            json.WriteNumber("points_requested", content.PointsRequested);
            json.WriteNumber("points_completed", content.PointsCompleted);
            json.WriteBoolean("partial", content.PointsCompleted < content.PointsRequested);
            json.WriteEndObject();
        }
        var text = Encoding.UTF8.GetString(stream.ToArray()) + "\n";
        AtomicFile.WriteAllText(path, text);
    }
}
