using ClusterStats.Internal;

namespace ClusterStats.Indices;

/// <summary>
/// Region x industry matrices keyed by year (the input of shift-share). Every year's matrix has the same regions and
/// industries (the union over all years, in order of first appearance); a cell without a record in a year is missing.
/// Immutable.
/// </summary>
public sealed class RegionIndustryPanel
{
    private readonly SortedDictionary<int, RegionIndustryMatrix> _years;

    /// <summary>Creates a panel from one matrix per year; all matrices must list the same regions and industries in the same order.</summary>
    /// <exception cref="ArgumentException">No year is given, or the matrices differ in regions or industries.</exception>
    public RegionIndustryPanel(IReadOnlyDictionary<int, RegionIndustryMatrix> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        if (years.Count == 0) ThrowHelper.Argument(nameof(years), "A panel needs at least one year.");
        _years = new SortedDictionary<int, RegionIndustryMatrix>(years.ToDictionary(kv => kv.Key, kv => kv.Value));
        var first = _years.Values.First();
        foreach (var (year, m) in _years)
        {
            if (!m.Regions.SequenceEqual(first.Regions, StringComparer.Ordinal) || !m.Industries.SequenceEqual(first.Industries, StringComparer.Ordinal))
            {
                ThrowHelper.Argument(nameof(years), $"The matrix of {year} does not list the same regions and industries, in the same order, as the other years.");
            }
        }
        Regions = first.Regions;
        Industries = first.Industries;
    }

    /// <summary>The years, ascending.</summary>
    public IReadOnlyList<int> Years => ReadOnly.List(_years.Keys);

    /// <summary>Region names, in row order.</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>Industry names, in column order.</summary>
    public IReadOnlyList<string> Industries { get; }

    /// <summary>The matrix of one year.</summary>
    /// <exception cref="ClusterStatsException">The panel has no data for that year.</exception>
    public RegionIndustryMatrix this[int year] =>
        _years.TryGetValue(year, out var m)
            ? m
            : ThrowHelper.NoPanelYear<RegionIndustryMatrix>(year, _years.Keys);

    /// <summary>Builds a panel from long records (one record per region, industry and year); a repeated cell is an error.</summary>
    /// <exception cref="ClusterStatsException">Two records name the same region, industry and year.</exception>
    public static RegionIndustryPanel FromLong<T>(IEnumerable<T> records, Func<T, string> region, Func<T, string> industry, Func<T, int> year, Func<T, double> value)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(industry);
        ArgumentNullException.ThrowIfNull(value);
        var builders = new SortedDictionary<int, LongCellBuilder>();
        var all = new LongCellBuilder();
        foreach (var record in records)
        {
            var y = year(record);
            if (!builders.TryGetValue(y, out var b)) builders.Add(y, b = new LongCellBuilder());
            var (r, i) = (region(record), industry(record));
            b.Add(r, i, value(record), null);
            Register(all, r, i);
        }
        return Build(builders, all);
    }

    /// <summary>
    /// Reads a panel from a CSV file with the columns <c>region</c>, <c>industry</c>, <c>year</c> and <c>value</c>
    /// (case-insensitive); an empty value or NA is missing.
    /// </summary>
    /// <exception cref="InputException">A column is missing, a value is not a number or a year not of four digits (1000 to 9999), or a cell repeats.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static RegionIndustryPanel FromCsv(string path, string valueColumn = "value")
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(valueColumn);
        return FromTable(CsvTable.Load(path), valueColumn);
    }

    internal static RegionIndustryPanel FromTable(CsvTable table, string valueColumn) => FromTable(table, IndexColumns.Default with { Value = valueColumn });

    internal static RegionIndustryPanel FromTable(CsvTable table, IndexColumns columns)
    {
        int rc = table.Require(columns.Region), ic = table.Require(columns.Industry), yc = table.Require(columns.Year), vc = table.Require(IndexTable.ValueColumnOf(table, columns));
        var builders = new SortedDictionary<int, LongCellBuilder>();
        var all = new LongCellBuilder();
        foreach (var row in table.Rows)
        {
            var y = table.Year(row, yc);
            if (!builders.TryGetValue(y, out var b)) builders.Add(y, b = new LongCellBuilder());
            var (r, i) = (table.Text(row, rc), table.Text(row, ic));
            b.Add(r, i, table.Number(row, vc, allowMissing: true), (table, row.Line));
            Register(all, r, i);
        }
        if (builders.Count == 0) table.Fail(table.HeaderLine + 1, "", "", "at least one data line");
        return Build(builders, all);
    }

    private static void Register(LongCellBuilder all, string region, string industry) => all.TryAddLabels(region, industry);

    private static RegionIndustryPanel Build(SortedDictionary<int, LongCellBuilder> builders, LongCellBuilder all) =>
        new(builders.ToDictionary(kv => kv.Key, kv => kv.Value.Build(all.Regions, all.Industries)));
}
