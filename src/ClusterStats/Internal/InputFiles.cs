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
