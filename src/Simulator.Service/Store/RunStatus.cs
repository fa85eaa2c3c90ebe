namespace Simulator.Service.Store;

/// <summary>Where a run is in its life; stored and shown as the lower-case name.</summary>
public enum RunStatus
{
    /// <summary>Accepted, waiting for a worker (also a run interrupted by a stop, until it resumes).</summary>
    Queued,

    /// <summary>Its trials are being run.</summary>
    Running,

    /// <summary>Every trial ran and every output file is written.</summary>
    Succeeded,

    /// <summary>Stopped by an error; the message says why.</summary>
    Failed,

    /// <summary>Cancelled by a user: the completed trials are written, marked partial.</summary>
    Cancelled,
}
