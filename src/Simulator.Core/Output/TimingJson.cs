using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Simulator.Engine;

namespace Simulator.Output;

/// <summary>
/// timing.json: what varies between identical runs (wall time, throughput, machine), kept out of
/// summary.json; <c>partial</c> as in summary.json. Written and read through <see cref="TimingDocument"/>.
/// </summary>
public static class TimingJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON text.</summary>
    public static string Render(RunResult result) => Render(Build(result));

    /// <summary>The JSON text of a document, indented, ending with a newline.</summary>
    public static string Render(TimingDocument document)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(w, document, OutputJsonContext.Default.TimingDocument);
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Reads a timing.json; throws <see cref="JsonException"/> when it is not one.</summary>
    public static TimingDocument Read(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, OutputJsonContext.Default.TimingDocument) ?? throw new JsonException("timing.json is null");

    /// <summary>The document of a run's result.</summary>
    public static TimingDocument Build(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var seconds = Math.Max(result.Elapsed.TotalSeconds, 1e-9);
        var trialRuns = result.CompletedTrials * result.Request.RegimeIndices.Count;
        return new TimingDocument
        {
            ElapsedSeconds = result.Elapsed.TotalSeconds,
            Threads = result.Request.Threads,
            ProcessorCount = Environment.ProcessorCount,
            TrialsCompleted = result.CompletedTrials,
            Partial = result.Partial,
            TrialsPerSecond = result.CompletedTrials / seconds,
            RegimeTrialsPerSecond = trialRuns / seconds,
            EventsProcessed = result.EventsProcessed,
            EventsPerSecond = result.EventsProcessed / seconds,
            Runtime = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
        };
    }
}
