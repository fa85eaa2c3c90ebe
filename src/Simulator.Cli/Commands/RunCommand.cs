using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulator.Cli.Hosting;
using Simulator.Cli.Running;

namespace Simulator.Cli.Commands;

/// <summary>`run [FILE]`: simulate every regime of a scenario (the built-in seed scenario by default).</summary>
internal static class RunCommand
{
    public static Command Create(ConsoleStreams streams)
    {
        var file = new Argument<string?>("file")
        {
            Description = "Scenario YAML file. Without it, the built-in Pakistan–Afghanistan 2025 scenario.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var trials = new Option<long?>("--trials") { Description = "Trials per regime (overrides run.trials)." };
        var seed = new Option<ulong?>("--seed") { Description = "Master seed (overrides run.seed)." };
        var threads = new Option<int?>("--threads") { Description = "Worker threads (default: all cores). Results do not depend on it." };
        var horizon = new Option<double?>("--horizon") { Description = "Horizon in days (overrides run.horizon_days)." };
        var output = new Option<string?>("--out") { Description = "Folder for summary.json and the other output files.", HelpName = "dir" };
        var trialsCsv = new Option<bool>("--trials-csv") { Description = "Also write trials.csv (one row per trial per regime) into --out." };
        var regimes = new Option<string[]>("--regime")
        {
            Description = "Run only this regime (repeatable). Default: every regime.",
            HelpName = "id",
            DefaultValueFactory = _ => [],
        };
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
        var quiet = new Option<bool>("--quiet") { Description = "No progress on standard error." };
        var set = CommonOptions.Set();
        var config = CommonOptions.Config();

        var command = new Command("run", "Run the Monte Carlo trials of a scenario and print durability per regime.")
        {
            file, trials, seed, threads, horizon, output, trialsCsv, report, plots, regimes, set, resume, precision, target, maxTrials, quiet, config,
        };
        command.SetAction((parse, token) => CommandAction.RunAsync(streams, CommonOptions.ToConfigArgs(parse.GetValue(config)!), token,
            (services, cancel) => services.GetRequiredService<RunJob>().ExecuteAsync(new RunOptions
            {
                ScenarioFile = parse.GetValue(file),
                Trials = parse.GetValue(trials),
                Seed = parse.GetValue(seed),
                Threads = parse.GetValue(threads),
                HorizonDays = parse.GetValue(horizon),
                OutputFolder = parse.GetValue(output),
                WriteTrialsCsv = parse.GetValue(trialsCsv),
                Regimes = parse.GetValue(regimes)!,
                Overrides = parse.GetValue(set)!,
                ResumeFolder = parse.GetValue(resume),
                Precision = parse.GetValue(precision),
                PrecisionTarget = parse.GetValue(target),
                MaxTrials = parse.GetValue(maxTrials),
                Quiet = parse.GetValue(quiet),
                Report = parse.GetValue(report),
                Plots = parse.GetValue(plots),
            }, cancel)));
        return command;
    }
}
