using System.CommandLine;
using Simulator.Application;
using Simulator.Application.Scenarios;
using Simulator.Cli.Hosting;
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
        var format = new ChoiceOption<DiagramFormat>("--format", "Diagram language.", [("dot", DiagramFormat.Dot), ("mermaid", DiagramFormat.Mermaid)], "mermaid");
        var set = CommonOptions.Set();
        var config = CommonOptions.Config();
        var command = new Command("graph", "Print the state machines of a scenario as Graphviz DOT or Mermaid.") { file, commitment, format.Option, set, config };
        command.SetAction((parse, token) => CommandAction.RunAsync(streams, CommonOptions.ToConfigArgs(parse.GetValue(config)!), token,
            (services, _) => Task.FromResult(Execute(streams, parse.GetValue(file), parse.GetValue(commitment), format.Get(parse), parse.GetValue(set)!))));
        return command;
    }

    private static int Execute(ConsoleStreams streams, string? file, string? commitmentId, DiagramFormat format, IReadOnlyList<string> overrides)
    {
        var scenario = ScenarioChecks.Require(ScenarioInput.FileOrBuiltIn(file), overrides, regimes: null).Scenario;
        var comment = format == DiagramFormat.Mermaid ? "%%" : "//";
        if (commitmentId is not null)
        {
            if (commitmentId == "truce")
            {
                streams.Out.Write(DiagramExporter.FormatTruce(format));
                return ExitCodes.Ok;
            }
            var commitment = scenario.Commitments.FirstOrDefault(c => c.Id == commitmentId)
                ?? throw new InputRejectedException("--commitment",
                    $"'{commitmentId}' is not a commitment of {scenario.Name}; choose one of: truce, {string.Join(", ", scenario.Commitments.Select(c => c.Id))}");
            streams.Out.Write(DiagramExporter.Format(commitment.Lifecycle, format));
            return ExitCodes.Ok;
        }
        streams.Out.WriteLine($"{comment} truce");
        streams.Out.Write(DiagramExporter.FormatTruce(format));
        foreach (var commitment in scenario.Commitments)
        {
            streams.Out.WriteLine();
            streams.Out.WriteLine($"{comment} commitment {commitment.Id} (lifecycle {commitment.Lifecycle.Name})");
            streams.Out.Write(DiagramExporter.Format(commitment.Lifecycle, format));
        }
        return ExitCodes.Ok;
    }
}
