using Simulator.Cli;

namespace Simulator.Service.Tests.Support;

/// <summary>What `run --out DIR --report` writes, run in-process as the CLI's own tests do, to compare the service's files with.</summary>
public static class CliReference
{
    /// <summary>The output files the service serves and `run` writes, timing.json aside (wall time differs between runs).</summary>
    public static readonly string[] ComparedFiles = ["summary.json", "survival.csv", "comparisons.csv", "causes.csv", "scenario.yaml", "report.html"];

    /// <summary>Runs `run ARGS --out DIR --report --quiet` and returns DIR; fails unless it exits 0.</summary>
    public static async Task<string> Run(string folder, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApplication.RunAsync(["run", .. args, "--out", folder, "--report", "--quiet"], output, error);
        Assert.True(code == 0, $"run exited {code}: {error}");
        return folder;
    }

    /// <summary>
    /// The bytes of a file as compared: report.html's "Run date" is the time timing.json was written
    /// (it differs between any two runs, the CLI's too), so that one line is blanked.
    /// </summary>
    public static byte[] Comparable(string name, byte[] bytes)
    {
        if (name != "report.html") return bytes;
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        text = System.Text.RegularExpressions.Regex.Replace(text, "<dt>Run date</dt><dd>[^<]*</dd>", "<dt>Run date</dt><dd></dd>");
        return System.Text.Encoding.UTF8.GetBytes(text);
    }

    private static string Around(byte[] bytes, int at) =>
        System.Text.Encoding.UTF8.GetString(bytes, Math.Max(0, at - 60), Math.Min(bytes.Length, at + 60) - Math.Max(0, at - 60));

    /// <summary>Asserts the service's file <paramref name="name"/> equals the CLI's in <paramref name="cliFolder"/>.</summary>
    public static void AssertSameBytes(string cliFolder, string name, byte[] served)
    {
        var expected = Comparable(name, File.ReadAllBytes(Path.Combine(cliFolder, name)));
        var actual = Comparable(name, served);
        var at = expected.AsSpan().CommonPrefixLength(actual);
        Assert.True(at == expected.Length && at == actual.Length,
            $"{name}: the service's {actual.Length} bytes differ from run's {expected.Length} bytes at byte {at}: "
            + $"run has '{Around(expected, at)}', the service '{Around(actual, at)}'");
    }
}
