using System.CommandLine;
using Simulator.Application.Discovery;
using Simulator.Cli.Hosting;
using Simulator.Cli.Rendering;

namespace Simulator.Cli.Commands;

/// <summary>`discover DIR --regime ID --output holds|rmst|paired [--day D] (--above X | --below X)`: PRIM scenario discovery over a sample's points.</summary>
internal static class DiscoverCommand
{
    public static Command Create(ConsoleStreams streams)
    {
        var common = new FolderStudyOptions();
        var regime = new Option<string>("--regime") { Description = "The regime whose outputs are examined.", HelpName = "ID", Required = true };
        var output = new ChoiceOption<string>("--output", "holds: probability the truce holds at --day; rmst: mean days held to the horizon; paired: change in holding at the horizon against the baseline.",
            [("holds", "holds"), ("rmst", "rmst"), ("paired", "paired")], "holds");
        var day = new Option<double?>("--day") { Description = "For --output holds: a report day of the points (default: the horizon).", HelpName = "D" };
        var above = new Option<double?>("--above") { Description = "A point is of interest when its output is above X.", HelpName = "X" };
        var below = new Option<double?>("--below") { Description = "A point is of interest when its output is below X.", HelpName = "X" };
        var command = new Command("discover", "Find the regions of a sample's parameters where a regime's output is above or below a threshold (PRIM); write discovery.json and discovery.csv.");
        common.AddTo(command);
        command.Add(regime);
        command.Add(output.Option);
        command.Add(day);
        command.Add(above);
        command.Add(below);
        command.SetAction((parse, token) => CommandAction.RunAsync(streams, common.ConfigArgs(parse), token, (services, cancel) =>
        {
            var spec = new DiscoverySpec(common.Folder(parse), parse.GetValue(regime)!, output.Get(parse), parse.GetValue(day),
                parse.GetValue(above), parse.GetValue(below), common.Out(parse));
            var outcome = new DiscoveryPipeline().Run(spec, CommandAction.Observer(streams, services, common.Quiet(parse)), cancel);
            DiscoveryTables.Write(outcome, common.Format(parse), streams.Out);
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }
}
