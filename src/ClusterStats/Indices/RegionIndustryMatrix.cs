using ClusterStats.Internal;

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
    private readonly bool[] _present;
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
        _present = new bool[_values.Length];
        for (int k = 0; k < _values.Length; k++) _present[k] = !double.IsNaN(_values[k]);
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
    public bool IsPresent(int region, int industry) => _present[region * Industries.Count + industry];

    /// <summary>Whether any cell is missing.</summary>
    public bool HasMissing => Array.IndexOf(_present, false) >= 0;

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
        var regions = new List<string>();
        var industries = new List<string>();
        var regionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var industryIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var cells = new Dictionary<(int, int), double>();
        foreach (var record in records)
        {
            var r = region(record);
            var i = industry(record);
            if (!regionIndex.TryGetValue(r, out var ri)) { ri = regions.Count; regionIndex.Add(r, ri); regions.Add(r); }
            if (!industryIndex.TryGetValue(i, out var ii)) { ii = industries.Count; industryIndex.Add(i, ii); industries.Add(i); }
            if (!cells.TryAdd((ri, ii), value(record)))
            {
                ThrowHelper.Invalid($"Two records for region '{r}' and industry '{i}': a matrix cell holds one value (aggregate first if a sum is meant).");
            }
        }
        var values = new double[regions.Count * industries.Count];
        Array.Fill(values, double.NaN);
        foreach (var ((ri, ii), v) in cells) values[ri * industries.Count + ii] = v;
        return new RegionIndustryMatrix(regions, industries, values);
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
