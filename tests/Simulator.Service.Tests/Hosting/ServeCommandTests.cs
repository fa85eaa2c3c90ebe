using System.Net;
using Simulator.Cli;
using Simulator.Service.Tests.Support;

namespace Simulator.Service.Tests.Hosting;

/// <summary>`truce-sim serve` in-process as the CLI runs it: refusals exit 2 with a clear line; a served page; a clean stop.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Serve_BeyondLoopbackWithoutAKey_Exits2NamingTheSetting()
    {
        var (code, error) = await Serve(["--urls", "http://0.0.0.0:0", "--data", _data.Path]);
        Assert.Equal(2, code);
        Assert.Contains("Service:ApiKey", error);
        Assert.Contains("X-Api-Key", error);
    }

    [Fact]
    public async Task Serve_UnusableUrl_Exits2()
    {
        var (code, error) = await Serve(["--urls", "https://127.0.0.1:5080", "--data", _data.Path]);
        Assert.Equal(2, code);
        Assert.Contains("--urls", error);
    }

    [Fact]
    public async Task Serve_ShortApiKey_Exits2()
    {
        var (code, error) = await Serve(["--urls", "http://0.0.0.0:0", "--data", _data.Path, "--config", "Service:ApiKey=short"]);
        Assert.Equal(2, code);
        Assert.Contains("ApiKey", error);
    }

    [Fact]
    public async Task Serve_DataFolderIsAFile_Exits2()
    {
        var file = _data.Of("not-a-folder");
        File.WriteAllText(file, "");
        var (code, error) = await Serve(["--data", file, "--urls", "http://127.0.0.1:0"]);
        Assert.Equal(2, code);
        Assert.Contains("--data", error);
    }

    [Fact]
    public async Task Serve_ServesThePageAndRefusesASecondServerOnTheSameData_ThenStopsCleanly()
    {
        var error = new SyncWriter();
        using var stop = new CancellationTokenSource();
        var serving = CliApplication.RunAsync(["serve", "--urls", "http://127.0.0.1:0", "--data", _data.Path], TextWriter.Null, error, stop.Token);
        var address = await error.WaitForAddress();
        using (var client = new HttpClient { BaseAddress = address })
        {
            using var page = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            using var foreign = new HttpRequestMessage(HttpMethod.Get, "/api/runs");
            foreign.Headers.Host = "attacker.example";
            using var refused = await client.SendAsync(foreign);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode); // host filtering on a loopback server
        }

        var (code, second) = await Serve(["--urls", "http://127.0.0.1:0", "--data", _data.Path]);
        Assert.Equal(2, code);
        Assert.Contains("another server uses", second);

        await stop.CancelAsync();
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.True(File.Exists(_data.Of("simulator.db")));
    }

    private static async Task<(int Code, string Error)> Serve(string[] args)
    {
        var error = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var code = await CliApplication.RunAsync(["serve", .. args], TextWriter.Null, error, timeout.Token);
        return (code, error.ToString());
    }

    /// <summary>A writer the server's thread and the test share.</summary>
    private sealed class SyncWriter : StringWriter
    {
        private readonly Lock _gate = new();

        public override void Write(char value)
        {
            lock (_gate) base.Write(value);
        }

        public override void Write(string? value)
        {
            lock (_gate) base.Write(value);
        }

        public override void WriteLine(string? value)
        {
            lock (_gate) base.WriteLine(value);
        }

        public async Task<Uri> WaitForAddress()
        {
            for (var i = 0; i < 600; i++)
            {
                string text;
                lock (_gate) text = ToString();
                var match = System.Text.RegularExpressions.Regex.Match(text, @"serving on (http://\S+) ");
                if (match.Success) return new Uri(match.Groups[1].Value);
                await Task.Delay(50);
            }
            Assert.Fail("serve did not start");
            return null!;
        }
    }
}
