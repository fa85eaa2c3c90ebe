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

    [Fact]
    public async Task Report_plots_at_a_width_and_resolution_and_as_pdf()
    {
        var folder = CopyOfSmallRun();

        var (code, _, error) = await Cli("report", folder, "--plots", "--width", "500", "--dpi", "192", "--pdf");

        Assert.True(code == 0, error);
        var png = File.ReadAllBytes(Path.Combine(folder, "survival.png"));
        Assert.Equal((1000, 560), PngSize(png)); // 500 × 280 CSS pixels at twice 96 dpi
        var pdf = File.ReadAllBytes(Path.Combine(folder, "survival.pdf"));
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Contains("survival.pdf", File.ReadAllText(Path.Combine(folder, "manifest.json")));
        var again = CopyOfSmallRun();
        Assert.Equal(0, (await Cli("report", again, "--plots", "--width", "500", "--dpi", "192", "--pdf")).Code);
        Assert.Equal(pdf, File.ReadAllBytes(Path.Combine(again, "survival.pdf"))); // no date or id that changes
    }

    [Theory]
    [InlineData("--dpi", "5", "--dpi: must be between 48 and 1200; found 5")]
    [InlineData("--width", "20000", "--width: must be between 300 and 6000 pixels; found 20000")]
    public async Task Report_plot_options_out_of_range_exit_2_naming_the_range(string option, string value, string message)
    {
        var (code, _, error) = await Cli("report", CopyOfSmallRun(), "--plots", option, value);

        Assert.Equal(2, code);
        Assert.Contains(message, error);
    }

    [Fact]
    public async Task Report_pdf_without_plots_exits_2()
    {
        var (code, _, error) = await Cli("report", CopyOfSmallRun(), "--pdf");

        Assert.Equal(2, code);
        Assert.Contains("--pdf: applies to the chart files: give --plots too", error);
    }

    [Fact]
    public async Task Report_of_a_folder_holding_only_a_sweep_draws_the_sweep()
    {
        var folder = new TempFolder().Path;
        var (sweep, _, sweepError) = await Cli("sweep", "--vary", "escalation.decay_days=5,20", "--trials", "100", "--quiet", "--out", folder);
        Assert.True(sweep == 0, sweepError);

        var (code, _, error) = await Cli("report", folder);

        Assert.True(code == 0, error);
        var html = File.ReadAllText(Path.Combine(folder, "report.html"));
        Assert.Contains("data-chart=\"sweep-escalation-decay-days\"", html);
        Assert.Contains("Response to decay days (escalation)", html);
        Assert.DoesNotContain("data-chart=\"survival\"", html);
    }

    [Fact]
    public async Task Report_of_a_folder_holding_only_a_sensitivity_analysis_draws_its_rankings()
    {
        var folder = new TempFolder().Path;
        var (study, _, studyError) = await Cli("sensitivity", "--method", "morris", "--trials", "40", "--regime", "status_quo", "--quiet", "--out", folder);
        Assert.True(study == 0, studyError);

        var (code, _, error) = await Cli("report", folder);

        Assert.True(code == 0, error);
        Assert.Contains("data-chart=\"sensitivity-status-quo\"", File.ReadAllText(Path.Combine(folder, "report.html")));
    }

    // Width and height from a PNG's IHDR chunk (big-endian, bytes 16 to 23).
    private static (int, int) PngSize(byte[] png) =>
        (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));

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
