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
            ReportCommand.Create(streams),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                await error.WriteLineAsync($"error: {problem.Message}");
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
}
