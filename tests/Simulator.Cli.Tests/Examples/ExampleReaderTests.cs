using System.Diagnostics;
using Simulator.Cli.Tests.Support;
using Xunit.Abstractions;

namespace Simulator.Cli.Tests.Examples;

/// <summary>
/// examples/python/load_run.py and examples/r/load_run.R read a real run folder and draw the survival
/// figure. Each runs where its interpreter is installed (python3 everywhere these tests run; Rscript
/// where r-base-core is) and says so in the test output when it is not.
/// </summary>
public sealed class ExampleReaderTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task PythonExample_ReadsTheRunAndDrawsTheFigure()
    {
        if (Which("python3") is not { } python)
        {
            output.WriteLine("python3 is not installed: examples/python/load_run.py not run.");
            return;
        }
        var run = await WriteRunAsync();

        var result = await ExecAsync(python, RepoPaths.Of("examples", "python", "load_run.py"), run, "--figure", _temp.Of("survival.svg"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("status_quo: holds at day 365 with probability", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("comparisons-by-day.csv: 16 rows", result.Stdout, StringComparison.Ordinal);
        Assert.True(new FileInfo(_temp.Of("survival.svg")).Length > 1000);
    }

    [Fact]
    public async Task PythonExample_AnEditedFile_IsRefusedWithExit2()
    {
        if (Which("python3") is not { } python)
        {
            output.WriteLine("python3 is not installed: examples/python/load_run.py not run.");
            return;
        }
        var run = await WriteRunAsync();
        File.AppendAllText(Path.Combine(run, "survival.csv"), "status_quo,1,1,1,0,0.5,0.4,0.6,0.1,0.1,0.1\n");

        var result = await ExecAsync(python, RepoPaths.Of("examples", "python", "load_run.py"), run);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("survival.csv: differs from what manifest.json recorded", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RExample_ReadsTheRunAndDrawsTheFigure()
    {
        if (Which("Rscript") is not { } rscript)
        {
            output.WriteLine("Rscript is not installed (Debian: r-base-core): examples/r/load_run.R not run.");
            return;
        }
        var run = await WriteRunAsync();

        var result = await ExecAsync(rscript, RepoPaths.Of("examples", "r", "load_run.R"), run, _temp.Of("survival.png"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("status_quo: holds at day 365 with probability", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("log-rank against status_quo", result.Stdout, StringComparison.Ordinal);
        var png = File.ReadAllBytes(_temp.Of("survival.png"));
        Assert.True(png.Length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G');
    }

    private async Task<string> WriteRunAsync()
    {
        var folder = _temp.Of("run");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApplication.RunAsync(["run", "--trials", "200", "--out", folder, "--quiet"], stdout, stderr, CancellationToken.None);
        Assert.True(code == 0, stderr.ToString());
        return folder;
    }

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    private static async Task<ProcessResult> ExecAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }
}
