using System.Diagnostics;
using System.Text;

namespace Simulator.Cli.Tests.Resume;

/// <summary>Runs the command line in-process or as a child process and captures what it printed.</summary>
internal static class Cli
{
    public sealed record Outcome(int ExitCode, string Out, string Error);

    public static async Task<Outcome> RunAsync(string[] args, CancellationToken cancellationToken = default, TextWriter? error = null)
    {
        var output = new StringWriter();
        var errors = error ?? new StringWriter();
        var code = await CliApplication.RunAsync(args, output, errors, cancellationToken);
        return new Outcome(code, output.ToString(), errors.ToString() ?? "");
    }

    /// <summary>Cancels <paramref name="cancel"/> once the run in <paramref name="folder"/> has checkpointed some trials.</summary>
    public static async Task CancelAtFirstCheckpoint(string folder, CancellationTokenSource cancel)
    {
        while (!cancel.IsCancellationRequested)
        {
            await Task.Delay(20);
            try
            {
                if (Simulator.Checkpoints.CheckpointFile.Read(Simulator.Checkpoints.CheckpointFile.PathIn(folder)).CompletedTrials > 0) await cancel.CancelAsync();
            }
            catch (Simulator.Checkpoints.CheckpointException)
            {
            }
        }
    }

    /// <summary>The built program beside the tests (the Cli project is referenced, so truce-sim.dll is copied here).</summary>
    public static string ProgramDll => Support.SimulatorProcess.ProgramPath;

    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(ProgramDll);
        foreach (var a in args) info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        // Drain both pipes so the child never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The repository root (walks up to Simulator.sln).</summary>
    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulator.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Simulator.sln not found");
    }

    /// <summary>Every file under <paramref name="root"/> with its length and last write time.</summary>
    public static Dictionary<string, (long Length, DateTime Written)> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => (new FileInfo(f).Length, File.GetLastWriteTimeUtc(f)));

    /// <summary>Asserts two run folders hold the same deterministic outputs, byte for byte.</summary>
    public static void AssertSameOutputs(string expectedFolder, string actualFolder, bool trialsCsv)
    {
        string[] files = ["summary.json", "scenario.yaml", "survival.csv", "comparisons.csv", "causes.csv"];
        if (trialsCsv) files = [.. files, "trials.csv"];
        foreach (var name in files)
        {
            var expected = File.ReadAllBytes(Path.Combine(expectedFolder, name));
            var actual = File.ReadAllBytes(Path.Combine(actualFolder, name));
            Assert.True(expected.AsSpan().SequenceEqual(actual),
                $"{name} differs: {expected.Length} vs {actual.Length} bytes" + FirstDifference(expected, actual));
        }
        Assert.False(File.Exists(Path.Combine(actualFolder, "checkpoint.bin")), "a finished run removes its checkpoint");
        Assert.Empty(Directory.GetFiles(actualFolder, "*.partial"));
    }

    private static string FirstDifference(byte[] a, byte[] b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (a[i] != b[i])
            {
                var from = Math.Max(0, i - 40);
                return $", first at byte {i}: …{Encoding.UTF8.GetString(a, from, Math.Min(80, a.Length - from))}… vs …{Encoding.UTF8.GetString(b, from, Math.Min(80, b.Length - from))}…";
            }
        }
        return "";
    }
}

/// <summary>A standard-error writer that cancels a run when the first progress line appears.</summary>
internal sealed class CancelOnProgress(CancellationTokenSource source) : StringWriter
{
    public override void WriteLine(string? value)
    {
        base.WriteLine(value);
        if (value is not null && value.Contains(" trials (", StringComparison.Ordinal)) source.Cancel();
    }
}
