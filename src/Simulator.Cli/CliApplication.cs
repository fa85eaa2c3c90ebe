using System.CommandLine;
using Simulator.Cli.Commands;
using Simulator.Cli.Hosting;

namespace Simulator.Cli;

/// <summary>The command line: parses, then runs one command. Usable in-process by tests.</summary>
public static class CliApplication
{
    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var streams = new ConsoleStreams(output, error);
        var root = new RootCommand("Claim-verification monitoring simulator: how long does a truce last under each verification regime, and why does it break?")
        {
            RunCommand.Create(streams),
            ValidateCommand.Create(streams),
            GraphCommand.Create(streams),
            SweepCommand.Create(streams),
            SampleCommand.Create(streams),
            SensitivityCommand.Create(streams),
            ReportCommand.Create(streams),
            ServeCommand.Create(streams),
            MergeCommand.Create(streams),
        };
        var parse = root.Parse(args);
        var problems = parse.Errors.Select(e => ReadableTypes(e.Message)).Concat(UnknownOptions(parse, args)).ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync($"error: {problem}");
            }
            await error.WriteLineAsync("Run 'simulator --help' for usage.");
            return ExitCodes.InvalidInput;
        }
        var invocation = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            ProcessTerminationTimeout = null, // InterruptSignal owns Ctrl+C
            EnableDefaultExceptionHandler = false,
        };
        return await parse.InvokeAsync(invocation, cancellationToken);
    }

    // System.CommandLine names the .NET type it failed to parse ("System.Nullable`1[System.Int64]");
    // say what a user should type instead.
    private static string ReadableTypes(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @" as expected type '([^']+)'\.?", m => m.Groups[1].Value switch
        {
            var t when t.Contains("UInt64") => ": expected a non-negative whole number.",
            var t when t.Contains("Int64") || t.Contains("Int32") => ": expected a whole number.",
            var t when t.Contains("Double") => ": expected a number.",
            var t => $": expected {t}.",
        });

    // System.CommandLine hands an unknown option such as --nope to a free positional argument
    // (run's FILE), which then fails as "file not found". Report it as the unknown option it is.
    // After "--" everything is an argument, as usual.
    private static IEnumerable<string> UnknownOptions(ParseResult parse, string[] args)
    {
        if (args.Contains("--")) yield break;
        foreach (var argument in parse.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>())
        {
            foreach (var token in argument.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    yield return $"unknown option '{token.Value}' for '{parse.CommandResult.Command.Name}'.";
                }
            }
        }
    }
}
