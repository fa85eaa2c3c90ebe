using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Simulator.Cli.Running;

namespace Simulator.Cli.Hosting;

/// <summary>
/// Builds the Generic Host each command runs in: dependency injection, logging to standard error,
/// configuration from appsettings.json, SIMULATOR_* environment variables and --config:key=value.
/// Ctrl+C is owned by <see cref="InterruptSignal"/>, not by the host's console lifetime.
/// </summary>
public static class HostFactory
{
    /// <summary>Builds (does not start) the host.</summary>
    public static IHost Build(IReadOnlyList<string> configArgs, TextWriter output, TextWriter error)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = true,
        });
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables("SIMULATOR_")
            .AddCommandLine(configArgs.ToArray());

        builder.Logging.ClearProviders();
        // Logs go to standard error so standard output stays the result table.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);

        builder.Services.AddOptions<SimulatorSettings>()
            .BindConfiguration(SimulatorSettings.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(new ConsoleStreams(output, error));
        builder.Services.AddSingleton<RunJob>();
        builder.Services.AddSingleton<ValidateJob>();
        builder.Services.AddSingleton<GraphJob>();
        builder.Services.AddSingleton<SweepJob>();
        builder.Services.AddSingleton<SampleJob>();
        builder.Services.AddSingleton<SensitivityJob>();
        return builder.Build();
    }
}
