namespace Simulator.Cli.Tests.Support;

/// <summary>Assertions shared by the command-line tests.</summary>
public static class CliAssert
{
    /// <summary>Exit code as expected, with the whole output in the failure message.</summary>
    public static void ExitCode(int expected, ProcessResult result) =>
        Assert.True(result.ExitCode == expected, $"expected exit {expected}, got:\n{result}");

    /// <summary>No .NET stack trace or exception type name reached the user.</summary>
    public static void NoStackTrace(ProcessResult result)
    {
        foreach (var text in new[] { result.Stdout, result.Stderr })
        {
            Assert.DoesNotContain("   at ", text);
            Assert.DoesNotContain("Unhandled exception", text);
            Assert.DoesNotContain("Exception:", text);
            Assert.DoesNotContain("internal error", text);
        }
    }

    /// <summary>
    /// Asserts that two output files hold the same bytes; report.html is compared without its run
    /// date (the minute its run's timing.json was written), the one line identical runs may differ in.
    /// </summary>
    public static void SameOutput(string expectedPath, string actualPath)
    {
        var expected = File.ReadAllBytes(expectedPath);
        var actual = File.ReadAllBytes(actualPath);
        if (Path.GetFileName(expectedPath) == "report.html")
        {
            expected = WithoutRunDate(expected);
            actual = WithoutRunDate(actual);
        }
        Assert.True(expected.AsSpan().SequenceEqual(actual), $"{Path.GetFileName(expectedPath)} differs between {expectedPath} and {actualPath}");
    }

    private static byte[] WithoutRunDate(byte[] html) => System.Text.Encoding.UTF8.GetBytes(
        System.Text.RegularExpressions.Regex.Replace(System.Text.Encoding.UTF8.GetString(html), "<dt>Run date</dt><dd>[^<]*</dd>", "<dt>Run date</dt><dd></dd>"));
}
