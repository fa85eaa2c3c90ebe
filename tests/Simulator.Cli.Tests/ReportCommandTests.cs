using Simulator.Cli.Tests.Support;

namespace Simulator.Cli.Tests;

/// <summary>`report DIR` and `run --report` as a user calls them.</summary>
public class ReportCommandTests
{
    private static string SmallRun => RepoPaths.Of("tests", "Simulator.Reports.Tests", "Fixtures", "small-run");

    [Fact]
    public async Task Report_command_rebuilds_the_report_from_a_folder()
    {
        var folder = CopyOfSmallRun();
        var (code, _, error) = await Cli("report", folder);
        Assert.True(code == 0, error);
        var html = File.ReadAllText(Path.Combine(folder, "report.html"));
        Assert.Contains("data-chart=\"survival\"", html);
        Assert.False(File.Exists(Path.Combine(folder, "survival.png")));
    }

    [Fact]
    public async Task Report_of_a_folder_without_a_run_is_a_user_error()
    {
        var (code, _, error) = await Cli("report", new TempFolder().Path);
        Assert.Equal(2, code);
        Assert.Contains("summary.json", error);
    }

    [Fact]
    public async Task Report_without_out_is_a_user_error()
    {
        var (code, _, error) = await Cli("run", "--trials", "10", "--report", "--quiet");
        Assert.Equal(2, code);
        Assert.Contains("--out", error);
    }

    private static string CopyOfSmallRun()
    {
        var folder = new TempFolder().Path;
        foreach (var file in Directory.GetFiles(SmallRun)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    private static async Task<(int Code, string Out, string Error)> Cli(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
