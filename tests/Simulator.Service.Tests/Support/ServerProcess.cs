using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Simulator.Service.Tests.Support;

/// <summary>
/// `truce-sim serve` as a user starts it: a child process (dotnet truce-sim.dll serve --urls
/// http://127.0.0.1:0 --data DIR), its address read from the "serving on" line it prints. Killed on dispose.
/// </summary>
public sealed partial class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly StringBuilder _stdout = new();
    private readonly Lock _gate = new();

    private ServerProcess(Process process) => _process = process;

    /// <summary>The server's address, e.g. http://127.0.0.1:40123.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>What the server printed on standard error so far.</summary>
    public string Stderr
    {
        get
        {
            lock (_gate) return _stderr.ToString();
        }
    }

    /// <summary>What the server printed on standard output (its log) so far.</summary>
    public string Stdout
    {
        get
        {
            lock (_gate) return _stdout.ToString();
        }
    }

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Exit code (after it ended).</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Starts `serve` on <paramref name="data"/> with <paramref name="config"/> (Section:Key=value) and waits until it listens.</summary>
    public static async Task<ServerProcess> StartAsync(string data, params string[] config)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(typeof(Simulator.Cli.Program).Assembly.Location);
        foreach (var arg in new[] { "serve", "--urls", "http://127.0.0.1:0", "--data", data }) info.ArgumentList.Add(arg);
        foreach (var setting in config)
        {
            info.ArgumentList.Add("--config");
            info.ArgumentList.Add(setting);
        }
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("SIMULATOR_", StringComparison.OrdinalIgnoreCase)).ToList()) info.Environment.Remove(name);
        var server = new ServerProcess(Process.Start(info)!);
        server._process.StandardInput.Close();
        server._process.ErrorDataReceived += (_, e) => { lock (server._gate) server._stderr.AppendLine(e.Data); };
        server._process.OutputDataReceived += (_, e) => { lock (server._gate) server._stdout.AppendLine(e.Data); };
        server._process.BeginErrorReadLine();
        server._process.BeginOutputReadLine();
        var limit = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < limit)
        {
            var match = Serving().Match(server.Stderr);
            if (match.Success)
            {
                server.Address = new Uri(match.Groups[1].Value);
                return server;
            }
            if (server._process.HasExited) break;
            await Task.Delay(50);
        }
        server.Dispose();
        Assert.Fail($"serve did not start listening; stderr:\n{server.Stderr}");
        return null!;
    }

    /// <summary>A client for the server.</summary>
    public HttpClient Client() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>SIGKILL: the process ends at once, nothing is flushed, no handler runs.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Sends SIGTERM (as a service manager stops a server) and waits for the exit.</summary>
    public async Task TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })!)
        {
            await kill.WaitForExitAsync();
        }
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) KillHard();
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }

    private static string DotnetHost()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk) ? fromSdk : "dotnet";
    }

    [GeneratedRegex(@"serving on (http://\S+) ")]
    private static partial Regex Serving();
}
