using System.CommandLine;
using System.CommandLine.Help;
using Simulator.Cli.Commands;
using Simulator.Cli.Hosting;
using Simulator.Cli.Rendering;
using Simulator.Cli.Rendering.Layout;

namespace Simulator.Cli;

/// <summary>The command line: parses, then runs one command. Usable in-process by tests.</summary>
public static class CliApplication
{
    /// <summary>The name the tool is installed and called as.</summary>
    public const string ToolName = "truce-sim";

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
            CalibrateCommand.Create(streams),
            ServeCommand.Create(streams),
            MergeCommand.Create(streams),
            DiscoverCommand.Create(streams),
            RobustnessCommand.Create(streams),
        };
        foreach (var helpOption in root.Options.OfType<HelpOption>())
        {
            if (helpOption.Action is HelpAction action) action.MaxWidth = TerminalWidth.For(output);
        }
        var parse = root.Parse(args);
        var problems = ParseProblems.Of(parse, args);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync($"error: {problem}");
            }
            var command = parse.CommandResult.Command == root ? ToolName : $"{ToolName} {parse.CommandResult.Command.Name}";
            await error.WriteLineAsync($"Run '{command} --help' for usage.");
            return ExitCodes.InvalidInput;
        }
        // Help and --version go through the invocation's writer; the commands write to their streams.
        using var help = new TrimmingWriter(output);
        var invocation = new InvocationConfiguration
        {
            Output = help,
            Error = error,
            ProcessTerminationTimeout = null, // InterruptSignal owns Ctrl+C
            EnableDefaultExceptionHandler = false,
        };
        var code = await parse.InvokeAsync(invocation, cancellationToken);
        help.Flush();
        return code;
    }
}
