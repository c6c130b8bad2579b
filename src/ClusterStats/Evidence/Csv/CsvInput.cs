using System.Buffers;
using System.Globalization;
using System.Text;
using CsvHelper;

namespace ClusterStats.Internal;

/// <summary>The columns of a CSV schema: all known names in order, which are required, and which hold free text.</summary>
internal sealed record CsvSchema(string Name, IReadOnlyList<string> Columns, IReadOnlySet<string> Required, IReadOnlySet<string> FreeText)
{
    /// <summary>Further columns that are accepted and ignored (the review columns of extracted candidates).</summary>
    public IReadOnlySet<string> Ignored { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}

/// <summary>Collects the problems of one file; in strict mode the first one stops reading.</summary>
internal sealed class CsvErrorSink(string file, bool collect)
{
    public List<InputError> Errors { get; } = [];

    public string File => file;

    /// <summary>The worksheet read, when the input is an .xlsx workbook: problems then name its sheet and cell.</summary>
    public XlsxSheet? Sheet { get; set; }

    public void Add(long line, string column, string found, string expected)
    {
        Errors.Add(Sheet is null ? new InputError(file, line, column, ThrowHelper.Shorten(found), expected) : Sheet.Error(line, column, found, expected));
        if (!collect) throw new StopReading();
    }

    internal sealed class StopReading : Exception;
}

/// <summary>One record of a CSV file, with typed access to its fields that reports problems to the sink.</summary>
internal sealed class CsvRecordView(CsvErrorSink sink, long line, Dictionary<string, string> fields)
{
    public long Line => line;
    public bool HasErrors { get; private set; }

    public void Error(string column, string found, string expected)
    {
        HasErrors = true;
        sink.Add(line, column, found, expected);
    }

    /// <summary>The text of a column, null when the column is absent or the field is empty.</summary>
    public string? Text(string column) => fields.TryGetValue(column, out var v) && v.Length > 0 ? v : null;

    public string Required(string column, string expected)
    {
        var v = Text(column);
        if (v is null) Error(column, "", expected);
        return v ?? "";
    }

    public decimal? Decimal(string column, bool required)
    {
        var v = Text(column);
        if (v is null)
        {
            if (required) Error(column, "", "a number in plain invariant digits, such as 2200000000 or -44060000");
            return null;
        }
        switch (InvariantNumber.TryParseDecimal(v, out var d))
        {
            case NumberText.Ok: return d;
            case NumberText.Inexact: Error(column, v, InvariantNumber.ExactExpected); return null;
            default: Error(column, v, InvariantNumber.DecimalExpected); return null;
        }
    }

    public int? Int(string column, int min, int max, string expected)
    {
        var v = Text(column);
        if (v is null) return null;
        if (int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= min && i <= max) return i;
        Error(column, v, expected);
        return null;
    }

    public bool Bool(string column)
    {
        var v = Text(column);
        switch (v)
        {
            case null or "false": return false;
            case "true": return true;
            default: Error(column, v, "true or false"); return false;
        }
    }
}

/// <summary>One record of an input: its 1-based line in the file (or its worksheet row) and its fields, as many as the header has.</summary>
internal readonly record struct CsvRow(long Line, string[] Fields);

/// <summary>The header and records of one input, read without a schema; <see cref="Sheet"/> is the worksheet when the input is a workbook.</summary>
internal sealed record CsvRows(string File, long HeaderLine, string[] Header, List<CsvRow> Rows, XlsxSheet? Sheet);

/// <summary>
/// The one CSV reader: reads CSV bytes with CsvHelper after decoding them (UTF-8 with or without BOM, GB18030, or
/// auto), within the limits of <see cref="CsvReadOptions"/> (input bytes, field length, record size, so an endless
/// input such as <c>/dev/zero</c> stops), refusing a CR alone and malformed quoting. Its records go either to a
/// schema (<see cref="Read{T}(Stream, string, CsvReadOptions, CsvSchema, Func{CsvRecordView, T}, Func{T, object}?)"/>:
/// header checked, each well-formed record handed to a parser) or, without one, to the caller as rows
/// (<see cref="ReadRows"/>, the rows of a <see cref="CsvTable"/>). Problems carry file, line, column, text and what
/// was expected; nothing is padded, coerced or dropped silently. An .xlsx workbook (a zip archive, or a file named
/// .xlsx) is read as the rows of one worksheet (<see cref="XlsxSheet"/>), which go the same way; its problems name
/// the sheet and cell.
/// </summary>
internal static class CsvInput
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private const string Utf8Expected = "UTF-8 text; if the file was saved as GB18030 (GBK), read it with the encoding option CsvReadOptions.Encoding = CsvEncoding.GB18030";

