using System.Globalization;
using System.Text;
using ClusterStats.Internal;
using ClusterStats.Spatial.Internal;

namespace ClusterStats.Spatial;

/// <summary>How polygons that touch count as neighbours (spdep's <c>poly2nb</c>).</summary>
public enum Contiguity
{
    /// <summary>At least one shared boundary point (a vertex of each within the snap distance): spdep's queen = TRUE.</summary>
    Queen,

    /// <summary>At least two shared boundary points: spdep's queen = FALSE.</summary>
    Rook,
}

/// <summary>How the weights of a region's neighbours are scaled (spdep's <c>nb2listw</c> style).</summary>
public enum WeightsStyle
{
    /// <summary>Row-standardised: each neighbour of a region with k neighbours weighs 1/k (spdep "W").</summary>
    W,

    /// <summary>Binary: each neighbour weighs 1 (spdep "B").</summary>
    B,
}

/// <summary>
/// Spatial weights between regions, built as spdep 1.2 builds them: contiguity by <c>poly2nb</c>'s vertex rule, k nearest
/// neighbours (<c>knearneigh</c> + <c>knn2nb</c>) and distance bands (<c>dnearneigh</c>) on polygon centroids, styled by
/// <c>nb2listw</c>. Neighbours of each region are in ascending region order. Immutable and thread-safe.
/// </summary>
public sealed partial class SpatialWeights
{
    /// <summary>
    /// spdep's default snap distance for contiguity: √(machine epsilon of a double) = √(2⁻⁵²) = 2⁻²⁶ ≈ 1.49e-8, in the
    /// units of the coordinates.
    /// </summary>
    public const double DefaultSnap = 1.4901161193847656e-08;

    private readonly int[] _offsets;
    private readonly int[] _neighbours;
    private readonly double[] _weights;

    private SpatialWeights(IReadOnlyList<string> regions, int[] offsets, int[] neighbours, WeightsStyle style, string rule, bool selfIncluded)
    {
        Regions = regions;
        _offsets = offsets;
        _neighbours = neighbours;
        Style = style;
        Rule = rule;
        SelfIncluded = selfIncluded;
        _weights = new double[neighbours.Length];
        for (int i = 0; i < regions.Count; i++)
        {
            int k = offsets[i + 1] - offsets[i];
            double w = style == WeightsStyle.W ? 1.0 / k : 1.0;
            for (int e = offsets[i]; e < offsets[i + 1]; e++) _weights[e] = w;
        }
        Islands = Array.AsReadOnly(Enumerable.Range(0, regions.Count).Where(i => offsets[i + 1] == offsets[i]).Select(i => regions[i]).ToArray());
    }

    /// <summary>The region ids, in the order of the geometries the weights were built from.</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>The number of regions.</summary>
    public int Count => Regions.Count;

    /// <summary>The style of the weights.</summary>
    public WeightsStyle Style { get; }

    /// <summary>How the neighbours were found, in words (for example "queen contiguity").</summary>
    public string Rule { get; }

    /// <summary>The regions without any neighbour (kept only under <see cref="IslandPolicy.Keep"/>).</summary>
    public IReadOnlyList<string> Islands { get; }

    /// <summary>Whether each region is its own neighbour (the weights of Getis-Ord Gi*).</summary>
    internal bool SelfIncluded { get; }

    /// <summary>The positions of the neighbours of region <paramref name="region"/>, ascending.</summary>
    public ReadOnlySpan<int> Neighbours(int region) => _neighbours.AsSpan(_offsets[region], _offsets[region + 1] - _offsets[region]);

    /// <summary>The weights of the neighbours of region <paramref name="region"/>, in the order of <see cref="Neighbours"/>.</summary>
    public ReadOnlySpan<double> Weights(int region) => _weights.AsSpan(_offsets[region], _offsets[region + 1] - _offsets[region]);

    internal int[] Offsets => _offsets;

    internal int[] NeighbourArray => _neighbours;

    internal double[] WeightArray => _weights;

