using System.CommandLine;
using Simulator.Application.Scenarios;
using Simulator.Cli.Hosting;

namespace Simulator.Cli.Commands;

/// <summary>`validate FILE...`: report every problem of every file at once; exit 2 when any is invalid.</summary>
internal static class ValidateCommand
{
    public static Command Create(ConsoleStreams streams)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Scenario YAML files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var set = CommonOptions.Set();
        var config = CommonOptions.Config();
        var command = new Command("validate", "Check scenario files and list every problem with its file:line:column.") { files, set, config };
        command.SetAction((parse, token) => CommandAction.RunAsync(streams, CommonOptions.ToConfigArgs(parse.GetValue(config)!), token,
            (_, _) => Task.FromResult(Execute(streams, parse.GetValue(files)!, parse.GetValue(set)!))));
        return command;
    }

    // The gate run and the studies pass: a file valid here runs, one refused here is refused there.
    private static int Execute(ConsoleStreams streams, IReadOnlyList<string> files, IReadOnlyList<string> overrides)
    {
        var invalid = 0;
        foreach (var file in files)
        {
            var (gate, _) = ScenarioChecks.Judge(ScenarioInput.File(file), overrides);
            foreach (var warning in gate.Warnings) streams.Error.WriteLine(warning.ToString());
            foreach (var error in gate.Errors) streams.Error.WriteLine(error.ToString());
            if (gate.Passed)
            {
                var s = gate.Scenario!;
                streams.Out.WriteLine($"{file}: valid ({s.Regimes.Count} regimes, {s.Commitments.Count} commitments, {s.Groups.Count} armed groups)");
            }
            else
            {
                invalid++;
                streams.Out.WriteLine($"{file}: {gate.Errors.Count} error(s)");
            }
        }
        return invalid == 0 ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }
}
