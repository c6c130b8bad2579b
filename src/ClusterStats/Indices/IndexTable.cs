using System.Globalization;
using ClusterStats.Internal;

namespace ClusterStats.Indices;

/// <summary>
/// The column names of an index input table (a region x industry matrix, a panel over years, or a distribution of one
/// value per region). Names are compared case-insensitively. The defaults are <c>region</c>, <c>industry</c>,
/// <c>year</c>, and for the value a column named <c>value</c> or else the one numeric column that is none of the others
/// (nor <c>weight</c>).
/// </summary>
public sealed record IndexColumns
{
    /// <summary>The default names.</summary>
    public static IndexColumns Default { get; } = new();

    /// <summary>The column of region names (default <c>region</c>).</summary>
    public string Region { get; init; } = "region";

    /// <summary>The column of industry names (default <c>industry</c>).</summary>
    public string Industry { get; init; } = "industry";

    /// <summary>The column of years (default <c>year</c>).</summary>
    public string Year { get; init; } = "year";

    /// <summary>
    /// The column of values; null (the default) takes a column named <c>value</c>, else the one column besides the
    /// region, industry, year and <c>weight</c> columns whose every cell is a number (or empty or NA, for missing). When
    /// there is none or more than one, reading is an error that lists the columns found.
    /// </summary>
    public string? Value { get; init; }
}

/// <summary>One value per region (and a weight per region when the input has a <c>weight</c> column), the input of the distribution indices such as Gini or Theil.</summary>
/// <param name="Regions">The region names, each once, in input order.</param>
/// <param name="Values">The value of each region.</param>
/// <param name="Weights">The weight of each region (class sizes for Gini, the reference distribution for Hoover), or null when the input has none.</param>
public sealed record RegionValues(IReadOnlyList<string> Regions, IReadOnlyList<double> Values, IReadOnlyList<double>? Weights);

/// <summary>
/// An index input table read from a CSV file or a worksheet of an .xlsx workbook, with its columns named by
/// <see cref="IndexColumns"/>: a region x industry matrix (<see cref="ToMatrix"/>), a panel over years
/// (<see cref="ToPanel"/>) or one value per region (<see cref="ToValues"/>). Numbers are read by the strict invariant
/// rules of CSV; a worksheet's number cells by the shortest decimal that round-trips their stored value. Every error
/// names the file, line (or sheet and cell), column, the text found and what was expected; a missing column lists the
/// columns found.
/// </summary>
public sealed class IndexTable
{
    private readonly CsvTable _table;

    private IndexTable(CsvTable table, IndexColumns columns)
    {
        _table = table;
        Columns = columns;
    }

