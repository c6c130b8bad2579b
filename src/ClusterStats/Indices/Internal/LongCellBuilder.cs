using System.Globalization;
using ClusterStats.Internal;

namespace ClusterStats.Indices;

/// <summary>
/// Collects long (region, industry, value) records into a matrix: first-appearance order, one record per cell,
/// a repeated cell is an error naming its line when it comes from a file.
/// </summary>
internal sealed class LongCellBuilder
{
    private readonly List<string> _regions = [];
    private readonly List<string> _industries = [];
    private readonly Dictionary<string, int> _regionIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _industryIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<(int, int), double> _cells = [];

    public void Add(string region, string industry, double value, (CsvTable Table, long Line)? where)
    {
        if (!_regionIndex.TryGetValue(region, out var ri)) { ri = _regions.Count; _regionIndex.Add(region, ri); _regions.Add(region); }
        if (!_industryIndex.TryGetValue(industry, out var ii)) { ii = _industries.Count; _industryIndex.Add(industry, ii); _industries.Add(industry); }
        if (_cells.TryAdd((ri, ii), value)) return;
        if (where is { } w)
        {
            w.Table.Fail(w.Line, "", $"{region},{industry},{value.ToString("R", CultureInfo.InvariantCulture)}",
                $"one line per region and industry ('{region}', '{industry}' appears again; aggregate first if a sum is meant)");
        }
        ThrowHelper.TwoRecordsInCell(region, industry);
    }

    /// <summary>Registers a region and an industry label without a cell.</summary>
    public void TryAddLabels(string region, string industry)
    {
        if (!_regionIndex.ContainsKey(region)) { _regionIndex.Add(region, _regions.Count); _regions.Add(region); }
        if (!_industryIndex.ContainsKey(industry)) { _industryIndex.Add(industry, _industries.Count); _industries.Add(industry); }
    }

    public RegionIndustryMatrix Build() => Build(_regions, _industries);

    public RegionIndustryMatrix Build(IReadOnlyList<string> regions, IReadOnlyList<string> industries)
    {
        var values = new double[regions.Count * industries.Count];
        Array.Fill(values, double.NaN);
        var rIndex = regions.Select((r, k) => (r, k)).ToDictionary(t => t.r, t => t.k, StringComparer.Ordinal);
        var iIndex = industries.Select((r, k) => (r, k)).ToDictionary(t => t.r, t => t.k, StringComparer.Ordinal);
        foreach (var ((ri, ii), v) in _cells) values[rIndex[_regions[ri]] * industries.Count + iIndex[_industries[ii]]] = v;
        return new RegionIndustryMatrix(regions, industries, values);
    }

    public IReadOnlyList<string> Regions => _regions;

    public IReadOnlyList<string> Industries => _industries;
}
