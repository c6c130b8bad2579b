using System.Globalization;
using System.Text.Unicode;
using ClusterStats.Internal;
using Microsoft.Win32.SafeHandles;

namespace ClusterStats.Microdata;

/// <summary>
/// The encoding a microdata file is read in, chosen before its ranges are read.
/// </summary>
/// <remarks>
/// The reader splits records and fields on raw bytes (comma, quote, CR, LF), in parallel ranges that start after an
/// LF. That is valid for GB18030 as it is for UTF-8: GB18030 writes every character below U+0080 as that one ASCII
/// byte, and its multi-byte sequences are a lead byte 0x81–0xFE followed by either one trail byte 0x40–0x7E or
/// 0x80–0xFE, or by 0x30–0x39, 0x81–0xFE, 0x30–0x39. No byte of a multi-byte sequence is below 0x30, so none is a
/// comma (0x2C), a quote (0x22), CR (0x0D) or LF (0x0A): a delimiter byte is always the delimiter. (Trail bytes may
/// be ASCII digits or letters, so text fields are decoded only as whole fields, never byte by byte, and numbers
/// are parsed from fields whose every byte is ASCII.)
/// </remarks>
internal static class MicrodataEncoding
{
    private const int Chunk = 1 << 20;

    /// <summary>The encoding to read <paramref name="path"/> in (never auto) and the length of its byte order mark.</summary>
    /// <exception cref="InputException">Auto was asked for and the file is neither valid UTF-8 nor valid GB18030.</exception>
    public static (CsvEncoding Encoding, int Bom) Choose(SafeFileHandle handle, long length, string path, CsvEncoding requested)
    {
        Span<byte> start = stackalloc byte[4];
        start = start[..RandomAccess.Read(handle, start[..(int)Math.Min(4, length)], 0)];
        bool utf8Bom = start.StartsWith(TextDecoding.Utf8Bom), gbBom = start.StartsWith(TextDecoding.Gb18030Bom);
        switch (requested)
        {
            case CsvEncoding.Utf8: return (CsvEncoding.Utf8, utf8Bom ? 3 : 0);
            case CsvEncoding.GB18030: return (CsvEncoding.GB18030, gbBom ? 4 : 0);
        }
        if (utf8Bom) return (CsvEncoding.Utf8, 3);
        if (gbBom) return (CsvEncoding.GB18030, 4);
        long utf8At = FirstInvalidUtf8(handle, length);
        if (utf8At < 0) return (CsvEncoding.Utf8, 0);
        long gbAt = FirstInvalidGb18030(handle, length);
        if (gbAt < 0) return (CsvEncoding.GB18030, 0);
        Span<byte> found = stackalloc byte[4];
        found = found[..RandomAccess.Read(handle, found[..(int)Math.Min(4, length - gbAt)], gbAt)];
        return ThrowHelper.Input<(CsvEncoding, int)>(new InputError(path, 1 + MicrodataReader.CountNewlines(handle, 0, gbAt), "(file)", TextDecoding.Hex(found, 0),
            string.Create(CultureInfo.InvariantCulture,
                $"UTF-8 or GB18030 text: the bytes are not UTF-8 (first invalid byte at offset {utf8At}) and not GB18030 (first invalid byte at offset {gbAt})")));
    }

    /// <summary>The offset of the first byte of the file that is not valid UTF-8, or -1; read a chunk at a time, each
    /// checked with the vectorised validator and cut before a sequence the chunk splits.</summary>
    private static long FirstInvalidUtf8(SafeFileHandle handle, long length)
    {
        var buf = new byte[Chunk];
        for (long at = 0; at < length;)
        {
            int n = RandomAccess.Read(handle, buf, at);
            if (n == 0) break;
            bool last = at + n >= length;
            int cut = last ? n : WholeUtf8Sequences(buf.AsSpan(0, n));
            if (!Utf8.IsValid(buf.AsSpan(0, cut))) return at + TextDecoding.FirstInvalidUtf8(buf.AsSpan(0, cut));
            at += cut;
        }
        return -1;
    }

    /// <summary>The length of the longest start of <paramref name="bytes"/> that does not end inside a sequence begun
    /// by a lead byte in its last three bytes.</summary>
    private static int WholeUtf8Sequences(ReadOnlySpan<byte> bytes)
    {
        for (int back = 1; back <= 3 && back <= bytes.Length; back++)
        {
            byte b = bytes[^back];
            if ((b & 0xC0) == 0x80) continue; // a continuation byte: look further back for its lead byte
            int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back && bytes.Length > back ? bytes.Length - back : bytes.Length;
        }
        return bytes.Length;
    }

    /// <summary>The offset of the first byte of the file that does not start a valid GB18030 sequence, or -1; a chunk
    /// at a time, a sequence the chunk end splits being read again at the start of the next.</summary>
    private static long FirstInvalidGb18030(SafeFileHandle handle, long length)
    {
        var buf = new byte[Chunk];
        for (long at = 0; at < length;)
        {
            int n = RandomAccess.Read(handle, buf, at);
            if (n == 0) break;
            int bad = TextDecoding.FirstInvalidGb18030(buf.AsSpan(0, n));
            if (bad < 0) { at += n; continue; }
            // A sequence of at most four bytes cut by the chunk end is read whole from the next chunk.
            if (at + n < length && bad > n - 4 && bad > 0) { at += bad; continue; }
            return at + bad;
        }
        return -1;
    }
}
