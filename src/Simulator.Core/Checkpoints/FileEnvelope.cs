using System.Buffers.Binary;
using System.Security.Cryptography;
using Simulator.Storage;

namespace Simulator.Checkpoints;

/// <summary>
/// The frame every saved tally file shares (checkpoints and shard files): a magic signature, a
/// format version, the payload's length, the payload, and a SHA-256 of everything before it.
/// <see cref="Open"/> checks all of it before anything is parsed.
/// <code>
/// magic (8 bytes) | format version u32 | payload length i64 | payload | SHA-256 of everything before it (32 bytes)
/// </code>
/// </summary>
internal static class FileEnvelope
{
    private const int HeaderBytes = 8 + 4 + 8;
    private const int ChecksumBytes = 32;

    /// <summary>The framed file for <paramref name="payload"/>.</summary>
    public static byte[] Seal(ReadOnlySpan<byte> magic, uint version, ReadOnlySpan<byte> payload)
    {
        var file = new byte[HeaderBytes + payload.Length + ChecksumBytes];
        magic.CopyTo(file);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(8, 4), version);
        BinaryPrimitives.WriteInt64LittleEndian(file.AsSpan(12, 8), payload.Length);
        payload.CopyTo(file.AsSpan(HeaderBytes));
        SHA256.HashData(file.AsSpan(0, HeaderBytes + payload.Length), file.AsSpan(HeaderBytes + payload.Length));
        return file;
    }

    /// <summary>
    /// Writes the framed file of the payload <paramref name="writePayload"/> writes, to
    /// <paramref name="output"/>, without holding it in memory: the payload is written twice, once to
    /// count its bytes for the header, then for real, hashed on the way. <paramref name="writePayload"/>
    /// must write the same bytes both times.
    /// </summary>
    public static void SealTo(Stream output, ReadOnlySpan<byte> magic, uint version, Action<Stream> writePayload)
    {
        var counter = new CountingStream();
        writePayload(counter);
        using var hashing = new HashingStream(output, leaveOpen: true);
        Span<byte> header = stackalloc byte[HeaderBytes];
        magic.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..12], version);
        BinaryPrimitives.WriteInt64LittleEndian(header[12..20], counter.Length);
        hashing.Write(header);
        writePayload(hashing);
        hashing.Flush();
        output.Write(Convert.FromHexString(hashing.CurrentHash()));
    }

    /// <summary>
    /// The payload of a framed file; throws <see cref="CheckpointException"/> naming what is wrong.
    /// <paramref name="kind"/> names the file in messages ("checkpoint", "shard");
    /// <paramref name="versionHint"/> says what to do about another format version.
    /// </summary>
    public static ArraySegment<byte> Open(byte[] file, ReadOnlySpan<byte> magic, uint version, string kind, string versionHint)
    {
        ReadOnlySpan<byte> bytes = file;
        if (bytes.Length < magic.Length || !bytes[..magic.Length].SequenceEqual(magic))
        {
            throw new CheckpointException($"not a {kind} file (it does not start with the {kind} signature)");
        }
        if (bytes.Length < HeaderBytes + ChecksumBytes)
        {
            throw new CheckpointException($"truncated: {bytes.Length} bytes, shorter than the smallest {kind} file");
        }
        var found = BinaryPrimitives.ReadUInt32LittleEndian(bytes[8..12]);
        if (found != version)
        {
            throw new CheckpointException($"format version {found}; this program reads version {version} ({versionHint})");
        }
        var payloadLength = BinaryPrimitives.ReadInt64LittleEndian(bytes[12..20]);
        var expected = HeaderBytes + ChecksumBytes + payloadLength;
        if (payloadLength < 0 || expected != bytes.Length)
        {
            throw new CheckpointException(payloadLength >= 0 && bytes.Length < expected
                ? $"truncated: {bytes.Length} bytes of {expected}"
                : $"damaged: the header announces {payloadLength} payload bytes but the file has {bytes.Length} bytes");
        }
        var body = bytes[..^ChecksumBytes];
        Span<byte> hash = stackalloc byte[ChecksumBytes];
        SHA256.HashData(body, hash);
        if (!hash.SequenceEqual(bytes[^ChecksumBytes..]))
        {
            throw new CheckpointException("corrupted: the checksum does not match the content");
        }
        return new ArraySegment<byte>(file, HeaderBytes, body.Length - HeaderBytes); // no copy: a checkpoint can be 100 MB
    }

    // Counts what is written to it, keeps nothing.
    private sealed class CountingStream : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