    /// <summary>
    /// Reads an index input: a CSV file (UTF-8), or the worksheet <see cref="CsvReadOptions.Sheet"/> (else the first)
    /// of an .xlsx workbook (a file named .xlsx, or any file that is a zip archive).
    /// </summary>
    /// <exception cref="InputException">The file cannot be read as a table (names file, line or cell, and what was expected).</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static IndexTable Read(string path, IndexColumns? columns = null, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new IndexTable(CsvTable.Load(path, options), columns ?? IndexColumns.Default);
    }

    /// <summary>The file the table was read from, as given.</summary>
    public string Source => _table.Source;

    /// <summary>The column names of the header, in order.</summary>
    public IReadOnlyList<string> Header => _table.Header;

    /// <summary>The column names used.</summary>
    public IndexColumns Columns { get; }

    /// <summary>Whether the header has a column of this name (case-insensitive).</summary>
    public bool HasColumn(string name) => _table.Has(name);

    /// <summary>Whether the table has the industry column: a matrix or panel rather than one value per region.</summary>
    public bool HasIndustry => _table.Has(Columns.Industry);

    /// <summary>Whether the table has the year column: a panel over years.</summary>
    public bool HasYear => _table.Has(Columns.Year);

    /// <summary>The value column: <see cref="IndexColumns.Value"/>, or the one found as it describes.</summary>
    /// <exception cref="InputException">There is no such column, or no single numeric column to take (lists the columns found).</exception>
    public string ValueColumn => ValueColumnOf(_table, Columns);

    /// <summary>
    /// The region x industry matrix; a table with a year column gives the matrix of <paramref name="year"/>, or of its
    /// only year when <paramref name="year"/> is null. An empty value or NA is a missing cell.
    /// </summary>
    /// <exception cref="InputException">A column is missing, a cell is not a number, a cell repeats, or the table has no year column for <paramref name="year"/>.</exception>
    /// <exception cref="ClusterStatsException">The table holds several years and none was chosen, or not the one chosen.</exception>
    public RegionIndustryMatrix ToMatrix(int? year = null)
    {
        if (HasYear)
        {
            var panel = ToPanel();
            if (year is int y)
            {
                return panel.Years.Contains(y) ? panel[y] : ThrowHelper.TableYearMissing<RegionIndustryMatrix>(Source, y, panel.Years);
            }
            return panel.Years.Count == 1 ? panel[panel.Years[0]] : ThrowHelper.TableYearNotChosen<RegionIndustryMatrix>(Source, panel.Years);
        }
        if (year is int wanted)
        {
            _table.Fail(_table.HeaderLine, Columns.Year, string.Join(',', Header),
                string.Create(CultureInfo.InvariantCulture, $"a year column named '{Columns.Year}' to choose the year {wanted} (the columns found: {string.Join(", ", Header)})"));
        }
        return RegionIndustryMatrix.FromTable(_table, Columns);
    }

    /// <summary>The panel over years (region, industry, year and value columns); an empty value or NA is a missing cell.</summary>
    /// <exception cref="InputException">A column is missing, a value is not a number or a year not of four digits (1000 to 9999), or a cell repeats.</exception>
    public RegionIndustryPanel ToPanel() => RegionIndustryPanel.FromTable(_table, Columns);

    /// <summary>
    /// One value per region (region and value columns, and <c>weight</c> when present); each region once, no value
    /// missing. A table with a year column gives the rows of <paramref name="year"/>, which may be left out only when the
    /// table holds one year.
    /// </summary>
    /// <param name="year">The year whose rows are read, when the table has a year column; null for a table without one or with a single year.</param>
    /// <exception cref="InputException">A column is missing, a value is not a number, a region repeats (in the year), or no row is left.</exception>
    /// <exception cref="ClusterStatsException">The table holds several years and none was chosen, or not the year chosen.</exception>
    public RegionValues ToValues(int? year = null)
    {
        int rc = _table.Require(Columns.Region), vc = _table.Require(ValueColumn), wc = _table.Optional("weight"), yc = _table.Optional(Columns.Year);
        if (year is not null && yc < 0) _table.Fail(_table.HeaderLine, Columns.Year, string.Join(',', _table.Header), "a year column to choose the year from");
        if (yc >= 0)
        {
            var years = _table.Rows.Select(r => _table.Year(r, yc)).Distinct().Order().ToList();
            if (year is int wanted && !years.Contains(wanted)) ThrowHelper.TableYearMissing<int>(Source, wanted, years);
            if (year is null && years.Count > 1) ThrowHelper.TableYearNotChosen<int>(Source, years);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var regions = new List<string>();
        var values = new List<double>();
        var weights = new List<double>();
        foreach (var row in _table.Rows)
        {
            if (year is int y && _table.Year(row, yc) != y) continue;
            var region = _table.Text(row, rc);
            if (!seen.Add(region)) _table.Fail(row.Line, _table.Header[rc], region, yc >= 0 ? "each region once per year" : "each region once");
            regions.Add(region);
            values.Add(_table.Number(row, vc, allowMissing: false));
            if (wc >= 0) weights.Add(_table.Number(row, wc, allowMissing: false));
        }
        if (regions.Count == 0) _table.Fail(_table.HeaderLine + 1, Columns.Region, "", "at least one region and its value");
        return new RegionValues(regions, values, wc >= 0 ? weights : null);
    }

    /// <summary>The value column of a table under <paramref name="columns"/> (see <see cref="IndexColumns.Value"/>).</summary>
    internal static string ValueColumnOf(CsvTable table, IndexColumns columns)
    {
        if (columns.Value is string named)
        {
            table.Require(named);
            return named;
        }
        if (table.Has("value")) return "value";
        var others = table.Header.Where(h => !h.Equals(columns.Region, StringComparison.OrdinalIgnoreCase) && !h.Equals(columns.Industry, StringComparison.OrdinalIgnoreCase)
            && !h.Equals(columns.Year, StringComparison.OrdinalIgnoreCase) && !h.Equals("weight", StringComparison.OrdinalIgnoreCase)).ToList();
        var numeric = others.Where(h => IsNumeric(table, table.Optional(h))).ToList();
        if (numeric.Count == 1) return numeric[0];
        return table.Fail<string>(table.HeaderLine, "value", string.Join(',', table.Header),
            (numeric.Count == 0
                ? "a value column: one named 'value', or one numeric column besides the region, industry and year columns (none is numeric"
                : $"one value column: name it (IndexColumns.Value); several columns are numeric ({string.Join(", ", numeric)}")
            + $"; the columns found: {string.Join(", ", table.Header)})");
    }

    private static bool IsNumeric(CsvTable table, int column) =>
        table.Rows.Count > 0 && table.Rows.All(row => row.Fields[column].Trim() is var text
            && (text.Length == 0 || text.Equals("NA", StringComparison.OrdinalIgnoreCase) || InvariantNumber.TryParseDouble(text, out _)));
}
