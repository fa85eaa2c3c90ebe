using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulator.Application.Merging;
using Simulator.Cli.Hosting;
using Simulator.Cli.Rendering;

namespace Simulator.Cli.Commands;

/// <summary>`merge SHARD_DIR... --out DIR`: join the shards of one run (or study) into exactly the single run's outputs.</summary>
internal static class MergeCommand
{
    public static Command Create(ConsoleStreams streams)
    {
        var shards = new Argument<string[]>("shard-dir")
        {
            Description = "The shard folders (each shard's --out), in any order; together they must hold every shard of one run.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out") { Description = "Folder for the merged outputs (the files the single run writes).", HelpName = "dir", Required = true };
        var report = new Option<bool>("--report") { Description = "Also write report.html into --out (shards of a run)." };
        var plots = new Option<bool>("--plots") { Description = "Also write each chart as PNG and SVG into --out (shards of a run)." };
        var force = new Option<bool>("--force") { Description = "Replace the outputs an earlier run (or study) of the same kind left in --out; without it, such a folder is refused." };
        var format = new ChoiceOption<OutputFormat>("--format",
            "What to print on standard output, as the single run prints it: tables fitted to the terminal, one JSON document (the summary), CSV or Markdown.",
            [("table", OutputFormat.Table), ("json", OutputFormat.Json), ("csv", OutputFormat.Csv), ("markdown", OutputFormat.Markdown)], "table");
        var survival = CommonOptions.Survival();
        var config = CommonOptions.Config();
        var command = new Command("merge", "Join the shards of a run, sweep, sample or sensitivity (run with --shard) into the outputs of the single run, byte for byte.");
        foreach (var option in new Option[] { output, force, report, plots, survival.Option, format.Option, config }) command.Add(option);
        command.Add(shards);
        command.SetAction((parse, token) => CommandAction.RunAsync(streams, CommonOptions.ToConfigArgs(parse.GetValue(config)!), token, (services, cancel) =>
        {
            var pipeline = services.GetRequiredService<MergePipeline>();
            var plan = pipeline.Prepare(new MergeSpec
            {
                ShardFolders = parse.GetValue(shards)!,
                OutputFolder = parse.GetValue(output)!,
                Report = parse.GetValue(report),
                Plots = parse.GetValue(plots),
                Force = parse.GetValue(force),
                SurvivalRows = survival.Get(parse),
            });
            var outcome = pipeline.Execute(plan, CommandAction.Observer(streams, services, quiet: true), cancel);
            if (outcome.Run is { } run) CommandOutput.Run(run.Report, format.Get(parse), streams.Out);
            else if (outcome.Study is { } study) CommandOutput.Study(study, format.Get(parse), streams.Out);
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }
}
