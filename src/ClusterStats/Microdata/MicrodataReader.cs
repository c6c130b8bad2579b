using System.Buffers.Binary;
using System.Runtime.ExceptionServices;
using System.Text;
using ClusterStats.Internal;
using Microsoft.Win32.SafeHandles;

namespace ClusterStats.Microdata;

/// <summary>
/// Streams a firm-level CSV file (UTF-8 or GB18030, header row, comma-separated, RFC 4180 quotes) into grouped counts and exact
/// sums without holding its rows: the file is cut into one byte range per thread, each thread aggregates its
/// range into its own groups, and the groups are merged at the end. Memory grows with the number of groups, not rows.
/// </summary>
/// <remarks>
/// Columns are found by header name. Codes stay text with their leading zeros; counts are read as 64-bit integers and
/// money as decimals, and every sum is exact: money is added as integers scaled by 10^4 while that is exact and fits,
/// and continues in a wide exact accumulator otherwise (a sum that decimal cannot hold exactly is an error when it is
/// read, never rounded, whatever the row order). Quoted fields may hold commas, doubled quotes and line breaks. The
/// encoding is <see cref="MicrodataAggregation.Encoding"/> (UTF-8 by default; GB18030; or detected); the byte order mark
/// of the encoding is skipped; CRLF and LF line ends are both read; a CR alone is no line end and no text (lines ended by
/// CR alone are an error, a CR alone inside a data row, quoted or not, makes it a bad row); blank lines hold no row.
/// </remarks>
public static class MicrodataReader
{
    /// <summary>Money is summed as integers in units of 10^-FastScale while exact (values with more fraction digits go to decimal).</summary>
    internal const int FastScale = 4;

    private const long MinBytesPerThread = 4L << 20;

    /// <summary>Reads <paramref name="path"/> and aggregates it as <paramref name="aggregation"/> says.</summary>
    /// <param name="path">A CSV file with a header row, in the encoding <see cref="MicrodataAggregation.Encoding"/> says.</param>
    /// <param name="aggregation">The key columns, sums and labels, and what to do with bad rows.</param>
    /// <returns>The groups sorted by their keys, with counts, sums, labels and the skipped-row report.</returns>
    /// <exception cref="InputException">A required column is missing or named twice, the lines end with CR
    /// alone, the file changed while it was read, the encoding is auto and the file is neither UTF-8 nor GB18030, or
    /// (unless skipped) a row is bad: the message names file, line, column, the text found (the bytes in hexadecimal
    /// for text that is not valid in the encoding) and what was expected.</exception>
    /// <exception cref="ArgumentException">The aggregation names no key column, has an unusable label or an undefined encoding.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static MicrodataTable Aggregate(string path, MicrodataAggregation aggregation) => Aggregate(path, aggregation, null);

    /// <summary>Aggregates with the ranges starting at the given byte offsets (first = the data start is implied when
    /// <paramref name="rangeStarts"/> is empty). Offsets need not be record starts: wrong ones are detected and read again.</summary>
    internal static MicrodataTable Aggregate(string path, MicrodataAggregation aggregation, long[]? rangeStarts)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(aggregation);
        if (aggregation.Keys is null || aggregation.Keys.Count == 0) ThrowHelper.Argument(nameof(aggregation), "Name at least one key column.");
        if (!Enum.IsDefined(aggregation.Encoding)) ThrowHelper.Argument(nameof(aggregation), $"The encoding {aggregation.Encoding} is not one of {string.Join(", ", Enum.GetNames<CsvEncoding>())}.");
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        long length = RandomAccess.GetLength(handle);
        var (encoding, bom) = MicrodataEncoding.Choose(handle, length, path, aggregation.Encoding);
        aggregation.EncodingChosen?.Invoke(path, encoding);
        var (header, dataStart) = ReadHeader(handle, length, path, encoding, bom);
        string headerText = string.Join(",", header);
        var plan = MicrodataPlan.Create(path, header, encoding, aggregation,
            column => new InputError(path, 1, column, ThrowHelper.Shorten(Encoding.UTF8.GetBytes(headerText)), $"a column named '{column}' in the header row"));

