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
        var width = new Option<int?>("--width") { Description = "With --plots: each chart's width in pixels (the height scales with it).", HelpName = "px" };
        var dpi = new Option<int>("--dpi") { Description = "With --plots: resolution of the PNG (and PDF) files, 96 by default (300 for print).", HelpName = "n", DefaultValueFactory = _ => 96 };
        var pdf = new Option<bool>("--pdf") { Description = "With --plots: also write each chart as PDF." };
        var config = CommonOptions.Config();
        var command = new Command("report", "Write report.html (charts, comparisons, causes, verification, state machines) from a run's output folder.")
        {
            folder, plots, width, dpi, pdf, config,
        };
        command.SetAction((parse, token) => CommandAction.RunAsync(streams, CommonOptions.ToConfigArgs(parse.GetValue(config)!), token, (services, _) =>
        {
            var full = Path.GetFullPath(parse.GetValue(folder)!);
            var written = new ReportPipeline(services.GetRequiredService<IReportWriter>()).Write(full, parse.GetValue(plots),
                new PlotOptions { Width = parse.GetValue(width), Dpi = parse.GetValue(dpi), Pdf = parse.GetValue(pdf) });
            streams.Error.WriteLine($"wrote {string.Join(", ", written)} to {full}");
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }
}
