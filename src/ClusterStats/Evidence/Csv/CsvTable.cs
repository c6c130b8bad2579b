using System.Globalization;
using System.Text;

namespace ClusterStats.Internal;

/// <summary>One data line of a CSV file: its 1-based line number in the file and its fields.</summary>
internal readonly record struct CsvRow(int Line, string[] Fields);

/// <summary>
/// A small, strict CSV reader (RFC 4180: comma separator, double-quoted fields with "" escapes, CRLF or LF) for
/// users' files whose columns are known only by header name; a CR alone, quoted or not, is an error. Header names are trimmed and compared
/// case-insensitively. Every error names the file, line, column, the text found and what was expected. An .xlsx
/// workbook gives the rows of one worksheet (<see cref="XlsxSheet"/>) to the same table, whose errors then name the
/// sheet and cell.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;
    private readonly XlsxSheet? _sheet;

    private CsvTable(string source, string[] header, List<CsvRow> rows, XlsxSheet? sheet = null)
    {
        Source = source;
        Header = header;
        Rows = rows;
        _sheet = sheet;
        HeaderLine = sheet?.HeaderRow ?? 1;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int k = 0; k < header.Length; k++)
        {
            if (!_columns.TryAdd(header[k], k)) Fail(HeaderLine, header[k], header[k], "each column name once");
        }
    }

    /// <summary>The line (or worksheet row) of the header.</summary>
    public int HeaderLine { get; }

    /// <summary>Throws the input error of a line (worksheet row) and column: with its sheet and cell when the table is a worksheet.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public void Fail(int line, string column, string found, string expected)
    {
        if (_sheet is null) ThrowHelper.InputFile(Source, line, column, found, expected);
        ThrowHelper.CsvInput([_sheet.Error(line, column, found, expected)]);
    }

    /// <inheritdoc cref="Fail(int, string, string, string)"/>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public T Fail<T>(int line, string column, string found, string expected)
    {
        Fail(line, column, found, expected);
        return default!;
    }

    public string Source { get; }

    public string[] Header { get; }

    public List<CsvRow> Rows { get; }

    /// <summary>
    /// Reads a CSV file, decoded as <see cref="CsvReadOptions.Encoding"/> says (UTF-8 by default) through the one
    /// decoding of text inputs (the encoding chosen goes to <see cref="CsvReadOptions.EncodingChosen"/>), or the
    /// worksheet <see cref="CsvReadOptions.Sheet"/> (else the first) of an .xlsx workbook.
    /// </summary>
    public static CsvTable Load(string path, CsvReadOptions? options = null)
    {
        if (!File.Exists(path) && !Directory.Exists(path)) throw new FileNotFoundException($"{path}: no such file.", path);
        options ??= CsvReadOptions.Default;
        var bytes = InputFiles.ReadAllBytes(path);
        if (XlsxSheet.IsWorkbook(path, bytes)) return FromSheet(XlsxSheet.Read(bytes, path, options.Sheet));
        var text = TextDecoding.Decode(bytes, path, options.Encoding, out var used);
        options.EncodingChosen?.Invoke(path, used);
        using var reader = new StringReader(text);
        return Parse(reader, path);
    }

    /// <summary>The table of a worksheet: its header names trimmed as those of a CSV file, its rows as records.</summary>
    public static CsvTable FromSheet(XlsxSheet sheet)
    {
        if (sheet.Header.Length == 0) ThrowHelper.CsvInput([sheet.Error(1, "(file)", "", "a header row and records; the sheet is empty")]);
        var rows = sheet.Rows.Select(r => new CsvRow(r.Row, r.Fields)).ToList();
        return new CsvTable(sheet.File, sheet.Header.Select(h => h.Trim()).ToArray(), rows, sheet);
    }

    public static CsvTable Parse(TextReader reader, string source)
    {
        var records = ReadRecords(reader, source);
        if (records.Count == 0) ThrowHelper.InputFile(source, 1, "", "", "a header line");
        var (_, headerFields) = records[0];
        var header = headerFields.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        for (int k = 0; k < header.Length; k++)
        {
            if (header[k].Length == 0) ThrowHelper.InputFile(source, 1, $"#{k + 1}", "", "a column name");
        }
        var rows = new List<CsvRow>(records.Count - 1);
        for (int k = 1; k < records.Count; k++)
        {
            var (line, fields) = records[k];
            if (fields.Length == 1 && fields[0].Length == 0) continue; // blank line
            if (fields.Length != header.Length)
            {
                ThrowHelper.InputFile(source, line, "", string.Join(',', fields), $"{header.Length} fields ({string.Join(',', header)}), found {fields.Length}");
            }
            rows.Add(new CsvRow(line, fields));
        }
        return new CsvTable(source, header, rows);
    }

    private static void FieldTooLong(string source, int line, int index, StringBuilder field) =>
        ThrowHelper.CsvInput([new CsvError(source, line, $"#{index + 1}", ThrowHelper.Shorten(field.ToString(0, ThrowHelper.MaxShown)) + "...",
            string.Create(CultureInfo.InvariantCulture, $"a field of at most {MaxFieldLength} characters (is the input endless, such as /dev/zero?)"))]);

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The set of header names, lower-cased, for deciding the shape of a file.</summary>
    public IReadOnlySet<string> ColumnSet => new HashSet<string>(_columns.Keys, StringComparer.OrdinalIgnoreCase);

    public int Require(string column) =>
        _columns.TryGetValue(column, out var k)
            ? k
            : Fail<int>(HeaderLine, column, string.Join(',', Header), $"a column named '{column}' (the columns found: {string.Join(", ", Header)}){_sheet?.HeaderHint}");

    public int Optional(string column) => _columns.TryGetValue(column, out var k) ? k : -1;

    public string Text(CsvRow row, int column)
    {
        var text = row.Fields[column].Trim();
        if (text.Length == 0) Fail(row.Line, Header[column], "", "a non-empty name");
        return text;
    }

    /// <summary>A finite number; an empty cell or NA is NaN (missing) when <paramref name="allowMissing"/>.</summary>
    public double Number(CsvRow row, int column, bool allowMissing)
    {
        var text = row.Fields[column].Trim();
        if (allowMissing && (text.Length == 0 || text.Equals("NA", StringComparison.OrdinalIgnoreCase))) return double.NaN;
        if (InvariantNumber.TryParseDouble(text, out var v)) return v;
        return Fail<double>(row.Line, Header[column], text,
            allowMissing ? "a finite number (invariant culture, '.' decimal point), or an empty cell or NA for missing" : "a finite number (invariant culture, '.' decimal point)");
    }

    public int Integer(CsvRow row, int column)
    {
        var text = row.Fields[column].Trim();
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)) return v;
        return Fail<int>(row.Line, Header[column], text, "a whole number");
    }

    /// <summary>The longest field read, in characters (1 MiB); a longer one is an error before it is held, so an endless
    /// input such as <c>/dev/zero</c> stops at once.</summary>
    internal const int MaxFieldLength = 1 << 20;

    private static List<(int Line, string[] Fields)> ReadRecords(TextReader reader, string source)
    {
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1;
        bool inQuotes = false, quotedField = false, any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            char ch = (char)c;
            if (field.Length > MaxFieldLength) FieldTooLong(source, line, fields.Count, field);
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else inQuotes = false;
                }
                else
                {
                    if (ch == '\n') line++;
                    if (ch == '\r' && reader.Peek() != '\n') ThrowHelper.InputFile(source, line, $"#{fields.Count + 1}", Printable.Escape(field + "\r"), CsvCells.LoneCr);
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"':
                    if (field.Length > 0 || quotedField) ThrowHelper.InputFile(source, line, $"#{fields.Count + 1}", field + "\"", "a quote only at the start of a field");
                    inQuotes = true;
                    quotedField = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    quotedField = false;
                    break;
                case '\r':
                    // The CR of a CRLF line end; a CR alone would join two lines or two digits (1\r5 read as 15).
                    if (reader.Peek() != '\n') ThrowHelper.InputFile(source, line, $"#{fields.Count + 1}", Printable.Escape(field + "\r"), CsvCells.LoneCr);
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    quotedField = false;
                    records.Add((recordLine, fields.ToArray()));
                    fields.Clear();
                    line++;
                    recordLine = line;
                    any = false;
                    break;
                default:
                    if (quotedField && !char.IsWhiteSpace(ch)) ThrowHelper.InputFile(source, line, $"#{fields.Count + 1}", field.ToString() + ch, "a comma or line end after a closing quote");
                    if (!quotedField) field.Append(ch);
                    break;
            }
        }
        if (inQuotes) ThrowHelper.InputFile(source, recordLine, $"#{fields.Count + 1}", field.ToString(), "a closing quote");
        if (any) { fields.Add(field.ToString()); records.Add((recordLine, fields.ToArray())); }
        return records;
    }
}
