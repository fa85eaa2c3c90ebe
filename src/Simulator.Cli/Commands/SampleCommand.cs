using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulator.Application.Studies;
using Simulator.Cli.Hosting;
using Simulator.Cli.Rendering;

namespace Simulator.Cli.Commands;

/// <summary>`sample [FILE] --design lhs|mc --points N`: run a random design over the uncertain parameters.</summary>
internal static class SampleCommand
{
    public static Command Create(ConsoleStreams streams)
    {
        var common = new ScenarioRunOptions();
        var design = new ChoiceOption<string>("--design", "lhs: Latin hypercube; mc: plain Monte Carlo. Seeded from the scenario's seed.",
            [("lhs", "lhs"), ("mc", "mc")], "lhs");
        var points = new Option<int>("--points") { Description = "Points to draw.", HelpName = "N", DefaultValueFactory = _ => 20 };
        var command = new Command("sample", "Draw the uncertain parameters (Latin hypercube or Monte Carlo) and run every regime at each draw.");
        common.AddTo(command);
        command.Add(design.Option);
        command.Add(points);
        command.SetAction((parse, token) => CommandAction.RunAsync(streams, common.ConfigArgs(parse), token, (services, cancel) =>
        {
            var pipeline = services.GetRequiredService<StudyPipeline>();
            var plan = pipeline.PrepareSample(new SampleSpec(common.BindStudy(parse), design.Get(parse), parse.GetValue(points)));
            var observer = CommandAction.Observer(streams, services, common.Quiet(parse));
            if (plan.Shard is not null) return Task.FromResult(pipeline.ExecuteShard(plan, observer, cancel).Partial ? ExitCodes.Cancelled : ExitCodes.Ok);
            var outcome = pipeline.Execute(plan, observer, cancel);
            CommandOutput.Study(outcome, common.Format(parse), streams.Out);
            return Task.FromResult(outcome.Partial ? ExitCodes.Cancelled : ExitCodes.Ok);
        }));
        return command;
    }
}
