using System.Globalization;
using System.Text;

namespace ClusterStats.Internal;

/// <summary>
/// The table view of a CSV file or worksheet whose columns are known only by header name: the header and rows read by
/// the one CSV reader (<see cref="CsvInput.ReadRows"/>: decoding, limits, strict quoting and line ends, the first
/// problem stops reading), looked up by name with typed accessors that fail with file, line, column, the text found
/// and what was expected. Header names are trimmed and compared case-insensitively; a blank or repeated name is an
/// error. An .xlsx workbook gives the rows of one worksheet (<see cref="XlsxSheet"/>), whose errors then name the sheet
/// and cell.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;
    private readonly XlsxSheet? _sheet;

    private CsvTable(CsvRows read)
    {
        Source = read.File;
        Header = read.Header.Select(h => h.Trim()).ToArray();
        Rows = read.Rows;
        _sheet = read.Sheet;
        HeaderLine = read.HeaderLine;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int k = 0; k < Header.Length; k++) _columns[Header[k]] = k;
    }

    /// <summary>The line (or worksheet row) of the header.</summary>
    public long HeaderLine { get; }

    /// <summary>Throws the input error of a line (worksheet row) and column: with its sheet and cell when the table is a worksheet.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public void Fail(long line, string column, string found, string expected)
    {
        if (_sheet is null) ThrowHelper.InputFile(Source, line, column, found, expected);
        ThrowHelper.Input(_sheet.Error(line, column, found, expected));
    }

    /// <inheritdoc cref="Fail(long, string, string, string)"/>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public T Fail<T>(long line, string column, string found, string expected)
    {
        Fail(line, column, found, expected);
        return default!;
    }

    public string Source { get; }

    public string[] Header { get; }

    public List<CsvRow> Rows { get; }

    /// <summary>
    /// Reads a CSV file, decoded as <see cref="CsvReadOptions.Encoding"/> says (UTF-8 by default; the encoding chosen
    /// goes to <see cref="CsvReadOptions.EncodingChosen"/>), or the worksheet <see cref="CsvReadOptions.Sheet"/> (else
    /// the first) of an .xlsx workbook.
    /// </summary>
    public static CsvTable Load(string path, CsvReadOptions? options = null)
    {
        if (!File.Exists(path) && !Directory.Exists(path)) throw new FileNotFoundException($"{path}: no such file.", path);
        return Read(InputFiles.OpenRead(path), path, options);
    }

    /// <summary>Reads the table of <paramref name="input"/> (disposed at the end), named <paramref name="file"/> in errors, as <see cref="Load"/> does.</summary>
    public static CsvTable Read(Stream input, string file, CsvReadOptions? options = null) =>
        new(CsvInput.ReadRows(input, file, options ?? CsvReadOptions.Default, CheckHeader));

    /// <summary>The table of CSV text already decoded, read as a UTF-8 file named <paramref name="source"/> would be.</summary>
    public static CsvTable Parse(string text, string source) =>
        Read(new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false), source, CsvReadOptions.Default);

    // Every column has a name, and each name (trimmed, any case) is there once.
    private static void CheckHeader(long line, string[] header, CsvErrorSink sink)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int k = 0; k < header.Length; k++)
        {
            var name = header[k].Trim();
            if (name.Length == 0) sink.Add(line, string.Create(CultureInfo.InvariantCulture, $"#{k + 1}"), header[k], "a column name");
            else if (!seen.Add(name)) sink.Add(line, name, name, "each column name once");
        }
    }

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

    /// <summary>A year of four digits, 1000 to 9999, as every year of the project's inputs.</summary>
    public int Year(CsvRow row, int column)
    {
        var text = row.Fields[column].Trim();
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v is >= 1000 and <= 9999) return v;
        return Fail<int>(row.Line, Header[column], text, "a four-digit year (1000 to 9999)");
    }
}
