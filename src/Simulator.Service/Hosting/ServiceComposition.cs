using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Simulator.Application;
using Simulator.Application.Reporting;
using Simulator.Application.Runs;
using Simulator.Reports;
using Simulator.Service.Api;
using Simulator.Service.Jobs;
using Simulator.Service.Page;
using Simulator.Service.Settings;
using Simulator.Service.Store;

namespace Simulator.Service.Hosting;

/// <summary>
/// What the service is made of, in one place for `serve` and the tests: the application layer
/// (the RunPipeline and report writer the CLI uses), the store, the worker, and the HTTP pipeline.
/// </summary>
public static class ServiceComposition
{
    /// <summary>Registers the service, keeping its state in <paramref name="dataFolder"/>.</summary>
    public static IServiceCollection AddSimulatorService(this IServiceCollection services, IConfiguration configuration, string dataFolder, Bindings bindings)
    {
        services.AddOptions<ApplicationSettings>().Bind(configuration.GetSection(ApplicationSettings.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ServiceSettings>().Bind(configuration.GetSection(ServiceSettings.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<ApplicationSettings>>().Value);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<ServiceSettings>>().Value);
        services.AddSingleton<IReportWriter, ReportWriter>();
        services.AddSingleton<RunPipeline>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new DataFolder(dataFolder));
        services.AddSingleton(provider => new RunStore(provider.GetRequiredService<DataFolder>().Root));
        services.AddSingleton<RunQueue>();
        services.AddSingleton<LiveRuns>();
        services.AddSingleton<RunExecutor>();
        services.AddSingleton<RunIntake>();
        services.AddSingleton<RunViews>();
        services.AddHostedService<RunWorker>();
        services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(60));

        services.AddRouting();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        services.AddOpenApi(options => options.AddDocumentTransformer<ApiDocument>());
        if (bindings.LoopbackOnly)
        {
            // A page elsewhere cannot reach a loopback server by renaming itself (DNS rebinding): only local host names are answered.
            services.AddHostFiltering(options => options.AllowedHosts = ["localhost", "127.0.0.1", "[::1]", .. LocalHosts(bindings)]);
        }
        return services;
    }

    /// <summary>The HTTP pipeline: host filtering (loopback), the API key (when set), the API, the OpenAPI document and the page.</summary>
    public static void UseSimulatorService(this IApplicationBuilder app, Bindings bindings)
    {
        if (bindings.LoopbackOnly) app.UseHostFiltering();
        app.UseApiKey(app.ApplicationServices.GetRequiredService<ServiceSettings>().ApiKey);
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapOpenApi();
            endpoints.MapRunApi();
            endpoints.MapScenarioApi();
            endpoints.MapPage();
        });
    }

    private static IEnumerable<string> LocalHosts(Bindings bindings) =>
        bindings.Urls.Select(url => new Uri(url).Host).Distinct(StringComparer.OrdinalIgnoreCase);
}
