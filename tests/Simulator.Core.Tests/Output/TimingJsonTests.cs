using Simulator.Output;

namespace Simulator.Tests.Output;

/// <summary>timing.json is written and read through one model: the keys in their documented order, and what is written reads back.</summary>
public class TimingJsonTests
{
    [Fact]
    public void Render_WritesTheKeysInOrder_AndReadGivesTheDocumentBack()
    {
        var (_, result) = OutputRuns.Run("reference/constant-hazard.yaml", 50);
        var document = TimingJson.Build(result);

        var text = TimingJson.Render(document);
        var read = TimingJson.Read(System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Equal(document, read);
        Assert.Equal(50, read.TrialsCompleted);
        Assert.False(read.Partial);
        string[] keys = ["elapsed_seconds", "threads", "processor_count", "trials_completed", "partial", "trials_per_second",
            "regime_trials_per_second", "events_processed", "events_per_second", "runtime"];
        var positions = keys.Select(k => text.IndexOf($"\n  \"{k}\": ", StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.StartsWith("{\n  \"elapsed_seconds\": ", text, StringComparison.Ordinal);
        Assert.EndsWith("\"\n}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotATimingFile_Throws()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => TimingJson.Read("{\"elapsed_seconds\": \"soon\"}"u8));
    }
}
