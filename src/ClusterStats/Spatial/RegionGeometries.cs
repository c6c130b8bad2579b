using System.Collections;
using ClusterStats.Internal;
using ClusterStats.Spatial.Internal;
using NetTopologySuite.Geometries;

namespace ClusterStats.Spatial;

/// <summary>One region's outline: its id and its polygon or multipolygon (NetTopologySuite, coordinates as in the file).</summary>
/// <param name="Id">The region id, as read from the id property or the feature's id.</param>
/// <param name="Geometry">A <see cref="Polygon"/> or <see cref="MultiPolygon"/>, never empty.</param>
public sealed record RegionGeometry(string Id, Geometry Geometry);

/// <summary>What to do with regions that have a value but no geometry, or a geometry but no value.</summary>
public enum UnmatchedPolicy
{
    /// <summary>Refuse, listing the ids on each side (<see cref="UnmatchedRegionsException"/>).</summary>
    Error,

    /// <summary>Leave them out and say which were left out (<see cref="MatchedRegions"/>).</summary>
    Drop,
}

/// <summary>
/// The polygons of a set of regions, in the order of the file, with unique ids. Read from a GeoJSON FeatureCollection of
/// Polygon and MultiPolygon features (RFC 7946) with <see cref="ReadGeoJson"/> or <see cref="ParseGeoJson"/>.
/// Immutable after reading; safe to share between threads as long as nobody changes the NetTopologySuite geometries.
/// </summary>
public sealed class RegionGeometries : IReadOnlyList<RegionGeometry>
{
    /// <summary>The property that holds the region id unless another is named.</summary>
    public const string DefaultIdProperty = "id";

    private readonly RegionGeometry[] _regions;
    private readonly Dictionary<string, int> _index;

    private RegionGeometries(RegionGeometry[] regions)
    {
        _regions = regions;
        _index = new Dictionary<string, int>(regions.Length, StringComparer.Ordinal);
        for (int i = 0; i < regions.Length; i++) _index.Add(regions[i].Id, i);
        Ids = Array.AsReadOnly(regions.Select(r => r.Id).ToArray());
    }

    /// <summary>
    /// Reads a GeoJSON FeatureCollection file (UTF-8). The id of each feature is the property
    /// <paramref name="idProperty"/> (a string or a number, taken as written), or the feature's own <c>id</c> when the
    /// property is absent.
    /// </summary>
    /// <exception cref="GeometryFormatException">The file is not such a collection; the message names the feature index and property.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static RegionGeometries ReadGeoJson(string path, string idProperty = DefaultIdProperty)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(idProperty);
        var bytes = InputFiles.ReadAllBytes(path);
        return new RegionGeometries(GeoJsonRegions.Read(bytes, path, idProperty));
    }

    /// <summary>Reads GeoJSON text as <see cref="ReadGeoJson"/> reads a file; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="GeometryFormatException">The text is not such a collection.</exception>
    public static RegionGeometries ParseGeoJson(string json, string source = "(text)", string idProperty = DefaultIdProperty)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(idProperty);
        return new RegionGeometries(GeoJsonRegions.Read(System.Text.Encoding.UTF8.GetBytes(json), source, idProperty));
    }

    /// <summary>The region ids in the order of the file.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>The number of regions.</summary>
    public int Count => _regions.Length;

    /// <summary>The region at <paramref name="index"/> (0-based, file order).</summary>
    public RegionGeometry this[int index] => _regions[index];

    /// <summary>The position of <paramref name="id"/>, or -1 when no region has that id.</summary>
    public int IndexOf(string id) => _index.GetValueOrDefault(id, -1);

    /// <summary>The regions with the given ids only, in file order (unknown ids are ignored).</summary>
    public RegionGeometries Select(IEnumerable<string> ids)
    {
        var keep = ids.ToHashSet(StringComparer.Ordinal);
        return new RegionGeometries(_regions.Where(r => keep.Contains(r.Id)).ToArray());
    }

    /// <summary>
    /// Pairs values with the geometries by region id. Under <see cref="UnmatchedPolicy.Error"/> every value needs a
    /// geometry and every geometry a value; under <see cref="UnmatchedPolicy.Drop"/> the unmatched ones are left out and
    /// listed in the result. The result keeps the order of the geometries.
    /// </summary>
    /// <exception cref="UnmatchedRegionsException">Under Error, some ids are on one side only.</exception>
    /// <exception cref="ClusterStatsException">A value is NaN or infinite, or no region is left.</exception>
    public MatchedRegions Match(IReadOnlyDictionary<string, double> values, UnmatchedPolicy policy = UnmatchedPolicy.Error)
    {
        ArgumentNullException.ThrowIfNull(values);
        var withoutGeometry = values.Keys.Where(k => !_index.ContainsKey(k)).Order(StringComparer.Ordinal).ToArray();
        var withoutValue = _regions.Where(r => !values.ContainsKey(r.Id)).Select(r => r.Id).ToArray();
        if (policy == UnmatchedPolicy.Error && (withoutGeometry.Length > 0 || withoutValue.Length > 0))
            SpatialThrow.UnmatchedRegions(withoutGeometry, withoutValue);
        var kept = withoutValue.Length == 0 ? this : Select(_regions.Where(r => values.ContainsKey(r.Id)).Select(r => r.Id));
        if (kept.Count == 0) SpatialThrow.NoMatchedRegion(values.Count, Count);
        var aligned = new double[kept.Count];
        for (int i = 0; i < aligned.Length; i++)
        {
            var v = values[kept[i].Id];
            if (!double.IsFinite(v)) SpatialThrow.SpatialValueNotFinite(kept[i].Id, v);
            aligned[i] = v;
        }
        return new MatchedRegions(kept, Array.AsReadOnly(aligned), Array.AsReadOnly(withoutGeometry), Array.AsReadOnly(withoutValue));
    }

    /// <inheritdoc/>
    public IEnumerator<RegionGeometry> GetEnumerator() => ((IEnumerable<RegionGeometry>)_regions).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Values paired with geometries by <see cref="RegionGeometries.Match"/>.</summary>
/// <param name="Geometries">The regions that have both, in file order.</param>
/// <param name="Values">The value of each of <paramref name="Geometries"/>, in the same order.</param>
/// <param name="DroppedValues">Ids whose value was left out because they have no geometry (empty under Error).</param>
/// <param name="DroppedGeometries">Ids whose geometry was left out because they have no value (empty under Error).</param>
public sealed record MatchedRegions(
    RegionGeometries Geometries, IReadOnlyList<double> Values, IReadOnlyList<string> DroppedValues, IReadOnlyList<string> DroppedGeometries);
