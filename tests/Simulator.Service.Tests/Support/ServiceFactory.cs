using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Simulator.Service.Hosting;

namespace Simulator.Service.Tests.Support;

/// <summary>
/// The service in memory (WebApplicationFactory's test server) built by the same composition as
/// `serve`, on a fresh data folder, with <paramref name="config"/> as `serve --config` would give it.
/// </summary>
public sealed class ServiceFactory(params string[] config) : WebApplicationFactory<Simulator.Cli.Program>
{
    private readonly TempFolder _data = new();

    /// <summary>The data folder.</summary>
    public string Data => _data.Path;

    /// <inheritdoc />
    protected override IHostBuilder CreateHostBuilder()
    {
        var problems = new List<Simulator.Diagnostics.Problem>();
        var bindings = Bindings.Parse(Bindings.Default, problems);
        // Checkpoints after every block, so cancellation and resumption have something to keep.
        return ServiceHost.CreateBuilder(_data.Path, bindings, ["--Simulator:CheckpointIntervalSeconds=0", .. config.Select(c => "--" + c)]);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _data.Dispose();
    }
}
