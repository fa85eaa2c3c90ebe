using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulator.Cli.Hosting;
using Simulator.Cli.Running;

namespace Simulator.Cli.Commands;

/// <summary>`validate FILE...`: report every problem of every file at once; exit 2 when any is invalid.</summary>
internal static class ValidateCommand
{
    public static Command Create(ConsoleStreams streams)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Scenario YAML files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var set = CommonOptions.Set();
        var config = CommonOptions.Config();
        var command = new Command("validate", "Check scenario files and list every problem with its file:line:column.") { files, set, config };
        command.SetAction((parse, token) => CommandAction.RunAsync(streams, CommonOptions.ToConfigArgs(parse.GetValue(config)!), token,
            (services, _) => Task.FromResult(services.GetRequiredService<ValidateJob>().Execute(parse.GetValue(files)!, parse.GetValue(set)!))));
        return command;
    }
}
