using System.Diagnostics.CodeAnalysis;
using System.Globalization;

using ClusterStats.Internal;

namespace ClusterStats.Plotting;

/// <summary>The refusals of maps: class counts, projections, coordinates and the regions drawn.</summary>
internal static class MapThrow
{
    [DoesNotReturn]
    public static void MapClassCount(int classes, int max) =>
        throw new ClusterStatsException(string.Create(CultureInfo.InvariantCulture,
            $"A classed map cannot draw {classes} classes: expected 2 to {max}."));

    [DoesNotReturn]
    public static void AlbersParallels(double first, double second) =>
        throw new ClusterStatsException(string.Create(CultureInfo.InvariantCulture,
            $"Albers standard parallels {first} and {second} are not valid: expected two latitudes from -90 to 90 whose sines do not cancel (not symmetric about the equator)."));

    [DoesNotReturn]
    public static void MapLatitude(string what, double value) =>
        throw new ClusterStatsException(string.Create(CultureInfo.InvariantCulture,
            $"The {what} {value} is not a latitude: expected a finite number from -90 to 90."));

    [DoesNotReturn]
    public static void MapCoordinate(string? region, double x, double y, string projection) =>
        throw new ClusterStatsException(string.Create(CultureInfo.InvariantCulture,
            $"{(region is null ? "The coordinate" : $"Region '{ThrowHelper.Shorten(region)}' has the coordinate")} ({x}, {y}), which the {projection} cannot draw: expected longitude -180 to 180 and latitude -90 to 90 in degrees."));

    [DoesNotReturn]
    public static void MapExtentNotDegrees(double minX, double maxX, double minY, double maxY) =>
        throw new ClusterStatsException(string.Create(CultureInfo.InvariantCulture,
            $"The regions' coordinates run from ({minX}, {minY}) to ({maxX}, {maxY}), beyond longitude -180 to 180 and latitude -90 to 90: a geographic projection needs degrees; draw planar coordinates as given."));

    [DoesNotReturn]
    public static void MapGeometry(string region, string type) =>
        throw new ClusterStatsException(
            $"Region '{ThrowHelper.Shorten(region)}' has a {type} geometry: a map draws Polygon and MultiPolygon regions, not empty ones.");

    [DoesNotReturn]
    public static void MapDuplicateRegion(string region) =>
        throw new ClusterStatsException($"Region '{ThrowHelper.Shorten(region)}' is given twice: expected one geometry and one value per region.");

    [DoesNotReturn]
    public static void MapValue(string region, double value) =>
        throw new ClusterStatsException(string.Create(CultureInfo.InvariantCulture,
            $"Region '{ThrowHelper.Shorten(region)}' has the value {value}: expected a finite number (or no value, drawn as 'no data')."));

    [DoesNotReturn]
    public static void MapDivergingValue(string region, double value) =>
        throw new ClusterStatsException(string.Create(CultureInfo.InvariantCulture,
            $"Region '{ThrowHelper.Shorten(region)}' has the value {value}: a diverging map centred at 1 draws ratios such as location quotients, which are >= 0."));

    [DoesNotReturn]
    public static void MapNoValue() =>
        throw new ClusterStatsException("No region of the map has a value: expected at least one region with a finite value.");

    [DoesNotReturn]
    public static void MapNoRegion() =>
        throw new ClusterStatsException("A map needs at least one region.");

    [DoesNotReturn]
    public static void MapAlpha(double alpha) =>
        throw new ClusterStatsException(string.Create(CultureInfo.InvariantCulture,
            $"The significance level {alpha} is not valid: expected a number greater than 0 and less than 1."));
}
