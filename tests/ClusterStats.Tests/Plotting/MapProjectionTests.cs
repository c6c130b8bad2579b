using ClusterStats.Plotting;
using NetTopologySuite.Geometries;

namespace ClusterStats.Tests.Plotting;

public class MapProjectionTests
{
    private const double R = 6371.0;

    [TestCase(30.0, 31.0, -100.0, -99.0)]
    [TestCase(60.0, 65.0, -150.0, -140.0)]
    [TestCase(24.5, 25.0, 122.0, 123.5)]
    public void Albers_keeps_areas_of_the_sphere(double lat1, double lat2, double lon1, double lon2)
    {
        // A latitude-longitude cell, its edges densified, projected; its planar area against the spherical area
        // R^2 (sin lat2 - sin lat1) (lon2 - lon1).
        var projection = MapProjection.UsAlbers;
        var ring = new List<Coordinate>();
        const int steps = 400;
        for (int i = 0; i <= steps; i++) ring.Add(Point(projection, lon1 + (lon2 - lon1) * i / steps, lat1));
        for (int i = 1; i <= steps; i++) ring.Add(Point(projection, lon2, lat1 + (lat2 - lat1) * i / steps));
        for (int i = 1; i <= steps; i++) ring.Add(Point(projection, lon2 - (lon2 - lon1) * i / steps, lat2));
        for (int i = 1; i <= steps; i++) ring.Add(Point(projection, lon1, lat2 - (lat2 - lat1) * i / steps));
        double planar = new GeometryFactory().CreatePolygon([.. ring]).Area;
        double spherical = R * R * (Math.Sin(lat2 * Math.PI / 180) - Math.Sin(lat1 * Math.PI / 180)) * ((lon2 - lon1) * Math.PI / 180);
        Assert.That(planar / spherical, Is.EqualTo(1).Within(1e-4));
    }

    [Test]
    public void Albers_is_true_to_scale_along_its_standard_parallels()
    {
        // One degree of longitude along 29.5 N is R cos(29.5) pi/180 km long on the map.
        var p = MapProjection.UsAlbers;
        var (x1, y1) = p.Project(-96.5, 29.5);
        var (x2, y2) = p.Project(-95.5, 29.5);
        double chord = Math.Sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1));
        Assert.That(chord, Is.EqualTo(R * Math.Cos(29.5 * Math.PI / 180) * Math.PI / 180).Within(1e-3));
        Assert.That(p.Project(-96, 23), Is.EqualTo((0.0, 0.0)).Using<(double, double)>((a, b) => Math.Abs(a.Item1 - b.Item1) < 1e-9 && Math.Abs(a.Item2 - b.Item2) < 1e-9));
    }

    [Test]
    public void Regions_across_the_antimeridian_stay_whole()
    {
        var p = MapProjection.Albers(50, 60, 55, -170);
        var (xEast, _) = p.Project(179.5, 52);
        var (xWest, _) = p.Project(-179.5, 52);
        Assert.That(Math.Abs(xEast - xWest), Is.LessThan(100), "1 degree apart across 180, not 359");
    }

    [Test]
    public void The_projection_of_an_extent_is_planar_beyond_degrees_else_Albers_by_the_one_sixth_rule()
    {
        Assert.That(MapProjection.ForExtent(0, 800_000, -800_000, 100_000).IsGeographic, Is.False);
        var us = MapProjection.ForExtent(-125, -67, 25, 49);
        Assert.That(us.Description, Is.EqualTo("Albers equal-area conic, standard parallels 29° and 45°, central meridian -96°"));
        Assert.That(MapProjection.ForExtent(-10, 10, -30, 30).Description, Does.StartWith("equirectangular, standard parallel 0°"));
    }

    [Test]
    public void Invalid_parameters_are_refused()
    {
        Assert.That(() => MapProjection.Albers(-30, 30, 0, 0), Throws.InstanceOf<ClusterStatsException>().With.Message.Contains("symmetric about the equator"));
        Assert.That(() => MapProjection.Albers(95, 30, 0, 0), Throws.InstanceOf<ClusterStatsException>().With.Message.Contains("95 is not a latitude"));
        Assert.That(() => MapProjection.Equirectangular(double.NaN), Throws.InstanceOf<ClusterStatsException>());
        Assert.That(() => MapProjection.UsAlbers.Project(-200, 10), Throws.InstanceOf<ClusterStatsException>().With.Message.Contains("(-200, 10)"));
    }

    private static Coordinate Point(MapProjection p, double lon, double lat)
    {
        var (x, y) = p.Project(lon, lat);
        return new Coordinate(x, y);
    }
}