    /// <summary>
    /// Contiguity weights by spdep's <c>poly2nb</c>: two regions are neighbours when at least one (queen) or two (rook)
    /// pairs of their boundary vertices lie within <paramref name="snap"/> of each other; vertices are compared, not edges,
    /// so a T-junction without a shared vertex is no contiguity, as in spdep.
    /// </summary>
    /// <param name="geometries">The regions.</param>
    /// <param name="contiguity">Queen (default) or rook.</param>
    /// <param name="style">The weights' style (row-standardised by default).</param>
    /// <param name="islands">Whether regions without a neighbour are an error (default) or kept.</param>
    /// <param name="snap">The snap distance; null for <see cref="DefaultSnap"/>.</param>
    /// <exception cref="SpatialIslandsException">A region has no neighbour and <paramref name="islands"/> is Error.</exception>
    public static SpatialWeights FromContiguity(RegionGeometries geometries, Contiguity contiguity = Contiguity.Queen,
        WeightsStyle style = WeightsStyle.W, IslandPolicy islands = IslandPolicy.Error, double? snap = null)
    {
        ArgumentNullException.ThrowIfNull(geometries);
        double d = snap ?? DefaultSnap;
        if (!(d >= 0) || !double.IsFinite(d)) ThrowHelper.ParameterOutOfRange("Contiguity", "the snap distance must be a finite number >= 0", d.ToString("R", CultureInfo.InvariantCulture));
        var lists = ContiguityBuilder.Build(geometries, d, contiguity == Contiguity.Queen ? 1 : 2);
        var rule = contiguity == Contiguity.Queen ? "queen contiguity" : "rook contiguity";
        return Create(geometries.Ids, lists, style, islands, rule);
    }

    /// <summary>
    /// The <paramref name="k"/> nearest neighbours of each region's centroid (spdep's <c>knearneigh</c> and <c>knn2nb</c>,
    /// not made symmetric): planar distance, or great-circle kilometres on the WGS-84 ellipsoid when
    /// <paramref name="longLat"/> (coordinates as longitude, latitude in degrees). Ties go to the region that comes first.
    /// </summary>
    /// <exception cref="ClusterStatsException">k is not between 1 and the number of regions − 1.</exception>
    public static SpatialWeights FromNearestNeighbours(RegionGeometries geometries, int k, bool longLat = false, WeightsStyle style = WeightsStyle.W)
    {
        ArgumentNullException.ThrowIfNull(geometries);
        if (k < 1 || k > geometries.Count - 1)
            ThrowHelper.ParameterOutOfRange("Nearest neighbours", string.Create(CultureInfo.InvariantCulture, $"k must be between 1 and the number of regions - 1 ({geometries.Count - 1})"), k.ToString(CultureInfo.InvariantCulture));
        var lists = DistanceNeighbours.Nearest(Centroids.Of(geometries), k, longLat);
        var rule = string.Create(CultureInfo.InvariantCulture, $"the {k} nearest neighbours{(longLat ? " (great-circle km)" : "")}");
        return Create(geometries.Ids, lists, style, IslandPolicy.Error, rule);
    }

    /// <summary>
    /// Neighbours whose centroids lie between <paramref name="lower"/> and <paramref name="upper"/> (both included), as
    /// spdep's <c>dnearneigh</c>: planar distance in the units of the coordinates, or great-circle kilometres when
    /// <paramref name="longLat"/>.
    /// </summary>
    /// <exception cref="SpatialIslandsException">A region has no neighbour and <paramref name="islands"/> is Error.</exception>
    public static SpatialWeights FromDistanceBand(RegionGeometries geometries, double upper, bool longLat = false,
        WeightsStyle style = WeightsStyle.W, IslandPolicy islands = IslandPolicy.Error, double lower = 0)
    {
        ArgumentNullException.ThrowIfNull(geometries);
        if (!(lower >= 0) || !double.IsFinite(lower) || !(upper > lower) || !double.IsFinite(upper))
            ThrowHelper.ParameterOutOfRange("Distance band", "the band needs finite distances with 0 <= lower < upper",
                string.Create(CultureInfo.InvariantCulture, $"lower {lower:R}, upper {upper:R}"));
        var lists = DistanceNeighbours.Band(Centroids.Of(geometries), lower, upper, longLat);
        var rule = string.Create(CultureInfo.InvariantCulture, $"a distance band {lower:R} to {upper:R}{(longLat ? " km (great-circle)" : "")}");
        return Create(geometries.Ids, lists, style, islands, rule);
    }

