using System.CommandLine;
using Simulator.Cli.Hosting;
using Simulator.Service.Hosting;

namespace Simulator.Cli.Commands;

/// <summary>`serve`: the job API and the web page on this machine (docs/service.md).</summary>
internal static class ServeCommand
{
    public static Command Create(ConsoleStreams streams)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on, separated by ';'; the default is this machine only. Beyond loopback, Service:ApiKey must be set.",
            HelpName = "http://host:port",
            DefaultValueFactory = _ => Bindings.Default,
        };
        var data = new Option<string>("--data")
        {
            Description = "Folder for the run database (simulator.db) and the runs' output folders (created if missing).",
            HelpName = "dir",
            DefaultValueFactory = _ => "simulator-data",
        };
        var config = CommonOptions.Config();
        var command = new Command("serve", "Serve the job API (OpenAPI at /openapi/v1.json) and the web page at / until Ctrl+C or SIGTERM.") { urls, data, config };
        command.SetAction((parse, token) => CommandAction.RunAsync(streams, CommonOptions.ToConfigArgs(parse.GetValue(config)!), token, async (_, cancel) =>
        {
            await ServiceHost.RunAsync(parse.GetValue(urls)!, parse.GetValue(data)!, CommonOptions.ToConfigArgs(parse.GetValue(config)!),
                address => streams.Error.WriteLine($"serving on {address} (data: {Path.GetFullPath(parse.GetValue(data)!)}); stop with Ctrl+C"), cancel);
            await streams.Error.WriteLineAsync("stopped; running trials were checkpointed and resume when the server starts again.");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
