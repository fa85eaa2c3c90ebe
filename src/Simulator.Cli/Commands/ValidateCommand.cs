using System.CommandLine;
using Simulator.Application.Scenarios;
using Simulator.Cli.Hosting;
using Simulator.Cli.Rendering;
using Simulator.Cli.Rendering.Validation;

namespace Simulator.Cli.Commands;

/// <summary>
/// `validate FILE... [--format text|json|sarif]`: report every problem of every file at once, as a
/// compiler does (or as one JSON or SARIF document for editors and CI); exit 2 when any is invalid.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(ConsoleStreams streams)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Scenario YAML files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new ChoiceOption<ValidationFormat>("--format",
            "text: each problem with its source line on standard error, a verdict per file on standard output; json or sarif (SARIF 2.1.0): one document on standard output.",
            [("text", ValidationFormat.Text), ("json", ValidationFormat.Json), ("sarif", ValidationFormat.Sarif)], "text");
        var set = CommonOptions.Set();
        var config = CommonOptions.Config();
        var command = new Command("validate", "Check scenario files and list every problem with its file:line:column, the source line and how to fix it.")
        {
            files, format.Option, set, config,
        };
        command.SetAction((parse, token) => CommandAction.RunAsync(streams, CommonOptions.ToConfigArgs(parse.GetValue(config)!), token,
            (_, _) => Task.FromResult(Execute(streams, parse.GetValue(files)!, format.Get(parse), parse.GetValue(set)!))));
        return command;
    }

    // The gate run and the studies pass: a file valid here runs, one refused here is refused there.
    private static int Execute(ConsoleStreams streams, IReadOnlyList<string> files, ValidationFormat format, IReadOnlyList<string> overrides)
    {
        var verdicts = files.Select(file => new FileVerdict(file, ScenarioChecks.Judge(ScenarioInput.File(file), overrides).Gate)).ToList();
        switch (format)
        {
            case ValidationFormat.Json:
                ValidationJson.Write(verdicts, streams.Out);
                break;
            case ValidationFormat.Sarif:
                ValidationSarif.Write(verdicts, streams.Out);
                break;
            default:
                ValidationText.Write(verdicts, streams);
                break;
        }
        return verdicts.All(v => v.Gate.Passed) ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }
}
