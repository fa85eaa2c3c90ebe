namespace Simulator.Cli;

/// <summary>Entry point of the simulator command-line tool.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("simulator: commands are being wired up in this revision.");
        return 1;
    }
}
