namespace Simulator.Cli;

/// <summary>Entry point of the simulator command-line tool (a class, not static, so the service tests can name it to WebApplicationFactory).</summary>
public sealed class Program
{
    private Program()
    {
    }

    /// <summary>Runs the command line and returns its exit code.</summary>
    public static Task<int> Main(string[] args) => CliApplication.RunAsync(args, Console.Out, Console.Error);
}
