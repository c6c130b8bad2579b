using System.Globalization;

namespace ClusterStats.Plotting;

/// <summary>
/// How a map turns the coordinates of its regions into the plane it draws: an equal-area Albers conic or an
/// equirectangular projection of longitude and latitude in degrees (on a sphere of radius 6371 km), or planar
/// coordinates drawn as they are. <see cref="Description"/> is the text a map states in its footnote.
/// </summary>
public sealed class MapProjection
{
    private const double EarthRadiusKm = 6371.0;
    private readonly Func<double, double, (double X, double Y)>? _project;

    private MapProjection(string description, Func<double, double, (double X, double Y)>? project)
    {
        Description = description;
        _project = project;
    }

    /// <summary>The projection as a map's footnote states it, e.g. "Albers equal-area conic, standard parallels 29.5° and 45.5°, central meridian -96°".</summary>
    public string Description { get; }

    /// <summary>Whether the coordinates are longitude and latitude in degrees (false: planar coordinates drawn as given).</summary>
    public bool IsGeographic => _project is not null;

    /// <summary>Planar coordinates (already projected, or a synthetic layout) drawn as they are, x to the right and y up.</summary>
    public static MapProjection Planar { get; } = new("planar coordinates as given (no projection)", null);

    /// <summary>
    /// The Albers equal-area conic projection the US Geological Survey uses for the conterminous United States:
    /// standard parallels 29.5° and 45.5° N, origin 23° N, central meridian 96° W.
    /// </summary>
    public static MapProjection UsAlbers { get; } = Albers(29.5, 45.5, 23, -96);

    /// <summary>
    /// The Albers equal-area conic projection (spherical form, Snyder 1987, eq. 14-1 to 14-4): areas on the map are
    /// proportional to areas on the globe, as a choropleth needs. Longitudes are taken relative to the central
    /// meridian in (-180°, 180°], so regions across the antimeridian stay whole.
    /// </summary>
    /// <param name="standardParallel1">The first standard parallel, degrees.</param>
    /// <param name="standardParallel2">The second standard parallel, degrees.</param>
    /// <param name="originLatitude">The latitude of the origin, degrees.</param>
    /// <param name="centralMeridian">The central meridian, degrees.</param>
    /// <exception cref="ClusterStatsException">When a latitude is outside -90..90 or the parallels are symmetric about the equator.</exception>
    public static MapProjection Albers(double standardParallel1, double standardParallel2, double originLatitude, double centralMeridian)
    {
        RequireLatitude("first standard parallel", standardParallel1);
        RequireLatitude("second standard parallel", standardParallel2);
        RequireLatitude("origin latitude", originLatitude);
        if (!double.IsFinite(centralMeridian)) MapThrow.MapLatitude("central meridian", centralMeridian);
        double phi1 = Radians(standardParallel1), phi2 = Radians(standardParallel2);
        double n = (Math.Sin(phi1) + Math.Sin(phi2)) / 2;
        if (Math.Abs(n) < 1e-6) MapThrow.AlbersParallels(standardParallel1, standardParallel2);
        double c = Math.Cos(phi1) * Math.Cos(phi1) + 2 * n * Math.Sin(phi1);
        double Rho(double phi) => EarthRadiusKm * Math.Sqrt(Math.Max(0, c - 2 * n * Math.Sin(phi))) / n;
        double rho0 = Rho(Radians(originLatitude));
        var inv = CultureInfo.InvariantCulture;
        return new MapProjection(
            $"Albers equal-area conic, standard parallels {standardParallel1.ToString("0.##", inv)}° and {standardParallel2.ToString("0.##", inv)}°, central meridian {centralMeridian.ToString("0.##", inv)}°",
            (lon, lat) =>
            {
                double theta = n * Radians(RelativeLongitude(lon, centralMeridian));
                double rho = Rho(Radians(lat));
                return (rho * Math.Sin(theta), rho0 - rho * Math.Cos(theta));
            });
    }

