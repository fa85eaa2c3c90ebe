using System.Diagnostics;
using System.Text;

namespace Simulator.Cli.Tests.Support;

/// <summary>What one call of the program produced.</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="Stdout">Everything written to standard output.</param>
/// <param name="Stderr">Everything written to standard error.</param>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>For assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>
/// Runs the built program the way a user does: <c>dotnet truce-sim.dll ARGS</c> as a child process,
/// with the truce-sim.dll of the same build configuration as these tests (the referenced project's
/// output, copied beside the test assembly). Standard output and error are captured; a call that
/// outlives its timeout is killed and fails the test.
/// </summary>
public sealed class SimulatorProcess : IDisposable
{
    /// <summary>Default time a call may take.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly object _gate = new();
    private Task _pumps = Task.CompletedTask;

    private SimulatorProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The path of truce-sim.dll (the CLI project's output beside the test assembly).</summary>
    public static string ProgramPath { get; } = typeof(Simulator.Cli.Program).Assembly.Location;

    /// <summary>The child's process id.</summary>
    public int Id => _process.Id;

    /// <summary>Standard error so far.</summary>
    public string StderrSoFar
    {
        get
        {
            lock (_gate) return _stderr.ToString();
        }
    }

    /// <summary>
    /// Runs the program to completion in <paramref name="workingDirectory"/> (default: the current folder),
    /// with <paramref name="environment"/> added to its environment.
    /// </summary>
    public static async Task<ProcessResult> RunAsync(string[] args, string? workingDirectory = null, TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(args, workingDirectory, environment);
        return await process.WaitAsync(timeout ?? DefaultTimeout);
    }

    /// <summary>Starts the program without waiting for it.</summary>
    public static SimulatorProcess Start(string[] args, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        // A test process started with SIGINT ignored (e.g. under a non-interactive shell's '&')
        // passes that on to its children, and the runtime then keeps ignoring it. GNU env resets it.
        if (OperatingSystem.IsLinux() && SigIntIgnoredHere() && File.Exists("/usr/bin/env"))
        {
            info.FileName = "/usr/bin/env";
            info.ArgumentList.Add("--default-signal=INT");
            info.ArgumentList.Add(DotnetHost());
        }
        else
        {
            info.FileName = DotnetHost();
        }
        info.ArgumentList.Add(ProgramPath);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        // The user's tool settings must not leak into the tests.
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("SIMULATOR_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(name);
        }
        // Console tables are fitted to COLUMNS when set; the tests see the fixed default width unless they set it.
        info.Environment.Remove("COLUMNS");
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        // A test's own shard environment only: none inherited from a job this test run may be part of.
        foreach (var name in new[] { "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_COUNT", "JOB_COMPLETION_INDEX" })
        {
            info.Environment.Remove(name);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var wrapper = new SimulatorProcess(process);
        process.Start();
        process.StandardInput.Close();
        // Raw character pumps (not line events) so the captured text is exactly what was written.
        wrapper._pumps = Task.WhenAll(
            wrapper.PumpAsync(process.StandardOutput, wrapper._stdout),
            wrapper.PumpAsync(process.StandardError, wrapper._stderr));
        return wrapper;
    }

    /// <summary>Waits for the exit; kills the process tree and fails when it takes longer than <paramref name="timeout"/>.</summary>
    public async Task<ProcessResult> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            Assert.Fail($"truce-sim did not finish within {timeout.TotalSeconds:0} s; stderr so far:\n{StderrSoFar}");
        }
        await _pumps;
        lock (_gate)
        {
            return new ProcessResult(_process.ExitCode, _stdout.ToString(), _stderr.ToString());
        }
    }

    /// <summary>Waits until standard error contains <paramref name="text"/> or <paramref name="timeout"/> passes; true when seen.</summary>
    public async Task<bool> WaitForStderrAsync(string text, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (StderrSoFar.Contains(text, StringComparison.Ordinal)) return true;
            if (_process.HasExited) return false;
            await Task.Delay(50);
        }
        return false;
    }

    /// <summary>Sends a POSIX signal (e.g. "INT", "TERM") with the system's kill command.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + name, Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }

    private async Task PumpAsync(StreamReader reader, StringBuilder target)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory())) > 0)
        {
            lock (_gate) target.Append(buffer, 0, read);
        }
    }

    // The muxer that runs this test host (dotnet test sets DOTNET_HOST_PATH), else dotnet on PATH.
    private static string DotnetHost()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk)) return fromSdk;
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase)) return self;
        return "dotnet";
    }

    private static bool SigIntIgnoredHere()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
            if (line is null) return false;
            var mask = Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16);
            return (mask & (1UL << 1)) != 0; // bit n-1 is signal n; SIGINT is 2
        }
        catch (IOException)
        {
            return false;
        }
    }
}
