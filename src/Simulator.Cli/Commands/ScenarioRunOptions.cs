using System.CommandLine;
using Simulator.Application;
using Simulator.Application.Runs;
using Simulator.Application.Scenarios;
using Simulator.Application.Studies;
using Simulator.Cli.Rendering;

namespace Simulator.Cli.Commands;

/// <summary>The options run, sweep, sample and sensitivity share: which scenario, how many trials, where to write.</summary>
internal sealed class ScenarioRunOptions
{
    private readonly Argument<string?> _file = new("file")
    {
        Description = "Scenario YAML file. Without it, the built-in Pakistan–Afghanistan 2025 scenario.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<long?> _trials = new("--trials") { Description = "Trials per regime (at each point of a sweep; overrides run.trials)." };
    private readonly Option<ulong?> _seed = new("--seed") { Description = "Master seed (overrides run.seed); the same at every point of a sweep." };
    private readonly Option<int?> _threads = new("--threads") { Description = "Worker threads (default: all cores). Results do not depend on it." };
    private readonly Option<double?> _horizon = new("--horizon") { Description = "Horizon in days (overrides run.horizon_days)." };
    private readonly Option<string?> _output = new("--out") { Description = "Folder for summary.json (or the sweep's CSV files) and the other output files.", HelpName = "dir" };

    private readonly Option<string[]> _regimes = new("--regime")
    {
        Description = "Run only this regime (repeatable). Default: every regime.",
        HelpName = "id",
        DefaultValueFactory = _ => [],
    };

    private readonly Option<bool> _force = new("--force") { Description = "With --out: replace the outputs an earlier run of the same command left in the folder (without it, such a folder is refused)." };

    private readonly Option<string?> _shard = new("--shard")
    {
        Description = "Run only this shard's share of the trials (INDEX from 0) and write its shard file into --out; join the shards with 'merge'. "
            + "auto: a Slurm job array's SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT; auto/COUNT: the index from Slurm or a Kubernetes Indexed Job's JOB_COMPLETION_INDEX.",
        HelpName = "INDEX/COUNT|auto|auto/COUNT",
    };

    private readonly ChoiceOption<OutputFormat> _format = new("--format",
        "What to print on standard output: tables fitted to the terminal, one JSON document (the summary), CSV or Markdown.",
        [("table", OutputFormat.Table), ("json", OutputFormat.Json), ("csv", OutputFormat.Csv), ("markdown", OutputFormat.Markdown)], "table");

    private readonly Option<bool> _quiet = new("--quiet") { Description = "No progress on standard error." };
    private readonly Option<string[]> _set = CommonOptions.Set();
    private readonly Option<string[]> _config = CommonOptions.Config();

    public void AddTo(Command command)
    {
        command.Add(_file);
        command.Add(_trials);
        command.Add(_seed);
        command.Add(_threads);
        command.Add(_horizon);
        command.Add(_output);
        command.Add(_force);
        command.Add(_format.Option);
        command.Add(_regimes);
        command.Add(_set);
        command.Add(_shard);
        command.Add(_quiet);
        command.Add(_config);
    }

    public IReadOnlyList<string> ConfigArgs(ParseResult parse) => CommonOptions.ToConfigArgs(parse.GetValue(_config)!);

    public bool Quiet(ParseResult parse) => parse.GetValue(_quiet);

    public OutputFormat Format(ParseResult parse) => _format.Get(parse);

    // "-" means standard output to many tools; here results go there with --format, and a folder named "-" helps nobody.
    private string? OutputFolder(ParseResult parse) => parse.GetValue(_output) is "-"
        ? throw new InputRejectedException("--out", "'-' is not a folder; to print the results on standard output use --format json (or csv, markdown)")
        : parse.GetValue(_output);

    public RunSpec BindRun(ParseResult parse) => new()
    {
        Scenario = ScenarioInput.FileOrBuiltIn(parse.GetValue(_file)),
        Trials = parse.GetValue(_trials),
        Seed = parse.GetValue(_seed),
        Threads = parse.GetValue(_threads),
        HorizonDays = parse.GetValue(_horizon),
        OutputFolder = OutputFolder(parse),
        Force = parse.GetValue(_force),
        Regimes = parse.GetValue(_regimes)!,
        Overrides = parse.GetValue(_set)!,
        Shard = parse.GetValue(_shard),
    };

    public StudySpec BindStudy(ParseResult parse) => new()
    {
        Scenario = ScenarioInput.FileOrBuiltIn(parse.GetValue(_file)),
        Trials = parse.GetValue(_trials),
        Seed = parse.GetValue(_seed),
        Threads = parse.GetValue(_threads),
        HorizonDays = parse.GetValue(_horizon),
        OutputFolder = OutputFolder(parse),
        Force = parse.GetValue(_force),
        Regimes = parse.GetValue(_regimes)!,
        Overrides = parse.GetValue(_set)!,
        Shard = parse.GetValue(_shard),
    };
}
