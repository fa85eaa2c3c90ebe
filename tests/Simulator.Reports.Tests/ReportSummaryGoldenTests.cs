namespace Simulator.Reports.Tests;

/// <summary>
/// Golden test of the plain-language summary on a small fixed run (Fixtures/small-run). To accept a
/// deliberate change of wording, run the tests with SIMULATOR_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public class ReportSummaryGoldenTests
{
    private static string GoldenPath => Path.Combine(ReportTestSupport.Root, "tests", "Simulator.Reports.Tests", "Golden", "summary.txt");

    [Fact]
    public void Summary_of_the_small_fixed_run_matches_the_golden_text()
    {
        var content = ReportContent.Build(RunFolder.Read(ReportTestSupport.CopyOfSmallRun()));
        var text = string.Join("\n\n", content.Summary) + "\n";
        if (Environment.GetEnvironmentVariable("SIMULATOR_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(GoldenPath)!);
            File.WriteAllText(GoldenPath, text);
        }
        Assert.Equal(File.ReadAllText(GoldenPath).ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public void Summary_opens_with_the_baseline_and_its_interval()
    {
        var run = RunFolder.Read(ReportTestSupport.CopyOfSmallRun());
        var first = ReportContent.Build(run).Summary[0];
        var baseline = run.Baseline!;
        var day90 = baseline.HoldsAt(90)!;
        Assert.StartsWith($"Under the baseline, {baseline.Name}, the truce holds 90 days in {Words.Percent(day90.Estimate)} of the simulated futures", first);
        Assert.Contains($"({Words.PercentRange(day90.Lower, day90.Upper)})", first);
    }

    [Fact]
    public void A_run_without_trials_says_so_instead_of_inventing_numbers()
    {
        var folder = ReportTestSupport.TempFolder();
        File.WriteAllText(Path.Combine(folder, "summary.json"),
            """{"scenario":{"name":"empty"},"horizon_days":365,"report_days":[365],"baseline_regime":"a","regimes":[{"id":"a","name":"A"}],"comparisons":[]}""");
        var content = ReportContent.Build(RunFolder.Read(folder));
        Assert.Equal(["No trial completed, so there is nothing to summarise yet."], content.Summary);
        Assert.Contains("How long the truce holds", HtmlReport.Render(content));
    }
}
