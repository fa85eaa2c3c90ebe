using System.Security.Cryptography;
using Simulator.Storage;

namespace Simulator.Output.Manifests;

/// <summary>
/// A read-only stream over a file that must hold exactly <c>bytes</c> bytes with a given SHA-256:
/// reading past the length fails at once, and reaching the end with another length or hash fails,
/// so a reader that consumes a file to its end has read exactly what the manifest recorded.
/// </summary>
internal sealed class VerifyingStream(Stream inner, string path, long bytes, string sha256) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _read;
    private bool _checked;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => bytes;
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        if (n == 0)
        {
            Check();
            return 0;
        }
        _read += n;
        if (_read > bytes) throw Differs($"holds more than the {bytes:N0} bytes recorded");
        _hash.AppendData(buffer[..n]);
        return n;
    }

    private void Check()
    {
        if (_checked) return;
        _checked = true;
        if (_read != bytes) throw Differs($"holds {_read:N0} bytes, {bytes:N0} recorded");
        if (!string.Equals(Convert.ToHexStringLower(_hash.GetCurrentHash()), sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw Differs("has other content (its SHA-256 differs)");
        }
    }

    private UnsafeFileException Differs(string what) =>
        new($"{path}: differs from what {OutputFiles.Manifest} records: it {what}; it was changed after it was written, so the folder is not trusted (write it again)");

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
