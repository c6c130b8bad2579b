using System.Globalization;
using ClusterStats.Internal;
using Microsoft.Data.Analysis;

namespace ClusterStats.Indices;

/// <summary>
/// A region x industry table of non-aggregated values (employment, output, firm counts) for one period, the input of
/// the regional-economics indices. Rows are regions, columns are industries, both in the order given. A cell is either
/// a value (zero included) or missing; indices say what they do with missing cells and negative values.
/// Immutable and thread-safe.
/// </summary>
public sealed class RegionIndustryMatrix
{
    private readonly double[] _values;
    private MatrixTotals? _totals; // computed on first use by an index, then shared (the matrix is immutable)
    private int _clean; // 0 unknown, 1 no missing and no negative cell, -1 some
    private readonly Dictionary<string, int> _regionIndex;
    private readonly Dictionary<string, int> _industryIndex;

    /// <summary>
    /// Creates a matrix from row-major values (<c>values[r * industries.Count + i]</c>); a NaN value is a missing cell.
    /// </summary>
    /// <exception cref="ArgumentException">Names repeat, or the value count is not regions x industries.</exception>
    public RegionIndustryMatrix(IReadOnlyList<string> regions, IReadOnlyList<string> industries, ReadOnlySpan<double> values)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(industries);
        if (values.Length != regions.Count * industries.Count)
        {
            ThrowHelper.Argument(nameof(values), $"Expected {regions.Count} x {industries.Count} = {regions.Count * industries.Count} values, found {values.Length}.");
        }
        Regions = regions.ToArray();
        Industries = industries.ToArray();
        _regionIndex = Index(Regions, nameof(regions));
        _industryIndex = Index(Industries, nameof(industries));
        _values = values.ToArray();
    }

    /// <summary>Region names, in row order.</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>Industry names, in column order.</summary>
    public IReadOnlyList<string> Industries { get; }

    /// <summary>The value of region row <paramref name="region"/> and industry column <paramref name="industry"/>; NaN when missing.</summary>
    public double this[int region, int industry] => _values[region * Industries.Count + industry];

    /// <summary>The value of a region and industry by name; NaN when missing.</summary>
    /// <exception cref="KeyNotFoundException">The region or industry is not in the matrix.</exception>
    public double this[string region, string industry] => this[_regionIndex[region], _industryIndex[industry]];

    /// <summary>Whether the cell holds a value (a zero is a value; a missing cell is not).</summary>
    public bool IsPresent(int region, int industry) => !double.IsNaN(_values[region * Industries.Count + industry]);

    /// <summary>Whether any cell is missing.</summary>
    public bool HasMissing => MatrixKernels.HasNaN(_values);

    /// <summary>The row index of a region, or -1.</summary>
    public int RegionIndex(string region) => _regionIndex.TryGetValue(region, out var r) ? r : -1;

    /// <summary>The column index of an industry, or -1.</summary>
    public int IndustryIndex(string industry) => _industryIndex.TryGetValue(industry, out var i) ? i : -1;

    /// <summary>A copy of the values, row-major, NaN for missing cells.</summary>
    public double[] ToArray() => (double[])_values.Clone();

    /// <summary>
    /// Builds a matrix from long records (one record per region and industry). Regions and industries keep the order of
    /// first appearance; cells with no record are missing. Two records for the same cell are an error, not a sum.
    /// </summary>
    /// <exception cref="ClusterStatsException">Two records name the same cell.</exception>
    public static RegionIndustryMatrix FromLong<T>(IEnumerable<T> records, Func<T, string> region, Func<T, string> industry, Func<T, double> value)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(industry);
        ArgumentNullException.ThrowIfNull(value);
        var builder = new LongCellBuilder();
        foreach (var record in records) builder.Add(region(record), industry(record), value(record), null);
        return builder.Build();
    }

    /// <summary>
    /// Reads a matrix from a CSV file with a header row holding (at least) the columns <c>region</c>, <c>industry</c>
    /// and <c>value</c> (names case-insensitive). An empty value or NA is a missing cell; numbers use the invariant
    /// culture. A file that also has a <c>year</c> column is a panel: read it with <see cref="RegionIndustryPanel.FromCsv"/>.
    /// </summary>
    /// <exception cref="CsvInputException">A column is missing, a value is not a number, or a cell repeats (names file, line, column, text and what was expected).</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static RegionIndustryMatrix FromCsv(string path, string valueColumn = "value")
    {
        ArgumentNullException.ThrowIfNull(path);
        return FromTable(CsvTable.Load(path), valueColumn);
    }

    internal static RegionIndustryMatrix FromTable(CsvTable table, string valueColumn) => FromTable(table, IndexColumns.Default with { Value = valueColumn });

    internal static RegionIndustryMatrix FromTable(CsvTable table, IndexColumns columns)
    {
        if (table.Has(columns.Year))
        {
            table.Fail(table.HeaderLine, columns.Year, string.Join(',', table.Header), "no year column for a one-period matrix (read the file as a RegionIndustryPanel, or choose one year)");
        }
        int rc = table.Require(columns.Region), ic = table.Require(columns.Industry), vc = table.Require(IndexTable.ValueColumnOf(table, columns));
        var builder = new LongCellBuilder();
        foreach (var row in table.Rows)
        {
            builder.Add(table.Text(row, rc), table.Text(row, ic), table.Number(row, vc, allowMissing: true), (table, row.Line));
        }
        return builder.Build();
    }

    /// <summary>
    /// Builds a matrix from a long DataFrame with a string region column, a string industry column and a numeric value
    /// column (any numeric column type; a null value is a missing cell).
    /// </summary>
    /// <exception cref="ClusterStatsException">A column is missing, a name is null, or a cell repeats.</exception>
    public static RegionIndustryMatrix FromDataFrame(DataFrame frame, string regionColumn = "region", string industryColumn = "industry", string valueColumn = "value")
    {
        ArgumentNullException.ThrowIfNull(frame);
        var (regions, industries, values) = (FrameColumn(frame, regionColumn), FrameColumn(frame, industryColumn), FrameColumn(frame, valueColumn));
        var builder = new LongCellBuilder();
        for (long k = 0; k < frame.Rows.Count; k++)
        {
            var r = regions[k]?.ToString() ?? ThrowHelper.Invalid<string>($"DataFrame row {k}: the {regionColumn} column is null.");
            var i = industries[k]?.ToString() ?? ThrowHelper.Invalid<string>($"DataFrame row {k}: the {industryColumn} column is null.");
            var v = values[k] is { } o ? Convert.ToDouble(o, CultureInfo.InvariantCulture) : double.NaN;
            builder.Add(r, i, v, null);
        }
        return builder.Build();
    }

    internal static DataFrameColumn FrameColumn(DataFrame frame, string name) =>
        frame.Columns.IndexOf(name) >= 0
            ? frame.Columns[name]
            : ThrowHelper.Invalid<DataFrameColumn>($"The DataFrame has no column '{name}' (columns: {string.Join(", ", frame.Columns.Select(c => c.Name))}).");

    /// <summary>
    /// The matrix in long form: one row per cell with columns region (string), industry (string) and value
    /// (double, null for a missing cell).
    /// </summary>
    public DataFrame ToDataFrame()
    {
        int n = _values.Length, m = Industries.Count;
        var region = new StringDataFrameColumn("region", n);
        var industry = new StringDataFrameColumn("industry", n);
        var value = new DoubleDataFrameColumn("value", n);
        for (int k = 0; k < n; k++)
        {
            region[k] = Regions[k / m];
            industry[k] = Industries[k % m];
            value[k] = double.IsNaN(_values[k]) ? null : _values[k];
        }
        return new DataFrame(region, industry, value);
    }

    /// <summary>
    /// The values as a dense row-major array under a missing-cell policy, checked for negative values (every index of
    /// this library is undefined for them) and infinite ones. When no cell is missing or negative this is the matrix's own array, shared
    /// and not copied: callers only read it.
    /// </summary>
    internal double[] Dense(MissingCellPolicy missing, string indexName)
    {
        if (IsClean) return _values;
        var dense = new double[_values.Length];
        int m = Industries.Count;
        for (int k = 0; k < dense.Length; k++)
        {
            var v = _values[k];
            if (double.IsNaN(v))
            {
                if (missing == MissingCellPolicy.Error)
                {
                    ThrowHelper.MissingCell(indexName, Regions[k / m], Industries[k % m]);
                }
                v = 0;
            }
            else if (v < 0)
            {
                ThrowHelper.NegativeCell(indexName, Regions[k / m], Industries[k % m], v);
            }
            else if (double.IsInfinity(v))
            {
                ThrowHelper.InfiniteCell(indexName, Regions[k / m], Industries[k % m], v);
            }
            dense[k] = v;
        }
        return dense;
    }

    /// <summary>Whether no cell is missing, negative or infinite (one pass on first use, then remembered).</summary>
    private bool IsClean
    {
        get
        {
            if (_clean == 0) _clean = MatrixKernels.AllFiniteNonNegative(_values) ? 1 : -1;
            return _clean > 0;
        }
    }

    /// <summary>
    /// Row, column and grand totals in one pass under a missing-cell policy (negative values and missing cells under
    /// <see cref="MissingCellPolicy.Error"/> are refused with the messages of <see cref="Dense"/>). Shared between the
    /// indices computed on this matrix when no cell is missing.
    /// </summary>
    internal MatrixTotals Totals(MissingCellPolicy missing, string indexName)
    {
        if (_totals is { } cached) return cached;
        if (_clean >= 0)
        {
            // Totals and the check for missing or negative cells in one pass.
            var totals = new MatrixTotals(_values, Regions.Count, Industries.Count);
            if (totals.AllNonNegative)
            {
                _clean = 1;
                return Interlocked.CompareExchange(ref _totals, totals, null) ?? totals;
            }
            _clean = -1;
        }
        return new MatrixTotals(Dense(missing, indexName), Regions.Count, Industries.Count);
    }

    private static Dictionary<string, int> Index(IReadOnlyList<string> names, string paramName)
    {
        var index = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (int k = 0; k < names.Count; k++)
        {
            if (!index.TryAdd(names[k], k)) ThrowHelper.Argument(paramName, $"'{names[k]}' appears twice.");
        }
        return index;
    }
}
