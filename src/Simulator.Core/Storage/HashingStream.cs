using System.Security.Cryptography;

namespace Simulator.Storage;

/// <summary>
/// A write-only stream that passes every byte to an inner stream and hashes it (SHA-256) on the way,
/// so a file's hash is known the moment it is written, without reading it back.
/// </summary>
public sealed class HashingStream : Stream
{
    private readonly Stream _inner;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly bool _leaveOpen;
    private long _length;

    /// <summary>Wraps <paramref name="inner"/>; <paramref name="alreadyWritten"/> are the bytes the inner stream already holds (a continued file), hashed first.</summary>
    public HashingStream(Stream inner, ReadOnlySpan<byte> alreadyWritten = default, bool leaveOpen = false)
    {
        _inner = inner;
        _leaveOpen = leaveOpen;
        _hash.AppendData(alreadyWritten);
        _length = alreadyWritten.Length;
    }

    /// <summary>Adds bytes the inner stream already holds to the hash (a continued file, fed in pieces).</summary>
    public void AppendExisting(ReadOnlySpan<byte> bytes)
    {
        _hash.AppendData(bytes);
        _length += bytes.Length;
    }

    /// <summary>SHA-256 (lowercase hex) of every byte written so far.</summary>
    public string CurrentHash() => Convert.ToHexStringLower(_hash.GetCurrentHash());

    /// <summary>Bytes written so far (with the ones already there).</summary>
    public override long Length => _length;

    /// <inheritdoc />
    public override bool CanRead => false;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <inheritdoc />
    public override long Position { get => Length; set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _inner.Write(buffer);
        _hash.AppendData(buffer);
        _length += buffer.Length;
    }

    /// <inheritdoc />
    public override void WriteByte(byte value) => Write([value]);

    /// <inheritdoc />
    public override void Flush() => _inner.Flush();

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
            if (!_leaveOpen) _inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