    // The columns a record may have when no schema says, for the record size limit: a record longer than about 4 bytes
    // per character of the longest field for this many fields stops reading.
    private const int UnknownColumns = 64;

    public static List<T> Read<T>(byte[] bytes, string file, CsvReadOptions options, CsvSchema schema, Func<CsvRecordView, T?> parse, Func<T, object>? duplicateKey = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return Read(new MemoryStream(bytes, writable: false), file, options, schema, parse, duplicateKey);
    }

    public static List<T> Read<T>(Stream input, string file, CsvReadOptions options, CsvSchema schema, Func<CsvRecordView, T?> parse, Func<T, object>? duplicateKey = null)
        where T : class
    {
        var (items, errors) = ReadAll(input, file, options, schema, parse, duplicateKey);
        if (errors.Count > 0) ThrowHelper.Input(errors);
        return items;
    }

    public static (List<T> Items, List<InputError> Errors) ReadAll<T>(byte[] bytes, string file, CsvReadOptions options, CsvSchema schema, Func<CsvRecordView, T?> parse, Func<T, object>? duplicateKey)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return ReadAll(new MemoryStream(bytes, writable: false), file, options, schema, parse, duplicateKey);
    }

    /// <summary>
    /// Reads records from <paramref name="input"/> (disposed at the end). UTF-8 input streams: rows are parsed as the
    /// bytes arrive and only the records are kept; GB18030 and automatic detection need the whole input (within
    /// <see cref="CsvReadOptions.MaxInputBytes"/>) to decide its encoding.
    /// </summary>
    public static (List<T> Items, List<InputError> Errors) ReadAll<T>(Stream input, string file, CsvReadOptions options, CsvSchema schema, Func<CsvRecordView, T?> parse, Func<T, object>? duplicateKey)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var sink = new CsvErrorSink(file, options.CollectAllErrors);
        var items = new List<T>();
        Scan(input, file, options, sink, schema.Columns.Count + schema.Ignored.Count, " (" + string.Join(",", schema.Columns) + ")",
            (headerLine, header, records) => ReadRecords(headerLine, header, records, schema, parse, duplicateKey, sink, items));
        return (sink.Errors.Count == 0 ? items : [], sink.Errors);
    }

    /// <summary>
    /// Reads the header and records of <paramref name="input"/> (disposed at the end) without a schema, strictly: the
    /// first problem, of the input or of <paramref name="checkHeader"/> (given the header line, the header and the sink
    /// to report to), throws an <see cref="InputException"/>. Blank lines are skipped; every record has as many fields as
    /// the header.
    /// </summary>
    public static CsvRows ReadRows(Stream input, string file, CsvReadOptions options, Action<long, string[], CsvErrorSink>? checkHeader = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var sink = new CsvErrorSink(file, collect: false);
        CsvRows? read = null;
        Scan(input, file, options, sink, UnknownColumns, "", (headerLine, header, records) =>
        {
            checkHeader?.Invoke(headerLine, header, sink);
            var rows = new List<CsvRow>();
            foreach (var (line, fields) in records) rows.Add(new CsvRow(line, fields));
            read = new CsvRows(file, headerLine, header, rows, sink.Sheet);
        });
        if (sink.Errors.Count > 0) ThrowHelper.Input(sink.Errors);
        return read!;
    }

    /// <summary>
    /// The one path of every input: tells a workbook from text, decodes text, tokenizes it with CsvHelper within the
    /// limits, and hands the header and the records (each as wide as the header, no field longer than the limit) to
    /// <paramref name="consume"/>. Problems go to <paramref name="sink"/>; a problem of the input itself (its encoding, a
    /// CR alone, malformed quoting, a limit) ends reading whatever the mode.
    /// </summary>
    private static void Scan(Stream input, string file, CsvReadOptions options, CsvErrorSink sink, int columns, string headerNames, Action<long, string[], IEnumerable<(long Line, string[] Fields)>> consume)
    {
        var start = new byte[4];
        int got = input.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        if (XlsxSheet.IsWorkbook(file, start.AsSpan(0, got)))
        {
            ReadWorkbook(input, start.AsSpan(0, got), file, options, sink, headerNames, consume);
            return;
        }
        input = new PrefixedStream(start[..got], input);
        using (input)
        {
            try
            {
                Stream utf8;
                if (options.Encoding == CsvEncoding.Utf8)
                {
                    utf8 = new CheckedUtf8Stream(input, options.MaxInputBytes);
                    options.EncodingChosen?.Invoke(file, CsvEncoding.Utf8);
                }
                else
                {
                    if (TextDecoding.TryDecode(ReadLimited(input, options.MaxInputBytes), file, options.Encoding, out var text, out var used) is { } notText)
                    {
                        Stop(sink, () => sink.Add(notText.Line, notText.Column, notText.Found, notText.Expected));
                        return;
                    }
                    options.EncodingChosen?.Invoke(file, used);
                    // The decoded text takes the same checks (line ends) as UTF-8 input; its size was checked as read.
                    utf8 = new CheckedUtf8Stream(new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false), long.MaxValue);
                }
                using var reader = CsvReader.Create(utf8, ReaderOptions(options, columns, sink), leaveOpen: false);
                var header = reader.Headers.ToArray();
                if (header.All(h => h.Trim().Length == 0) && !reader.Read())
                {
                    sink.Add(1, "(file)", "", $"a header row{headerNames} and records; the file is empty");
                    return;
                }
                consume(1, header, FieldsWithin(Records(reader, header.Length, sink), header, options, sink));
            }
            catch (CsvErrorSink.StopReading)
            {
                // Strict mode: the first problem ends reading; it is in sink.Errors.
            }
            catch (CheckedUtf8Stream.InvalidUtf8 e)
            {
                Stop(sink, () => sink.Add(e.Line, e.Column, e.Hex, Utf8Expected));
            }
            catch (CheckedUtf8Stream.LoneCarriageReturn e)
            {
                Stop(sink, () => sink.Add(e.Line, e.Column, e.Found, CsvCells.LoneCr));
            }
            catch (CheckedUtf8Stream.TooLong e)
            {
                Stop(sink, () => sink.Add(0, "(file)", "", InputLimitExpected(e.Limit)));
            }
            catch (CsvFormatException e)
            {
                Stop(sink, () => sink.Add(e.LineNumber, "(row)", "", string.Create(CultureInfo.InvariantCulture,
                    $"a record of at most {RecordLimit(options, columns)} bytes (fields of at most {options.MaxFieldLength} characters); reading stopped here")));
            }
        }
    }

    private static void ReadWorkbook(Stream input, ReadOnlySpan<byte> start, string file, CsvReadOptions options, CsvErrorSink sink, string headerNames, Action<long, string[], IEnumerable<(long Line, string[] Fields)>> consume)
    {
        var prefix = start.ToArray();
        using (input)
        {
            try
            {
                var rest = ReadLimited(input, options.MaxInputBytes - prefix.Length);
                var sheet = XlsxSheet.Read([.. prefix, .. rest], file, options.Sheet);
                sink.Sheet = sheet;
                if (sheet.Header.Length == 0)
                {
                    sink.Add(1, "(file)", "", $"a header row{headerNames} and records; the sheet is empty");
                    return;
                }
                consume(sheet.HeaderRow, sheet.Header, FieldsWithin(sheet.Rows.Select(r => (Line: (long)r.Row, r.Fields)), sheet.Header, options, sink));
            }
            catch (CsvErrorSink.StopReading)
            {
                // Strict mode: the first problem ends reading; it is in sink.Errors.
            }
            catch (CheckedUtf8Stream.TooLong e)
            {
                Stop(sink, () => sink.Add(0, "(file)", "", InputLimitExpected(e.Limit)));
            }
            catch (InputException e)
            {
                // The workbook or a cell cannot be read at all: reading ends here whatever the mode.
                sink.Errors.AddRange(e.Errors);
            }
        }
        if (sink.Sheet is { HeaderHint.Length: > 0 } read)
        {
            // A header that does not fit may be the wrong sheet: say which others there are.
            for (int k = 0; k < sink.Errors.Count; k++)
            {
                if (sink.Errors[k].Line == read.HeaderRow) sink.Errors[k] = sink.Errors[k] with { Expected = sink.Errors[k].Expected + read.HeaderHint };
            }
        }
    }

    /// <summary>The first bytes of an input, read to decide what it is, followed by the rest of the input.</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream inner) : ReadOnlyStream
    {
        private int _used;

        public override int Read(Span<byte> buffer)
        {
            if (_used >= prefix.Length) return inner.Read(buffer);
            int n = Math.Min(buffer.Length, prefix.Length - _used);
            prefix.AsSpan(_used, n).CopyTo(buffer);
            _used += n;
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }

    private static string InputLimitExpected(long limit) => string.Create(CultureInfo.InvariantCulture,
        $"input of at most {limit} bytes (CsvReadOptions.MaxInputBytes); reading stopped there, the input goes on (an endless device such as /dev/zero?)");

    // Adds a last error that ends reading whatever the mode (strict mode throws StopReading from Add).
    private static void Stop(CsvErrorSink sink, Action add)
    {
        try
        {
            add();
        }
        catch (CsvErrorSink.StopReading)
        {
            // The error is recorded; reading is over either way.
        }
    }

    private static long RecordLimit(CsvReadOptions options, int columns) =>
        4L * options.MaxFieldLength * columns + 65536;

    private static CsvReaderOptions ReaderOptions(CsvReadOptions options, int columns, CsvErrorSink sink) => new()
    {
        Separator = ',',
        TrackLineNumbers = true,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MalformedData = CsvMalformedDataHandling.Skip,
        DetectSeparatorHint = false,
        Encoding = Encoding.UTF8,
        MaxRecordSize = (int)Math.Min(int.MaxValue / 2, RecordLimit(options, columns)),
        PoolStrings = true, // records are kept: repeated names, titles, units and indicators are held once
        OnMalformedRecord = m => sink.Add(m.LineNumber, "(row)", m.RawRecord, MalformedExpected(m.Reason)),
    };

    private static byte[] ReadLimited(Stream input, long limit)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[1 << 16];
        int n;
        while ((n = input.Read(buffer)) > 0)
        {
            if (copy.Length + n > limit) throw new CheckedUtf8Stream.TooLong(limit);
            copy.Write(buffer, 0, n);
        }
        return copy.ToArray();
    }

    // The records of a CSV file, each with as many fields as the header (a record with more or fewer is reported and left out).
    private static IEnumerable<(long Line, string[] Fields)> Records(CsvReader reader, int width, CsvErrorSink sink)
    {
        while (reader.Read())
        {
            long line = reader.LineNumber;
            if (reader.FieldCount != width)
            {
                sink.Add(line, "(row)", reader.Current.ToString(),
                    string.Create(CultureInfo.InvariantCulture, $"{width} fields as in the header, not {reader.FieldCount}"));
                continue;
            }
            var fields = new string[width];
            for (int i = 0; i < width; i++) fields[i] = reader.GetString(i) ?? "";
            yield return (line, fields);
        }
    }

    // The records whose every field is within the longest field accepted (a record with a longer one is reported and left out).
    private static IEnumerable<(long Line, string[] Fields)> FieldsWithin(IEnumerable<(long Line, string[] Fields)> records, string[] header, CsvReadOptions options, CsvErrorSink sink)
    {
        foreach (var record in records)
        {
            int over = Array.FindIndex(record.Fields, f => f.Length > options.MaxFieldLength);
            if (over >= 0)
            {
                sink.Add(record.Line, header[over], record.Fields[over], string.Create(CultureInfo.InvariantCulture, $"a field of at most {options.MaxFieldLength} characters"));
                continue;
            }
            yield return record;
        }
    }

    // Checks the header against the schema and hands each record to the parser: the one path of CSV and worksheet rows.
    private static void ReadRecords<T>(long headerLine, string[] header, IEnumerable<(long Line, string[] Fields)> records, CsvSchema schema, Func<CsvRecordView, T?> parse, Func<T, object>? duplicateKey, CsvErrorSink sink, List<T> items)
        where T : class
    {
        if (!CheckHeader(headerLine, header, schema, string.Join(",", schema.Columns), sink)) return;
        var seen = new Dictionary<object, long>();
        foreach (var (line, record) in records)
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            var view = new CsvRecordView(sink, line, fields);
            for (int i = 0; i < header.Length; i++)
            {
                var value = record[i];
                if (schema.FreeText.Contains(header[i]) && value.Length > 0)
                {
                    if (CsvCells.IsNeutralized(value)) value = CsvCells.Restore(value);
                    else if (FormulaStarts.Contains(value[0]))
                        view.Error(header[i], value, "text that does not start with = + - @ (a spreadsheet would run it as a formula); write '" + value[0] + " to keep it as text");
                }
                fields[header[i]] = value;
            }
            if (view.HasErrors) continue;
            var item = parse(view);
            if (item is null || view.HasErrors) continue;
            if (duplicateKey is not null)
            {
                var key = duplicateKey(item);
                if (seen.TryGetValue(key, out var firstLine))
                {
                    view.Error("(row)", string.Join(",", record), string.Create(CultureInfo.InvariantCulture, $"each figure once; {(sink.Sheet is null ? "line" : "row")} {firstLine} has the same figure"));
                    continue;
                }
                seen[key] = line;
            }
            items.Add(item);
        }
    }

    private static string MalformedExpected(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "a closing quote for the quoted field (the quote is never closed)",
        CsvMalformedReason.StrayQuote => "no quote inside an unquoted field (quote the whole field and double the quote)",
        CsvMalformedReason.TextAfterClosingQuote => "a comma or the end of the line after a closing quote",
        _ => "a well-formed CSV record (" + reason.ToString() + ")",
    };

    private static bool CheckHeader(long line, string[] header, CsvSchema schema, string expectedHeader, CsvErrorSink sink)
    {
        var headerText = string.Join(",", header);
        if (!header.Any(h => schema.Columns.Contains(h)))
        {
            sink.Add(line, "(header)", headerText, $"a header row naming the columns: {expectedHeader}");
            return false;
        }
        bool ok = true;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var h in header)
        {
            if (!schema.Columns.Contains(h) && !schema.Ignored.Contains(h))
            {
                sink.Add(line, h, h, $"a column of the {schema.Name} schema: {expectedHeader}");
                ok = false;
            }
            else if (!seen.Add(h))
            {
                sink.Add(line, h, h, "each column once");
                ok = false;
            }
        }
        foreach (var r in schema.Columns.Where(schema.Required.Contains))
        {
            if (!seen.Contains(r))
            {
                sink.Add(line, r, headerText, $"a required column named '{r}'");
                ok = false;
            }
        }
        return ok;
    }
}
