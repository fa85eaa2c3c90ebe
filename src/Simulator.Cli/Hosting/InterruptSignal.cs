using System.Runtime.InteropServices;

namespace Simulator.Cli.Hosting;

/// <summary>
/// The one owner of Ctrl+C and SIGTERM: turns them into cancellation so a run can stop at the next
/// trial, keep what it finished and exit 130. A second Ctrl+C is left to the runtime (hard stop).
/// </summary>
public sealed class InterruptSignal : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly PosixSignalRegistration _sigint;
    private readonly PosixSignalRegistration _sigterm;

    /// <summary>Starts listening; <paramref name="outer"/> is linked in (e.g. a test's token).</summary>
    public InterruptSignal(CancellationToken outer)
    {
        _source = CancellationTokenSource.CreateLinkedTokenSource(outer);
        _sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    /// <summary>Cancelled on the first interrupt.</summary>
    public CancellationToken Token => _source.Token;

    private void OnSignal(PosixSignalContext context)
    {
        if (_source.IsCancellationRequested) return; // second signal: default handling ends the process
        context.Cancel = true;
        _source.Cancel();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _sigint.Dispose();
        _sigterm.Dispose();
        _source.Dispose();
    }
}
