namespace Simulator.Cli;

/// <summary>Entry point of the simulator command-line tool.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns its exit code.</summary>
    public static Task<int> Main(string[] args) => CliApplication.RunAsync(args, Console.Out, Console.Error);
}
