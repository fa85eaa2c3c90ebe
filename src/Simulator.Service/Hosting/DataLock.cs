using Simulator.Service.Store;

namespace Simulator.Service.Hosting;

/// <summary>
/// Holds --data for one server: an exclusive lock on serve.lock, released by the system when the
/// process ends however it ends, so two servers never execute the same queue.
/// </summary>
public sealed class DataLock : IDisposable
{
    private readonly FileStream _lock;

    private DataLock(FileStream file) => _lock = file;

    /// <summary>Locks <paramref name="data"/>; throws <see cref="IOException"/> when another server holds it.</summary>
    public static DataLock Acquire(DataFolder data)
    {
        var path = Path.Combine(data.Root, "serve.lock");
        try
        {
            return new DataLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e)
        {
            throw new IOException($"another server uses {data.Root} ({path} is locked); stop it or give another --data folder", e);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();
}
