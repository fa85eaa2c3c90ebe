using System.Security.Cryptography;

namespace Simulator.Loading.Durations;

/// <summary>
/// A read-only view of a stream that hashes what passes through and stops past a byte limit, so a
/// file that grows while it is read (or lies about its size) is still bounded.
/// </summary>
internal sealed class LimitedHashingStream(Stream inner, long limit) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _read;
    private string? _final;

    /// <summary>Thrown message when the limit is passed.</summary>
    public string LimitMessage => $"the file is larger than {limit} bytes; data files are limited to {limit / (1024 * 1024)} MiB";

    /// <summary>SHA-256 of the bytes read so far, as lower-case hex.</summary>
    public string Sha256() => _final ?? Convert.ToHexStringLower(_hash.GetCurrentHash());

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _read += n;
        if (_read > limit) throw new InvalidDataException(LimitMessage);
        _hash.AppendData(buffer[..n]);
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _final is null)
        {
            _final = Sha256();
            _hash.Dispose();
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