    private static SpatialWeights Create(IReadOnlyList<string> regions, List<int>[] lists, WeightsStyle style, IslandPolicy islands, string rule)
    {
        var weights = FromLists(regions, lists, style, rule, selfIncluded: false);
        if (islands == IslandPolicy.Error && weights.Islands.Count > 0) ThrowHelper.Islands(weights.Islands, rule);
        return weights;
    }

    /// <summary>Weights from each region's list of neighbours (sorted here).</summary>
    private static SpatialWeights FromLists(IReadOnlyList<string> regions, List<int>[] lists, WeightsStyle style, string rule, bool selfIncluded)
    {
        var offsets = new int[regions.Count + 1];
        for (int i = 0; i < lists.Length; i++) offsets[i + 1] = offsets[i] + lists[i].Count;
        var neighbours = new int[offsets[^1]];
        for (int i = 0; i < lists.Length; i++)
        {
            lists[i].Sort();
            lists[i].CopyTo(neighbours, offsets[i]);
        }
        return new SpatialWeights(regions, offsets, neighbours, style, rule, selfIncluded);
    }

    /// <summary>The same neighbours with each region added as its own neighbour (spdep's <c>include.self</c>), restyled.</summary>
    internal SpatialWeights WithSelf()
    {
        var lists = new List<int>[Count];
        for (int i = 0; i < Count; i++)
        {
            lists[i] = [.. Neighbours(i)];
            if (!lists[i].Contains(i)) lists[i].Add(i);
        }
        return FromLists(Regions, lists, Style, Rule + " with each region itself", selfIncluded: true);
    }

    /// <summary>
    /// The neighbours as a GAL file (GeoDa, spdep's <c>write.nb.gal</c>): a header <c>0 N regions id</c>, then per region a
    /// line <c>ID K</c> and a line with the ids of its K neighbours. Written atomically, never through a link.
    /// </summary>
    /// <exception cref="ClusterStatsException">A region id contains white space, which GAL cannot hold.</exception>
    public void WriteGal(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        foreach (var id in Regions)
        {
            if (id.Any(char.IsWhiteSpace)) ThrowHelper.GalId(id);
        }
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"0 {Count} regions id\n");
        for (int i = 0; i < Count; i++)
        {
            var n = Neighbours(i);
            text.Append(CultureInfo.InvariantCulture, $"{Regions[i]} {n.Length}\n");
            for (int e = 0; e < n.Length; e++)
            {
                if (e > 0) text.Append(' ');
                text.Append(Regions[n[e]]);
            }
            text.Append('\n');
        }
        OutputFiles.WriteText(path, text.ToString());
    }

    /// <summary>
    /// The weights as CSV <c>region,neighbour,weight</c>, one row per pair (islands have none), weights in round-trip
    /// form, formula-like ids neutralised. Written atomically, never through a link.
    /// </summary>
    public void WriteCsv(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        OutputFiles.WriteText(path, ToCsv());
    }

    internal string ToCsv()
    {
        var text = new StringBuilder("region,neighbour,weight\n");
        for (int i = 0; i < Count; i++)
        {
            var n = Neighbours(i);
            var w = Weights(i);
            for (int e = 0; e < n.Length; e++)
            {
                text.Append(CsvCells.MixedField(Regions[i])).Append(',').Append(CsvCells.MixedField(Regions[n[e]])).Append(',')
                    .Append(w[e].ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            }
        }
        return text.ToString();
    }
}
