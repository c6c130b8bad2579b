namespace ClusterStats.Internal;

/// <summary>
/// The one way whole input files are read: at most <see cref="MaxBytes"/> bytes; a seekable file is read to the size it
/// declares and must end there (so <c>/dev/zero</c>, which declares 0 bytes and never ends, and a file growing while read
/// are errors, not endless reads); a pipe is read up to the limit. Errors name the file and the limit.
/// </summary>
internal static class InputFiles
{
    /// <summary>The largest input read whole: 1 GiB.</summary>
    public const long MaxBytes = 1L << 30;

    /// <summary>
    /// A stream over <paramref name="path"/> for readers that stream, with the limits of <see cref="ReadAllBytes"/>: an
    /// empty path and a folder are refused; a seekable file gives exactly the bytes its size declares and fails when it
    /// has more (a device such as <c>/dev/zero</c>, or a file growing while read); a pipe gives at most
    /// <paramref name="maxBytes"/> bytes.
    /// </summary>
    public static Stream OpenRead(string path, long maxBytes = MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0) ThrowHelper.Argument(nameof(path), "The input path is empty: expected a file name.");
        if (Directory.Exists(path)) return ThrowHelper.InputIsFolder<Stream>(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return new BoundedStream(stream, path, stream.CanSeek ? stream.Length : -1, maxBytes);
    }

    // Reads through to the inner stream and enforces the declared size (seekable) or the limit (pipes).
    private sealed class BoundedStream(FileStream inner, string path, long declared, long maxBytes) : ReadOnlyStream
    {
        private long _read;

        protected override long ReadSoFar => _read;

        public override int Read(Span<byte> buffer)
        {
            if (declared >= 0)
            {
                long left = declared - _read;
                if (left <= 0)
                {
                    // At the declared end the file must end too.
                    if (inner.ReadByte() >= 0) return ThrowHelper.InputChangedSize<int>(path, declared);
                    return 0;
                }
                if (buffer.Length > left) buffer = buffer[..(int)left];
            }
            int n = inner.Read(buffer);
            _read += n;
            if (declared < 0 && _read > maxBytes) return ThrowHelper.InputTooLarge<int>(path, maxBytes);
            if (declared >= 0 && n == 0 && _read < declared) return ThrowHelper.InputShrank<int>(path, declared, _read);
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }

    /// <summary>The bytes of <paramref name="path"/>.</summary>
    /// <exception cref="ClusterStatsException">The file is larger than the limit, endless, or grows while read.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static byte[] ReadAllBytes(string path, long maxBytes = MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0) ThrowHelper.Argument(nameof(path), "The input path is empty: expected a file name.");
        if (Directory.Exists(path)) return ThrowHelper.InputIsFolder<byte[]>(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        if (stream.CanSeek)
        {
            long length = stream.Length;
            if (length > maxBytes) return ThrowHelper.InputTooLarge<byte[]>(path, maxBytes);
            var bytes = new byte[length];
            stream.ReadExactly(bytes);
            if (stream.ReadByte() >= 0) return ThrowHelper.InputChangedSize<byte[]>(path, length);
            return bytes;
        }
        using var memory = new MemoryStream();
        var buffer = new byte[1 << 16];
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            if (memory.Length + n > maxBytes) return ThrowHelper.InputTooLarge<byte[]>(path, maxBytes);
            memory.Write(buffer, 0, n);
        }
        return memory.ToArray();
    }
}
