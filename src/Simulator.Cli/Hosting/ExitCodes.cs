namespace Simulator.Cli.Hosting;

/// <summary>The process exit codes the tool promises (documented in the README).</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>A bug or an unexpected failure of the machine (disk full, …).</summary>
    public const int InternalError = 1;

    /// <summary>Invalid input: a scenario, an option or an output folder the user can fix.</summary>
    public const int InvalidInput = 2;

    /// <summary>Cancelled by Ctrl+C or SIGTERM; completed work was kept and marked partial.</summary>
    public const int Cancelled = 130;
}
