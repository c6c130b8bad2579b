namespace ClusterStats.Internal;

/// <summary>
/// The base of the library's forward-only input streams: reading is all they do (<see cref="Read(Span{byte})"/>), every
/// other member refuses; <see cref="Stream.Position"/> is what was read so far when the stream says so.
/// </summary>
internal abstract class ReadOnlyStream : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => ReadSoFar; set => throw new NotSupportedException(); }

    /// <summary>The bytes handed out so far.</summary>
    protected virtual long ReadSoFar => throw new NotSupportedException();

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
    public abstract override int Read(Span<byte> buffer);
}
