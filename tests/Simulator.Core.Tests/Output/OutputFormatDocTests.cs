using System.Text.Json;
using Simulator.Output;
using Simulator.Statistics;
using Simulator.Storage;
using Simulator.Tests.Support;

namespace Simulator.Tests.Output;

/// <summary>Keeps docs/output-format.md honest: every header, file and JSON key the code writes is documented.</summary>
public sealed class OutputFormatDocTests
{
    private static readonly string Doc = File.ReadAllText(RepoPaths.Of("docs", "output-format.md")).Replace("\r\n", "\n");

    [Fact]
    public void Doc_ShowsEveryCsvHeaderAsALine()
    {
        foreach (var header in new[] { SurvivalCsv.Header, ComparisonsCsv.Header, ComparisonsByDayCsv.Header, CausesCsv.Header, TrialsCsvWriter.Header })
        {
            Assert.Contains("\n" + header + "\n", Doc);
        }
    }

    [Fact]
    public void Doc_NamesEveryOutputFileAndTheTemporarySuffix()
    {
        foreach (var file in new[] { OutputFiles.Summary, OutputFiles.Scenario, OutputFiles.Survival, OutputFiles.Comparisons, OutputFiles.Causes, OutputFiles.Timing, OutputFiles.Trials, OutputFiles.ComparisonsByDay, OutputFiles.TrialsParquet })
        {
            Assert.Contains("### " + file, Doc);
        }
        Assert.Contains("`" + AtomicFile.TemporarySuffix + "`", Doc);
    }

    [Fact]
    public void Doc_DescribesEveryKeyOfSummaryJson()
    {
        var (report, _) = OutputRuns.Run("pakistan-afghanistan-2025.yaml", 300);
        using var document = JsonDocument.Parse(SummaryJson.Render(report));

        var missing = KeysOf(document.RootElement).Where(key => !Doc.Contains($"\"{key}\":", StringComparison.Ordinal)).ToArray();

        Assert.Empty(missing);
        Assert.Contains($"\"schema_version\": {SummaryJson.SchemaVersion},", Doc);
        foreach (var status in Enum.GetValues<WeibullFitStatus>()) Assert.Contains(status.ToString().ToLowerInvariant(), Doc);
    }

    [Fact]
    public void Doc_DescribesEveryKeyOfTimingJson()
    {
        var (_, result) = OutputRuns.Run("reference/constant-hazard.yaml", 50);
        using var document = JsonDocument.Parse(TimingJson.Render(result));

        var missing = KeysOf(document.RootElement).Where(key => !Doc.Contains($"\"{key}\":", StringComparison.Ordinal)).ToArray();

        Assert.Empty(missing);
    }

    private static IEnumerable<string> KeysOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => KeysOf(p.Value).Prepend(p.Name)).Distinct(),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(KeysOf).Distinct(),
        _ => [],
    };
}
