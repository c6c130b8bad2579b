using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace ClusterStats.Internal;

/// <summary>
/// The one way whole text inputs (figure, region, rate and unit files, matrices and panels) are decoded: UTF-8 (a byte
/// order mark is dropped), GB18030 (its byte order mark <c>84 31 95 33</c> is dropped), or automatic detection: a byte
/// order mark first, then UTF-8 when every byte sequence is valid UTF-8, then GB18030 when every byte sequence is valid
/// GB18030. Nothing is replaced: a byte sequence invalid in the chosen encoding is an error naming the file, its byte
/// offset, line and the bytes found.
/// </summary>
internal static class TextDecoding
{
    internal static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    internal static readonly byte[] Gb18030Bom = [0x84, 0x31, 0x95, 0x33];

    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    private static readonly Lazy<Encoding> ShownGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    /// <summary>GB18030 that throws on a byte sequence it has no character for (nothing is replaced).</summary>
    internal static Encoding Gb18030 => StrictGb18030.Value;

    /// <summary>GB18030 for showing bytes in a message: a sequence that is not GB18030 shows as U+FFFD.</summary>
    internal static Encoding Gb18030ForMessages => ShownGb18030.Value;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The encoding <paramref name="requested"/> resolves to for <paramref name="bytes"/> (never <see cref="CsvEncoding.Auto"/>), or null with the reason when no encoding fits.</summary>
    public static CsvEncoding? Choose(ReadOnlySpan<byte> bytes, CsvEncoding requested)
    {
        if (requested != CsvEncoding.Auto) return requested;
        if (bytes.StartsWith(Utf8Bom)) return CsvEncoding.Utf8;
        if (bytes.StartsWith(Gb18030Bom)) return CsvEncoding.GB18030;
        if (Utf8.IsValid(bytes)) return CsvEncoding.Utf8;
        return FirstInvalidGb18030(bytes) < 0 ? CsvEncoding.GB18030 : null;
    }

    /// <summary>
    /// The text of <paramref name="bytes"/> in <paramref name="requested"/> (resolved as <see cref="Choose"/> says),
    /// and the encoding used in <paramref name="used"/>.
    /// </summary>
    /// <exception cref="InputException">The bytes are not text in the encoding (or, for auto, in either encoding).</exception>
    public static string Decode(byte[] bytes, string file, CsvEncoding requested, out CsvEncoding used) =>
        TryDecode(bytes, file, requested, out var text, out used) is { } error ? ThrowHelper.CsvInput<string>([error]) : text;

