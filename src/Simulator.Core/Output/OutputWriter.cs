using Simulator.Engine;
using Simulator.Results;
using Simulator.Storage;

namespace Simulator.Output;

/// <summary>Writes every output file of a run into a folder, each atomically (see <see cref="AtomicFile"/>).</summary>
public static class OutputWriter
{
    /// <summary>Writes scenario.yaml, survival.csv, comparisons.csv, comparisons-by-day.csv, causes.csv, frontier.csv, timing.json and, last, summary.json; returns them as written.</summary>
    public static IReadOnlyList<WrittenFile> WriteAll(string folder, RunReport report, RunResult result, string scenarioText, SurvivalRows survivalRows = SurvivalRows.Bounded) =>
    [
        AtomicFile.WriteAllText(Path.Combine(folder, OutputFiles.Scenario), scenarioText),
        SurvivalCsv.WriteFile(Path.Combine(folder, OutputFiles.Survival), report, survivalRows, result.Tally),
        ComparisonsCsv.WriteFile(Path.Combine(folder, OutputFiles.Comparisons), report),
        ComparisonsByDayCsv.WriteFile(Path.Combine(folder, OutputFiles.ComparisonsByDay), report),
        CausesCsv.WriteFile(Path.Combine(folder, OutputFiles.Causes), report),
        FrontierCsv.Write(Path.Combine(folder, OutputFiles.Frontier), RunFrontier.Of(report), report.Scenario.HorizonDays, FrontierCsv.RunInterval),
        AtomicFile.WriteAllText(Path.Combine(folder, OutputFiles.Timing), TimingJson.Render(result)),
        AtomicFile.WriteAllText(Path.Combine(folder, OutputFiles.Summary), SummaryJson.Render(report)),
    ];

    /// <summary>The names written, for the closing message.</summary>
    public static IReadOnlyList<string> FilesWritten(RunReport report, bool trialsCsv, bool trialsParquet = false)
    {
        var files = new List<string> { OutputFiles.Summary, OutputFiles.Scenario, OutputFiles.Survival, OutputFiles.Comparisons, OutputFiles.ComparisonsByDay, OutputFiles.Causes, OutputFiles.Frontier, OutputFiles.Timing };
        if (trialsCsv) files.Add(OutputFiles.Trials);
        if (trialsParquet) files.Add(OutputFiles.TrialsParquet);
        return files;
    }
}
