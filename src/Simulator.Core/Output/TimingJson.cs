using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Simulator.Engine;

namespace Simulator.Output;

/// <summary>timing.json: what varies between identical runs (wall time, throughput, machine), kept out of summary.json; <c>partial</c> as in summary.json.</summary>
public static class TimingJson
{
    /// <summary>The JSON text.</summary>
    public static string Render(RunResult result)
    {
        var seconds = Math.Max(result.Elapsed.TotalSeconds, 1e-9);
        var trialRuns = result.CompletedTrials * result.Request.RegimeIndices.Count;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("elapsed_seconds", result.Elapsed.TotalSeconds);
            w.WriteNumber("threads", result.Request.Threads);
            w.WriteNumber("processor_count", Environment.ProcessorCount);
            w.WriteNumber("trials_completed", result.CompletedTrials);
            w.WriteBoolean("partial", result.Partial);
            w.WriteNumber("trials_per_second", result.CompletedTrials / seconds);
            w.WriteNumber("regime_trials_per_second", trialRuns / seconds);
            w.WriteNumber("events_processed", result.EventsProcessed);
            w.WriteNumber("events_per_second", result.EventsProcessed / seconds);
            w.WriteString("runtime", System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
