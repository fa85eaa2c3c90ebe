using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulator.Cli.Hosting;
using Simulator.Cli.Running;
using Simulator.Machines;

namespace Simulator.Cli.Commands;

/// <summary>`graph [FILE] [--commitment ID] [--format dot|mermaid]`: draw state machines with Stateless' exporters.</summary>
internal static class GraphCommand
{
    public static Command Create(ConsoleStreams streams)
    {
        var file = new Argument<string?>("file")
        {
            Description = "Scenario YAML file. Without it, the built-in scenario.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var commitment = new Option<string?>("--commitment")
        {
            Description = "Only this commitment's lifecycle ('truce' for the truce machine). Default: the truce and every commitment.",
            HelpName = "id",
        };
        var format = new Option<DiagramFormat>("--format")
        {
            Description = "Diagram language.",
            DefaultValueFactory = _ => DiagramFormat.Mermaid,
        };
        format.AcceptOnlyFromAmong("dot", "mermaid", "Dot", "Mermaid");
        var set = CommonOptions.Set();
        var config = CommonOptions.Config();
        var command = new Command("graph", "Print the state machines of a scenario as Graphviz DOT or Mermaid.") { file, commitment, format, set, config };
        command.SetAction((parse, token) => CommandAction.RunAsync(streams, CommonOptions.ToConfigArgs(parse.GetValue(config)!), token,
            (services, _) => Task.FromResult(services.GetRequiredService<GraphJob>().Execute(
                parse.GetValue(file), parse.GetValue(commitment), parse.GetValue(format), parse.GetValue(set)!))));
        return command;
    }
}
