using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Simulator.Application;
using Simulator.Application.Calibration;
using Simulator.Application.Merging;
using Simulator.Application.Reporting;
using Simulator.Application.Runs;
using Simulator.Application.Studies;
using Simulator.Reports;

namespace Simulator.Cli.Hosting;

/// <summary>
/// Builds the Generic Host each command runs in: configuration from appsettings.json, SIMULATOR_*
/// environment variables and --config Section:Key=value, and the application layer's services.
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

        builder.Services.AddOptions<ApplicationSettings>()
            .BindConfiguration(ApplicationSettings.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(new ConsoleStreams(output, error));
        builder.Services.AddSingleton<IReportWriter, ReportWriter>();
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<ApplicationSettings>>().Value);
        builder.Services.AddSingleton<RunPipeline>();
        builder.Services.AddSingleton<StudyPipeline>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CalibrationPipeline>();
        builder.Services.AddSingleton<MergePipeline>();
        return builder.Build();
    }
}