    /// <summary>
    /// The equirectangular (plate carrée) projection with a standard parallel: x = R λ cos φ0, y = R φ, true to scale
    /// along the standard parallel (neither equal-area nor conformal; for small regions).
    /// </summary>
    /// <param name="standardParallel">The latitude where the scale is true, degrees.</param>
    /// <param name="centralMeridian">The central meridian, degrees.</param>
    /// <exception cref="ClusterStatsException">When the standard parallel is outside -90..90 (exclusive of the poles).</exception>
    public static MapProjection Equirectangular(double standardParallel = 0, double centralMeridian = 0)
    {
        RequireLatitude("standard parallel", standardParallel);
        if (Math.Abs(standardParallel) >= 90) MapThrow.MapLatitude("standard parallel", standardParallel);
        if (!double.IsFinite(centralMeridian)) MapThrow.MapLatitude("central meridian", centralMeridian);
        double scale = Math.Cos(Radians(standardParallel));
        var inv = CultureInfo.InvariantCulture;
        return new MapProjection(
            $"equirectangular, standard parallel {standardParallel.ToString("0.##", inv)}°, central meridian {centralMeridian.ToString("0.##", inv)}°",
            (lon, lat) => (EarthRadiusKm * Radians(RelativeLongitude(lon, centralMeridian)) * scale, EarthRadiusKm * Radians(lat)));
    }

    /// <summary>
    /// The projection a map chooses for its regions when none is given: planar when any coordinate is outside the
    /// range of degrees (|x| > 180 or |y| > 90), otherwise an Albers equal-area conic fitted to the latitudes by the
    /// one-sixth rule (standard parallels one sixth of the range inside its ends, central meridian in the middle of
    /// the longitudes), or, when those parallels are symmetric about the equator, equirectangular at the middle latitude.
    /// </summary>
    /// <param name="minX">The smallest x (longitude) of the regions.</param>
    /// <param name="maxX">The largest x (longitude).</param>
    /// <param name="minY">The smallest y (latitude).</param>
    /// <param name="maxY">The largest y (latitude).</param>
    public static MapProjection ForExtent(double minX, double maxX, double minY, double maxY)
    {
        if (!IsDegrees(minX, maxX, minY, maxY)) return Planar;
        double first = Math.Round(minY + (maxY - minY) / 6, 2), second = Math.Round(maxY - (maxY - minY) / 6, 2);
        bool symmetric = Math.Abs(Math.Sin(Radians(first)) + Math.Sin(Radians(second))) < 0.02;
        return Fitted(albers: !symmetric, minX, maxX, minY, maxY);
    }

    /// <summary>
    /// Albers by the one-sixth rule, or equirectangular at the middle latitude, fitted to an extent in degrees; the
    /// central meridian is the middle of the longitudes, parameters rounded to 0.01°.
    /// </summary>
    /// <param name="albers">Albers (true) or equirectangular (false).</param>
    /// <param name="minX">The smallest x (longitude).</param>
    /// <param name="maxX">The largest x (longitude).</param>
    /// <param name="minY">The smallest y (latitude).</param>
    /// <param name="maxY">The largest y (latitude).</param>
    /// <exception cref="ClusterStatsException">When the extent is beyond degrees, or Albers' parallels would be symmetric about the equator.</exception>
    public static MapProjection Fitted(bool albers, double minX, double maxX, double minY, double maxY)
    {
        if (!IsDegrees(minX, maxX, minY, maxY)) MapThrow.MapExtentNotDegrees(minX, maxX, minY, maxY);
        double middleLatitude = Math.Round((minY + maxY) / 2, 2), centralMeridian = Math.Round((minX + maxX) / 2, 2);
        return albers
            ? Albers(Math.Round(minY + (maxY - minY) / 6, 2), Math.Round(maxY - (maxY - minY) / 6, 2), middleLatitude, centralMeridian)
            : Equirectangular(middleLatitude, centralMeridian);
    }

    private static bool IsDegrees(double minX, double maxX, double minY, double maxY) =>
        minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90;

    /// <summary>Projects a coordinate: (x, y) unchanged when planar, else longitude and latitude in degrees to kilometres.</summary>
    /// <param name="x">Longitude in degrees, or the planar x.</param>
    /// <param name="y">Latitude in degrees, or the planar y.</param>
    /// <exception cref="ClusterStatsException">When a geographic projection gets a coordinate outside the range of degrees.</exception>
    public (double X, double Y) Project(double x, double y) => Project(x, y, null);

    /// <summary>Projects a coordinate of a region, naming the region when the coordinate is out of range.</summary>
    internal (double X, double Y) Project(double x, double y, string? region)
    {
        if (_project is null) return (x, y);
        if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90)) MapThrow.MapCoordinate(region, x, y, Description);
        return _project(x, y);
    }

    /// <inheritdoc/>
    public override string ToString() => Description;

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static double RelativeLongitude(double lon, double centralMeridian)
    {
        double d = lon - centralMeridian;
        d -= 360 * Math.Floor((d + 180) / 360);
        return d == -180 ? 180 : d;
    }

    private static void RequireLatitude(string what, double value)
    {
        if (!(value >= -90 && value <= 90)) MapThrow.MapLatitude(what, value);
    }
}
