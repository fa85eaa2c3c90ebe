using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Simulator.Application;
using Simulator.Diagnostics;
using Simulator.Service.Settings;
using Simulator.Service.Store;

namespace Simulator.Service.Hosting;

/// <summary>
/// `serve`: checks --urls and --data, locks the data folder, starts the web server on the Generic
/// Host with the service, and runs until the token is cancelled (Ctrl+C, SIGTERM), then stops
/// gracefully: running trials checkpoint first.
/// </summary>
public static class ServiceHost
{
    /// <summary>The host builder of the service (configuration as every command has it: appsettings.json, SIMULATOR_*, --config).</summary>
    public static IHostBuilder CreateBuilder(string dataFolder, Bindings bindings, IReadOnlyList<string> configArgs) =>
        new HostBuilder()
            .UseContentRoot(AppContext.BaseDirectory)
            .ConfigureAppConfiguration(configuration => configuration
                .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
                .AddEnvironmentVariables("SIMULATOR_")
                .AddCommandLine(configArgs.ToArray()))
            .ConfigureLogging((context, logging) => logging
                .AddConfiguration(context.Configuration.GetSection("Logging"))
                .AddSimpleConsole(options => options.SingleLine = true))
            .ConfigureWebHost(web => web
                .UseKestrel()
                .UseUrls(string.Join(';', bindings.Urls))
                .ConfigureServices((context, services) => services.AddSimulatorService(context.Configuration, dataFolder, bindings))
                .Configure(app => app.UseSimulatorService(bindings)));

    /// <summary>
    /// Serves until <paramref name="cancellationToken"/> is cancelled; <paramref name="announce"/> hears each
    /// address listened on. Throws <see cref="InputRejectedException"/> for an address, folder or key the user can fix.
    /// </summary>
    public static async Task RunAsync(string urls, string dataFolder, IReadOnlyList<string> configArgs, Action<string> announce, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        var bindings = Bindings.Parse(urls, problems);
        if (problems.Count > 0) throw new InputRejectedException(problems);
        DataFolder data;
        try
        {
            data = new DataFolder(dataFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new InputRejectedException("--data", $"'{dataFolder}' cannot be used: {e.Message.TrimEnd('.')}. Give a folder you can write to (it is created if missing).");
        }
        DataLock dataLock;
        try
        {
            dataLock = DataLock.Acquire(data);
        }
        catch (IOException e)
        {
            throw new InputRejectedException("--data", e.Message);
        }
        using (dataLock)
        {
            using var host = CreateBuilder(data.Root, bindings, configArgs).Build();
            var settings = host.Services.GetRequiredService<ServiceSettings>();
            if (!bindings.LoopbackOnly && string.IsNullOrEmpty(settings.ApiKey))
            {
                throw new InputRejectedException("--urls",
                    $"{urls} listens beyond this machine, which needs an API key: set Service:ApiKey (--config Service:ApiKey=KEY or the "
                    + $"environment variable SIMULATOR_Service__ApiKey, at least 16 characters); clients send it in the {ServiceSettings.ApiKeyHeader} header");
            }
            try
            {
                await host.StartAsync(cancellationToken);
            }
            catch (IOException e)
            {
                throw new InputRejectedException("--urls", $"cannot listen on {urls}: {e.Message.TrimEnd('.')}. Choose another port or stop what uses it.");
            }
            var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses) announce(address);
            await host.WaitForShutdownAsync(cancellationToken);
        }
    }
}
