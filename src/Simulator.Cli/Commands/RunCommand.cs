using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulator.Application.Runs;
using Simulator.Cli.Hosting;
using Simulator.Cli.Rendering;

namespace Simulator.Cli.Commands;

/// <summary>`run [FILE]`: simulate every regime of a scenario (the built-in seed scenario by default).</summary>
internal static class RunCommand
{
    public static Command Create(ConsoleStreams streams)
    {
        var shared = new ScenarioRunOptions();
        var trialsCsv = new Option<bool>("--trials-csv") { Description = "Also write trials.csv (one row per trial per regime) into --out." };
        var resume = new Option<string?>("--resume")
        {
            Description = "Continue the interrupted run in this folder (a previous --out DIR) from its checkpoint.",
            HelpName = "dir",
        };
        var precision = new Option<double?>("--precision")
        {
            Description = "Add batches of trials until every 95% half-width of --target is at most H (run.trials or --trials is the first batch; each batch doubles the total).",
            HelpName = "H",
        };
        var target = new Option<string?>("--target")
        {
            Description = "What --precision applies to: holds (probability of holding at the horizon, default), rmst (restricted mean, H in days) or paired (difference in holding with the baseline).",
            HelpName = "holds|rmst|paired",
        };
        var maxTrials = new Option<long?>("--max-trials") { Description = "Bound on the trials per regime of a --precision run (default 1,000,000).", HelpName = "n" };
        var report = new Option<bool>("--report") { Description = "With --out, also write report.html into the folder (see 'report')." };
        var plots = new Option<bool>("--plots") { Description = "With --out, also write each chart as PNG and SVG into the folder." };

        var command = new Command("run", "Run the Monte Carlo trials of a scenario and print durability per regime.");
        shared.AddTo(command);
        var survival = CommonOptions.Survival();
        foreach (var option in new Option[] { trialsCsv, survival.Option, report, plots, resume, precision, target, maxTrials }) command.Add(option);
        command.SetAction((parse, token) => CommandAction.RunAsync(streams, shared.ConfigArgs(parse), token, (services, cancel) =>
        {
            var spec = shared.BindRun(parse) with
            {
                WriteTrialsCsv = parse.GetValue(trialsCsv),
                SurvivalRows = survival.Get(parse),
                ResumeFolder = parse.GetValue(resume),
                Precision = parse.GetValue(precision),
                PrecisionTarget = parse.GetValue(target),
                MaxTrials = parse.GetValue(maxTrials),
                Report = parse.GetValue(report),
                Plots = parse.GetValue(plots),
            };
            var pipeline = services.GetRequiredService<RunPipeline>();
            var observer = CommandAction.Observer(streams, services, shared.Quiet(parse));
            var plan = pipeline.Prepare(spec, observer);
            var outcome = pipeline.Execute(plan, observer, cancel);
            // A shard's statistics cover only its share: the table comes from merge.
            if (plan.Shard is null) CommandOutput.Run(outcome.Report, shared.Format(parse), streams.Out);
            return Task.FromResult(outcome.Partial ? ExitCodes.Cancelled : ExitCodes.Ok);
        }));
        return command;
    }
}
