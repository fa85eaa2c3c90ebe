using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulator.Application.Studies;
using Simulator.Cli.Hosting;
using Simulator.Cli.Rendering;
using Simulator.Studies.Sensitivity;

namespace Simulator.Cli.Commands;

/// <summary>`sensitivity [FILE] --method sobol|morris [--output holds|rmst|paired]`: global sensitivity over the uncertain parameters.</summary>
internal static class SensitivityCommand
{
    public static Command Create(ConsoleStreams streams)
    {
        var common = new ScenarioRunOptions();
        var method = new ChoiceOption<SensitivityMethod>("--method",
            "sobol: first-order and total indices (Saltelli sampling, Jansen estimators); morris: elementary effects (μ*, μ, σ).",
            [("sobol", SensitivityMethod.Sobol), ("morris", SensitivityMethod.Morris)], "sobol");
        var output = new ChoiceOption<SensitivityOutput>("--output",
            "Statistic analysed per regime: holds (probability of holding at the horizon), rmst (mean days held to the horizon), paired (difference in holds at the horizon with the baseline).",
            [("holds", SensitivityOutput.Holds), ("rmst", SensitivityOutput.Rmst), ("paired", SensitivityOutput.Paired)], "holds");
        var points = new Option<int?>("--points")
        {
            Description = "Sobol: base samples n (n·(k+2) scenario runs; default 32). Morris: trajectories r (r·(k+1) runs; default 10).",
            HelpName = "N",
        };
        var levels = new Option<int>("--levels") { Description = "Morris: levels per parameter (even).", DefaultValueFactory = _ => 4 };
        var resamples = new Option<int>("--resamples") { Description = "Bootstrap resamples for the intervals.", DefaultValueFactory = _ => 1000 };
        var command = new Command("sensitivity", "Rank the uncertain parameters by their influence on durability (Sobol or Morris), with bootstrap intervals.");
        common.AddTo(command);
        command.Add(method.Option);
        command.Add(output.Option);
        command.Add(points);
        command.Add(levels);
        command.Add(resamples);
        command.SetAction((parse, token) => CommandAction.RunAsync(streams, common.ConfigArgs(parse), token, (services, cancel) =>
        {
            var pipeline = services.GetRequiredService<StudyPipeline>();
            var plan = pipeline.PrepareSensitivity(new SensitivitySpec
            {
                Common = common.BindStudy(parse),
                Method = method.Get(parse),
                Output = output.Get(parse),
                Points = parse.GetValue(points),
                Levels = parse.GetValue(levels),
                Resamples = parse.GetValue(resamples),
            });
            var observer = CommandAction.Observer(streams, services, common.Quiet(parse));
            if (plan.Shard is not null) return Task.FromResult(pipeline.ExecuteShard(plan, observer, cancel).Partial ? ExitCodes.Cancelled : ExitCodes.Ok);
            var outcome = pipeline.Execute(plan, observer, cancel);
            CommandOutput.Study(outcome, common.Format(parse), streams.Out);
            return Task.FromResult(outcome.Partial ? ExitCodes.Cancelled : ExitCodes.Ok);
        }));
        return command;
    }
}
