using System.CommandLine;
using Simulator.Application.Robustness;
using Simulator.Cli.Hosting;
using Simulator.Cli.Rendering;

namespace Simulator.Cli.Commands;

/// <summary>`robustness DIR [--day D] [--satisfice holds>=0.5]`: each regime across a sample's worlds, and the cost–durability frontier over them.</summary>
internal static class RobustnessCommand
{
    public static Command Create(ConsoleStreams streams)
    {
        var common = new FolderStudyOptions();
        var day = new Option<double?>("--day") { Description = "The report day durability is read at (default: the horizon).", HelpName = "D" };
        var satisfice = new Option<string[]>("--satisfice")
        {
            Description = "A threshold to meet in each world, e.g. holds>=0.5 or cost_per_trial<=2 (measures: holds, rmst, cost_per_trial, inspections_per_trial, refusals_per_trial). Repeatable.",
            HelpName = "measure>=value",
            DefaultValueFactory = _ => [],
        };
        var command = new Command("robustness", "Compare regimes across a sample's worlds: spread, regret against the best regime of each world, share meeting a threshold, and cost against durability; write robustness.csv.");
        common.AddTo(command);
        command.Add(day);
        command.Add(satisfice);
        command.SetAction((parse, token) => CommandAction.RunAsync(streams, common.ConfigArgs(parse), token, (services, cancel) =>
        {
            var spec = new RobustnessSpec(common.Folder(parse), parse.GetValue(day), parse.GetValue(satisfice)!, common.Out(parse));
            var outcome = new RobustnessPipeline().Run(spec, CommandAction.Observer(streams, services, common.Quiet(parse)), cancel);
            RobustnessTables.Write(outcome, common.Format(parse), streams.Out);
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }
}