        long[] starts = rangeStarts is null ? ChooseStarts(handle, length, dataStart, aggregation.Parallelism) : [dataStart, .. rangeStarts.Where(s => s > dataStart && s < length).Order()];
        int n = starts.Length;
        var stop = new SharedStop();
        var readers = new RangeReader[n];
        for (int k = 0; k < n; k++) readers[k] = new RangeReader(plan, handle, length, k, starts[k], k + 1 < n ? starts[k + 1] : length, stop);
        if (n == 1)
        {
            readers[0].Run();
        }
        else
        {
            try
            {
                Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = n }, k => readers[k].Run());
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
        }

        // Check the chain: each range must start where the previous one stopped; read it again from there if not.
        long expected = dataStart;
        long line = 1 + CountNewlines(handle, 0, dataStart); // the header is line 1 (and more if quoted names hold line breaks)
        var lineBase = new long[n];
        for (int k = 0; k < n; k++)
        {
            var rd = readers[k];
            if (rd.Start != expected || (!rd.Complete && rd.StopError is null))
            {
                rd = readers[k] = new RangeReader(plan, handle, length, k, expected, Math.Max(expected, rd.End), new SharedStop());
                rd.Run();
            }
            lineBase[k] = line;
            if (rd.StopError is { } stopError) ThrowHelper.Input(ToRowError(path, line, stopError));
            expected = rd.ActualEnd;
            line += rd.Lines;
        }

        long lengthAfter = RandomAccess.GetLength(handle);
        if (lengthAfter != length)
        {
            ThrowHelper.Input(new InputError(path, line, "(file)", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{lengthAfter} bytes after reading, {length} before"),
                "a file that does not change while it is read (it is being written: read it when the writer has finished)"));
        }
        var errors = new List<InputError>();
        long skipped = 0;
        for (int k = 0; k < n; k++)
        {
            skipped += readers[k].RowsSkipped;
            foreach (var e in readers[k].Errors)
            {
                if (errors.Count < aggregation.MaxReportedErrors) errors.Add(ToRowError(path, lineBase[k], e));
            }
        }
        long rowsRead = readers.Sum(r => r.RowsRead);
        var target = readers[0];
        for (int k = 1; k < n; k++)
        {
            Merge(target, readers[k], plan);
            readers[k] = null!;
        }
        return MicrodataTable.Build(plan, target, rowsRead, skipped, errors);
    }

    private static InputError ToRowError(string path, long lineBase, PendingError e) =>
        new(path, lineBase + e.LocalLine, e.Column, e.Found, e.Expected);

    private static void Merge(RangeReader target, RangeReader source, MicrodataPlan plan)
    {
        int keys = plan.KeySlot.Length;
        int sums = plan.SumSlot.Length;
        var maps = new int[keys][];
        for (int j = 0; j < keys; j++)
        {
            var from = source.Interners[j];
            var to = target.Interners[j];
            maps[j] = new int[from.Count];
            for (int id = 0; id < from.Count; id++)
            {
                var value = from[id];
                ulong h = ByteInterner.Hash(value);
                int g = to.Find(value, h);
                if (g < 0)
                {
                    g = to.Add(value, h);
                    target.Labels[j]?.Add(source.Labels[j]![id]);
                }
                maps[j][id] = g;
            }
        }
        for (int m = 0; m < sums; m++) target.MaxFractionDigits[m] = Math.Max(target.MaxFractionDigits[m], source.MaxFractionDigits[m]);
        var st = source.Table;
        var tt = target.Table;
        Span<int> ids = stackalloc int[keys];
        Span<long> packed = stackalloc long[(keys + 1) / 2];
        var groupMap = st.Overflow is null ? null : new int[st.Count];
        for (int g = 0; g < st.Count; g++)
        {
            for (int j = 0; j < keys; j++) ids[j] = maps[j][st.KeyId(g, j)];
            GroupTable.Pack(ids, packed);
            int tg = tt.FindOrAdd(packed);
            if (groupMap is not null) groupMap[g] = tg;
            long[] src = st.Block(g);
            long[] dst = tt.Block(tg);
            int sAt = st.Offset(g) + st.KeyLongs;
            int tAt = tt.Offset(tg) + tt.KeyLongs;
            dst[tAt] += src[sAt];
            for (int m = 0; m < sums; m++)
            {
                int o = 1 + 2 * m;
                dst[tAt + o + 1] += src[sAt + o + 1];
                if (plan.SumKind[m] == MicrodataSumKind.Decimal)
                {
                    tt.AddScaled(tg, m, src[sAt + o]);
                }
                else
                {
                    long a = dst[tAt + o], v = src[sAt + o], r = unchecked(a + v);
                    if (((a ^ r) & (v ^ r)) < 0) ThrowHelper.LongSumOverflow(plan.Spec.Sums[m].Column);
                    dst[tAt + o] = r;
                }
            }
        }
        if (st.Overflow is not null)
        {
            foreach (var (key, value) in st.Overflow) tt.AddOverflow(groupMap![(int)(key / sums)], (int)(key % sums), value);
        }
    }

    /// <summary>Reads the header row (quoted names allowed) and returns the names and the offset where data starts.</summary>
    private static (string[] Header, long DataStart) ReadHeader(SafeFileHandle handle, long length, string path, CsvEncoding encoding, int bom)
    {
        var buf = new byte[(int)Math.Min(length, 64 * 1024) + 1];
        while (true)
        {
            int n = RandomAccess.Read(handle, buf.AsSpan(0, (int)Math.Min(buf.Length, length)), 0);
            bool inQuote = false;
            int end = -1;
            for (int i = bom; i < n; i++)
            {
                if (buf[i] == (byte)'"') inQuote = !inQuote;
                else if (buf[i] == (byte)'\n' && !inQuote) { end = i; break; }
                else if (buf[i] == (byte)'\r' && !inQuote && i + 1 < n && buf[i + 1] != (byte)'\n')
                {
                    ThrowHelper.Input(new InputError(path, 1, "(header)", ThrowHelper.Shorten(buf.AsSpan(bom, i - bom), RangeReader.ShownEncoding(encoding)),
                        "lines ended by LF or CRLF; this file ends its lines with CR alone (old Mac style): convert its line ends first"));
                }
            }
            if (end < 0 && n < length && buf.Length < RangeReader.MaxRecordBytes)
            {
                buf = new byte[(int)Math.Min(length, buf.Length * 4L) + 1];
                continue;
            }
            long dataStart = end < 0 ? n : end + 1;
            if (end < 0) end = n;
            if (end > bom && buf[end - 1] == (byte)'\r') end--;
            if (end <= bom) ThrowHelper.Input(new InputError(path, 1, "(header)", "", "a header row naming the columns (the file is empty)"));
            var fields = new List<(int Start, int End)>();
            string? bad = RangeReader.SplitQuoted(buf, bom, end, fields, out int badAt);
            if (bad is not null) ThrowHelper.Input(new InputError(path, 1, "(header)", ThrowHelper.Shorten(buf.AsSpan(badAt, end - badAt), RangeReader.ShownEncoding(encoding)), bad));
            var names = new string[fields.Count];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int f = 0; f < names.Length; f++)
            {
                var span = buf.AsSpan(fields[f].Start, fields[f].End - fields[f].Start);
                if (RangeReader.InvalidText(span, encoding) is { } invalid) ThrowHelper.Input(new InputError(path, 1, $"field {f + 1}", invalid.Found, invalid.Expected));
                names[f] = encoding == CsvEncoding.GB18030 ? TextDecoding.Gb18030.GetString(span) : Encoding.UTF8.GetString(span);
                if (!seen.Add(names[f])) ThrowHelper.Input(new InputError(path, 1, names[f], names[f], "each column name once in the header row"));
            }
            return (names, dataStart);
        }
    }

    /// <summary>One range per thread, of equal bytes, each moved forward to the next line start.</summary>
    private static long[] ChooseStarts(SafeFileHandle handle, long length, long dataStart, int parallelism)
    {
        int threads = parallelism > 0 ? parallelism : Environment.ProcessorCount;
        long data = length - dataStart;
        threads = (int)Math.Max(1, Math.Min(threads, data / MinBytesPerThread));
        var starts = new List<long> { dataStart };
        var buf = new byte[64 * 1024];
        for (int k = 1; k < threads; k++)
        {
            long at = dataStart + data * k / threads;
            long start = length;
            for (long p = at - 1; p < length;)
            {
                int n = RandomAccess.Read(handle, buf, p);
                if (n == 0) break;
                int i = buf.AsSpan(0, n).IndexOf((byte)'\n');
                if (i >= 0) { start = p + i + 1; break; }
                p += n;
            }
            if (start > starts[^1] && start < length) starts.Add(start);
        }
        return starts.ToArray();
    }

    internal static long CountNewlines(SafeFileHandle handle, long from, long to)
    {
        var buf = new byte[64 * 1024];
        long count = 0;
        for (long p = from; p < to;)
        {
            int n = RandomAccess.Read(handle, buf.AsSpan(0, (int)Math.Min(buf.Length, to - p)), p);
            if (n == 0) break;
            count += buf.AsSpan(0, n).Count((byte)'\n');
            p += n;
        }
        return count;
    }

    /// <summary>Reads a key id's bytes back as the integer they encode.</summary>
    internal static long DecodeInteger(ReadOnlySpan<byte> key) => BinaryPrimitives.ReadInt64LittleEndian(key);

    /// <summary>The decimal value of an integer scaled by 10^scale (exact).</summary>
    internal static decimal ScaledToDecimal(long scaled, int scale) => ExactDecimal.ScaledToDecimal(scaled, scale);
}
