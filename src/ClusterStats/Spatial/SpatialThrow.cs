using System.Diagnostics.CodeAnalysis;
using ClusterStats.Internal;

namespace ClusterStats.Spatial;

/// <summary>The throw helpers of the spatial layer: geometry files, matching values to regions, and weights.</summary>
internal static class SpatialThrow
{
    /// <summary>A geometry file is not a FeatureCollection of region polygons at <paramref name="location"/>.</summary>
    [DoesNotReturn]
    public static void Geometry(string file, string location, int? feature, string found, string expected) =>
        throw new GeometryFormatException(file, location, feature, found, expected);

    /// <inheritdoc cref="Geometry(string, string, int?, string, string)"/>
    [DoesNotReturn]
    public static T Geometry<T>(string file, string location, int? feature, string found, string expected) =>
        throw new GeometryFormatException(file, location, feature, found, expected);

    /// <summary>Values and geometries name different regions.</summary>
    [DoesNotReturn]
    public static void UnmatchedRegions(IReadOnlyList<string> valuesWithoutGeometry, IReadOnlyList<string> geometriesWithoutValue) =>
        throw new UnmatchedRegionsException(valuesWithoutGeometry, geometriesWithoutValue);

    /// <summary>No region has both a value and a geometry.</summary>
    [DoesNotReturn]
    public static void NoMatchedRegion(int values, int geometries) =>
        throw new ClusterStatsException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"No region has both a value and a geometry ({values} value(s), {geometries} geometry(ies)); expected the same region ids on both sides."));

    /// <summary>The value of a region of a spatial statistic is NaN or infinite.</summary>
    [DoesNotReturn]
    public static void SpatialValueNotFinite(string region, double value) =>
        throw new ClusterStatsException($"The value of region '{region}' is {value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}; expected a finite number.");

    /// <summary>Spatial weights leave regions without a neighbour.</summary>
    [DoesNotReturn]
    public static void Islands(IReadOnlyList<string> islands, string rule) =>
        throw new SpatialIslandsException(islands, rule);

    /// <summary>A region id cannot be written to a GAL file.</summary>
    [DoesNotReturn]
    public static void GalId(string id) =>
        throw new ClusterStatsException($"Cannot write the region id '{Printable.Escape(ThrowHelper.Shorten(id))}' to a GAL file: it contains white space, which separates the fields of GAL; expected ids without spaces (or write the weights as CSV).");
}