    /// <summary>
    /// Decodes as <see cref="Decode"/> does; returns null, or the problem (file, line, the bytes found and what was
    /// expected, with the byte offset) when the bytes are not text in the encoding.
    /// </summary>
    public static InputError? TryDecode(byte[] bytes, string file, CsvEncoding requested, out string text, out CsvEncoding used)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        text = "";
        used = requested;
        var chosen = Choose(bytes, requested);
        if (chosen is null)
        {
            long utf8At = FirstInvalidUtf8(bytes), gbAt = FirstInvalidGb18030(bytes);
            return Problem(file, bytes, gbAt, string.Create(CultureInfo.InvariantCulture,
                $"UTF-8 or GB18030 text: the bytes are not UTF-8 (first invalid byte at offset {utf8At}) and not GB18030 (first invalid byte at offset {gbAt})"));
        }
        used = chosen.Value;
        if (used == CsvEncoding.Utf8)
        {
            int skip = bytes.AsSpan().StartsWith(Utf8Bom) ? 3 : 0;
            long at = FirstInvalidUtf8(bytes.AsSpan(skip));
            if (at >= 0)
            {
                return Problem(file, bytes, skip + at, string.Create(CultureInfo.InvariantCulture,
                    $"UTF-8 text (the first invalid byte is at offset {skip + at}); if the file was saved as GB18030 (GBK), read it with the encoding option CsvReadOptions.Encoding = CsvEncoding.GB18030 or CsvEncoding.Auto"));
            }
            text = StrictUtf8.GetString(bytes, skip, bytes.Length - skip);
            return null;
        }
        int gbSkip = bytes.AsSpan().StartsWith(Gb18030Bom) ? 4 : 0;
        long bad = FirstInvalidGb18030(bytes.AsSpan(gbSkip));
        if (bad >= 0)
        {
            return Problem(file, bytes, gbSkip + bad, string.Create(CultureInfo.InvariantCulture,
                $"GB18030 text (the first invalid byte is at offset {gbSkip + bad}); if the file is UTF-8, read it with the encoding option CsvReadOptions.Encoding = CsvEncoding.Utf8 or CsvEncoding.Auto"));
        }
        try
        {
            text = StrictGb18030.Value.GetString(bytes, gbSkip, bytes.Length - gbSkip);
        }
        catch (DecoderFallbackException e)
        {
            // A sequence of valid shape that the decoder has no character for.
            long at = gbSkip + Math.Max(0, e.Index);
            return Problem(file, bytes, at, string.Create(CultureInfo.InvariantCulture, $"GB18030 text (the first invalid byte is at offset {at})"));
        }
        return null;
    }

    private static InputError Problem(string file, ReadOnlySpan<byte> bytes, long offset, string expected) =>
        new(file, LineAt(bytes, offset), "(file)", Hex(bytes, offset), expected);

    /// <summary>The name of an encoding as the command line and messages write it: <c>utf-8</c>, <c>gb18030</c> or <c>auto</c>.</summary>
    public static string Name(CsvEncoding encoding) => encoding switch
    {
        CsvEncoding.Utf8 => "utf-8",
        CsvEncoding.GB18030 => "gb18030",
        _ => "auto",
    };

    // The offset of the first byte that does not start a valid UTF-8 sequence, or -1.
    internal static long FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Buffers.OperationStatus.Done;
        long offset = 0;
        Span<char> chars = stackalloc char[1024];
        while (offset < bytes.Length)
        {
            status = Utf8.ToUtf16(bytes[(int)offset..], chars, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status is System.Buffers.OperationStatus.InvalidData or System.Buffers.OperationStatus.NeedMoreData) return offset;
            if (status == System.Buffers.OperationStatus.Done) return -1;
        }
        return -1;
    }

    // The offset of the first byte that does not start a valid GB18030 sequence (one byte 00-7F; two bytes 81-FE then
    // 40-7E or 80-FE; four bytes 81-FE, 30-39, 81-FE, 30-39, within the defined range), or -1. Runs of ASCII are
    // skipped a vector at a time.
    internal static int FirstInvalidGb18030(ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        while (i < bytes.Length)
        {
            int ascii = bytes[i..].IndexOfAnyExceptInRange((byte)0x00, (byte)0x7F);
            if (ascii < 0) return -1;
            i += ascii;
            int length = Gb18030SequenceLength(bytes[i..]);
            if (length == 0) return i;
            if (length == 4)
            {
                // The four-byte form is checked by the decoder: not every value in its shape is a character.
                try
                {
                    StrictGb18030.Value.GetCharCount(bytes.Slice(i, 4));
                }
                catch (DecoderFallbackException)
                {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }

    private static int Gb18030SequenceLength(ReadOnlySpan<byte> b)
    {
        if (b[0] <= 0x7F) return 1;
        if (b[0] is < 0x81 or > 0xFE || b.Length < 2) return 0;
        if (b[1] is (>= 0x40 and <= 0x7E) or (>= 0x80 and <= 0xFE)) return 2;
        if (b[1] is >= 0x30 and <= 0x39 && b.Length >= 4 && b[2] is >= 0x81 and <= 0xFE && b[3] is >= 0x30 and <= 0x39) return 4;
        return 0;
    }

    private static long LineAt(ReadOnlySpan<byte> bytes, long offset)
    {
        long line = 1;
        foreach (var b in bytes[..(int)Math.Min(offset, bytes.Length)]) if (b == (byte)'\n') line++;
        return line;
    }

    /// <summary>The bytes from <paramref name="offset"/> on (at most four) as hexadecimal: <c>0x81 0x2C</c>.</summary>
    internal static string Hex(ReadOnlySpan<byte> bytes, long offset)
    {
        var at = bytes[(int)Math.Min(offset, bytes.Length)..];
        return string.Join(" ", at[..Math.Min(4, at.Length)].ToArray().Select(b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture)));
    }
}
