using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulator.Application.Reporting;
using Simulator.Cli.Hosting;

namespace Simulator.Cli.Commands;

/// <summary>`report DIR [--plots]`: write DIR/report.html (and with --plots each chart as PNG and SVG) from a run's output folder.</summary>
internal static class ReportCommand
{
    public static Command Create(ConsoleStreams streams)
    {
        var folder = new Argument<string>("dir") { Description = "A folder written by 'run --out DIR'." };
        var plots = new Option<bool>("--plots") { Description = "Also write each chart as PNG and SVG into DIR (for slides)." };
        var config = CommonOptions.Config();
        var command = new Command("report", "Write report.html (charts, comparisons, causes, verification, state machines) from a run's output folder.")
        {
            folder, plots, config,
        };
        command.SetAction((parse, token) => CommandAction.RunAsync(streams, CommonOptions.ToConfigArgs(parse.GetValue(config)!), token, (services, _) =>
        {
            var full = Path.GetFullPath(parse.GetValue(folder)!);
            var written = new ReportPipeline(services.GetRequiredService<IReportWriter>()).Write(full, parse.GetValue(plots));
            streams.Error.WriteLine($"wrote {string.Join(", ", written)} to {full}");
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }
}
