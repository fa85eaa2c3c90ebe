using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulator.Application.Studies;
using Simulator.Cli.Hosting;
using Simulator.Cli.Rendering;

namespace Simulator.Cli.Commands;

/// <summary>`sweep [FILE] --vary key.path=v1,v2,…`: run every regime at every point of a full factorial design.</summary>
internal static class SweepCommand
{
    public static Command Create(ConsoleStreams streams)
    {
        var common = new ScenarioRunOptions();
        var vary = new Option<string[]>("--vary")
        {
            Description = "Vary a scenario value: key.path=v1,v2,… or key.path=start:stop:step (repeatable; full factorial). Default: the file's sweep section.",
            HelpName = "key.path=values",
            DefaultValueFactory = _ => [],
        };
        var command = new Command("sweep", "Run every regime at every combination of the varied values (same seed and trials at every point) and tabulate durability.");
        common.AddTo(command);
        command.Add(vary);
        command.SetAction((parse, token) => CommandAction.RunAsync(streams, common.ConfigArgs(parse), token, (services, cancel) =>
        {
            var pipeline = services.GetRequiredService<StudyPipeline>();
            var plan = pipeline.PrepareSweep(new SweepSpec(common.BindStudy(parse), parse.GetValue(vary)!));
            var observer = CommandAction.Observer(streams, services, common.Quiet(parse));
            if (plan.Shard is not null) return Task.FromResult(pipeline.ExecuteShard(plan, observer, cancel).Partial ? ExitCodes.Cancelled : ExitCodes.Ok);
            var outcome = pipeline.Execute(plan, observer, cancel);
            CommandOutput.Study(outcome, common.Format(parse), streams.Out);
            return Task.FromResult(outcome.Partial ? ExitCodes.Cancelled : ExitCodes.Ok);
        }));
        return command;
    }
}
