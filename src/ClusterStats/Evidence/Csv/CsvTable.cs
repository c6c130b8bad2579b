using System.Globalization;
using System.Text;

namespace ClusterStats.Internal;

/// <summary>One data line of a CSV file: its 1-based line number in the file and its fields.</summary>
internal readonly record struct CsvRow(int Line, string[] Fields);

/// <summary>
/// A small, strict CSV reader (RFC 4180: comma separator, double-quoted fields with "" escapes, CRLF or LF) for
/// users' files whose columns are known only by header name; a CR alone, quoted or not, is an error. Header names are trimmed and compared
/// case-insensitively. Every error names the file, line, column, the text found and what was expected.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string source, string[] header, List<CsvRow> rows)
    {
        Source = source;
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int k = 0; k < header.Length; k++)
        {
            if (!_columns.TryAdd(header[k], k)) ThrowHelper.InputFile(source, 1, header[k], header[k], "each column name once");
        }
    }

    public string Source { get; }

    public string[] Header { get; }

    public List<CsvRow> Rows { get; }

    /// <summary>
    /// Reads the table at <paramref name="path"/>, decoded as <see cref="CsvReadOptions.Encoding"/> says (UTF-8 by
    /// default) through the one decoding of text inputs; the encoding chosen goes to <see cref="CsvReadOptions.EncodingChosen"/>.
    /// </summary>
    public static CsvTable Load(string path, CsvReadOptions? options = null)
    {
        if (!File.Exists(path) && !Directory.Exists(path)) throw new FileNotFoundException($"{path}: no such file.", path);
        options ??= CsvReadOptions.Default;
        var text = TextDecoding.Decode(InputFiles.ReadAllBytes(path), path, options.Encoding, out var used);
        options.EncodingChosen?.Invoke(path, used);
        using var reader = new StringReader(text);
        return Parse(reader, path);
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
            : ThrowHelper.InputFile<int>(Source, 1, column, string.Join(',', Header), $"a column named '{column}'");

    public int Optional(string column) => _columns.TryGetValue(column, out var k) ? k : -1;

    public string Text(CsvRow row, int column)
    {
        var text = row.Fields[column].Trim();
        if (text.Length == 0) ThrowHelper.InputFile(Source, row.Line, Header[column], "", "a non-empty name");
        return text;
    }

    /// <summary>A finite number; an empty cell or NA is NaN (missing) when <paramref name="allowMissing"/>.</summary>
    public double Number(CsvRow row, int column, bool allowMissing)
    {
        var text = row.Fields[column].Trim();
        if (allowMissing && (text.Length == 0 || text.Equals("NA", StringComparison.OrdinalIgnoreCase))) return double.NaN;
        if (InvariantNumber.TryParseDouble(text, out var v)) return v;
        return ThrowHelper.InputFile<double>(Source, row.Line, Header[column], text,
            allowMissing ? "a finite number (invariant culture, '.' decimal point), or an empty cell or NA for missing" : "a finite number (invariant culture, '.' decimal point)");
    }

    public int Integer(CsvRow row, int column)
    {
        var text = row.Fields[column].Trim();
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)) return v;
        return ThrowHelper.InputFile<int>(Source, row.Line, Header[column], text, "a whole number");
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
