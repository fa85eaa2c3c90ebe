using System.CommandLine;
using Simulator.Cli.Hosting;
using Simulator.Reports;

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
        command.SetAction((parse, token) => CommandAction.RunAsync(streams, CommonOptions.ToConfigArgs(parse.GetValue(config)!), token,
            (_, _) => Task.FromResult(Execute(streams, parse.GetValue(folder)!, html: true, parse.GetValue(plots)))));
        return command;
    }

    /// <summary>Writes the report into <paramref name="folder"/>; user errors become <see cref="UserInputException"/>.</summary>
    public static int Execute(ConsoleStreams streams, string folder, bool html, bool plots)
    {
        if (!Directory.Exists(folder))
        {
            throw new UserInputException($"'{folder}' is not a folder: give the folder a run wrote with --out.");
        }
        try
        {
            var written = ReportWriter.Write(Path.GetFullPath(folder), html, plots);
            streams.Error.WriteLine($"wrote {string.Join(", ", written)} to {Path.GetFullPath(folder)}");
            return ExitCodes.Ok;
        }
        catch (ReportInputException e)
        {
            throw new UserInputException(e.Message);
        }
    }
}
