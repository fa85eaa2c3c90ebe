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
}
