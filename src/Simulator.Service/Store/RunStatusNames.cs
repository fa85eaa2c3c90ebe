namespace Simulator.Service.Store;

/// <summary>The status names of the API and the database.</summary>
public static class RunStatusNames
{
    /// <summary>queued, running, succeeded, failed or cancelled.</summary>
    public static string Name(this RunStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The status named <paramref name="name"/>.</summary>
    public static RunStatus Parse(string name) => Enum.Parse<RunStatus>(name, ignoreCase: true);

    /// <summary>True once the run can change no more.</summary>
    public static bool IsFinal(this RunStatus status) => status is RunStatus.Succeeded or RunStatus.Failed or RunStatus.Cancelled;
}
