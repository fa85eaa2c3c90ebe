using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulator.Application.Calibration;
using Simulator.Application.Scenarios;
using Simulator.Cli.Hosting;
using Simulator.Cli.Rendering;

namespace Simulator.Cli.Commands;

/// <summary>`calibrate SCENARIO --data FILE.csv …`: fit scenario values to observed durations (docs/calibration.md).</summary>
internal static class CalibrateCommand
{
    public static Command Create(ConsoleStreams streams)
    {
        var scenario = new Argument<string>("scenario") { Description = "Scenario YAML file to calibrate." };
        var data = new Option<string>("--data") { Description = "CSV file of observed durations: a header line, then one row per truce (or subject).", HelpName = "file.csv", Required = true };
        var duration = new Option<string>("--duration-column") { Description = "Column of the durations (to the failure, or to the end of observation).", HelpName = "name", Required = true };
        var flag = new Option<string>("--event-column") { Description = "Column of the event flags: 1 = the truce failed, 0 = still holding when observation ended (censored).", HelpName = "name", Required = true };
        var unit = new Option<string>("--time-unit") { Description = "Unit of the durations: days or years (365.25 days).", DefaultValueFactory = _ => "days" };
        unit.AcceptOnlyFromAmong("days", "years");
        var groupColumn = new Option<string?>("--group-column") { Description = "Column that splits the data into groups, each compared with its own regime (with --group).", HelpName = "name" };
        var groups = Repeated("--group", "REGIME=VALUE", "Compare the rows whose group column is VALUE with REGIME. Repeatable.");
        var where = Repeated("--where", "COLUMN=VALUE", "Use only the rows where COLUMN is VALUE (e.g. post_cold_war=1). Repeatable.");
        var fit = Repeated("--fit", "key.path=lo:hi", "Fit this scenario value within [lo, hi]. Repeatable. Default: the scenario's uncertain values, within their ranges.");
        var trials = new Option<long?>("--trials") { Description = "Trials per regime at every parameter point (overrides run.trials)." };
        var seed = new Option<ulong?>("--seed") { Description = "Master seed, the same at every parameter point (overrides run.seed)." };
        var threads = new Option<int?>("--threads") { Description = "Worker threads (default: all cores). Results do not depend on it." };
        var horizon = new Option<double?>("--horizon") { Description = "Horizon in days (overrides run.horizon_days): the model runs to it; longer observations are censored there." };
        var output = new Option<string?>("--out") { Description = "Folder for calibrated.yaml, calibration.json, the curves, a run of the calibrated scenario and report.html.", HelpName = "dir" };
        var force = new Option<bool>("--force") { Description = "With --out: replace what the folder holds (without it, a folder with earlier outputs is refused)." };
        var quiet = new Option<bool>("--quiet") { Description = "No progress on standard error." };
        var set = CommonOptions.Set();
        var config = CommonOptions.Config();

        var command = new Command("calibrate", "Fit scenario values to observed truce durations (censored data) and compare the fitted model with the data.");
        command.Add(scenario);
        foreach (var option in new Option[] { data, duration, flag, unit, groupColumn, groups, where, fit, trials, seed, threads, horizon, output, force, set, quiet, config })
        {
            command.Add(option);
        }
        command.SetAction((parse, token) => CommandAction.RunAsync(streams, CommonOptions.ToConfigArgs(parse.GetValue(config)!), token, (services, cancel) =>
        {
            var spec = new CalibrationSpec
            {
                Scenario = ScenarioInput.File(parse.GetValue(scenario)!),
                DataFile = parse.GetValue(data)!,
                DurationColumn = parse.GetValue(duration)!,
                EventColumn = parse.GetValue(flag)!,
                TimeUnit = parse.GetValue(unit)!,
                GroupColumn = parse.GetValue(groupColumn),
                Groups = parse.GetValue(groups)!,
                Where = parse.GetValue(where)!,
                Fit = parse.GetValue(fit)!,
                Trials = parse.GetValue(trials),
                Seed = parse.GetValue(seed),
                Threads = parse.GetValue(threads),
                HorizonDays = parse.GetValue(horizon),
                Overrides = parse.GetValue(set)!,
                OutputFolder = parse.GetValue(output),
                Force = parse.GetValue(force),
            };
            var pipeline = services.GetRequiredService<CalibrationPipeline>();
            var plan = pipeline.Prepare(spec);
            var outcome = pipeline.Execute(plan, CommandAction.Observer(streams, services, parse.GetValue(quiet)), cancel);
            CalibrationTables.Write(streams.Out, outcome);
            return Task.FromResult(outcome.Partial ? ExitCodes.Cancelled : ExitCodes.Ok);
        }));
        return command;
    }

    private static Option<string[]> Repeated(string name, string help, string description) => new(name)
    {
        Description = description,
        HelpName = help,
        DefaultValueFactory = _ => [],
    };
}
