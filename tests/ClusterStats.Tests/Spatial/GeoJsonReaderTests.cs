using ClusterStats.Spatial;
using NetTopologySuite.Geometries;

namespace ClusterStats.Tests.Spatial;

/// <summary>Reading region polygons from GeoJSON FeatureCollections, and the errors that name feature and property.</summary>
public class GeoJsonReaderTests
{
    private static string Square(double x, double y) =>
        $"[[[{x},{y}],[{x + 1},{y}],[{x + 1},{y + 1}],[{x},{y + 1}],[{x},{y}]]]";

    private static string Feature(string idMembers, string geometry) =>
        $"{{\"type\":\"Feature\",{idMembers}\"geometry\":{geometry}}}";

    private static string Collection(params string[] features) =>
        $"{{\"type\":\"FeatureCollection\",\"features\":[{string.Join(",", features)}]}}";

    private static GeometryFormatException Bad(string json, string idProperty = "id") =>
        Assert.Throws<GeometryFormatException>(() => RegionGeometries.ParseGeoJson(json, "r.geojson", idProperty))!;

    [Test]
    public void Reads_polygons_and_multipolygons_with_ids_from_the_property_or_the_feature()
    {
        var json = Collection(
            Feature("\"properties\":{\"code\":\"A\"},", $"{{\"type\":\"Polygon\",\"coordinates\":{Square(0, 0)}}}"),
            Feature("\"id\":\"B\",\"properties\":{},", $"{{\"type\":\"MultiPolygon\",\"coordinates\":[{Square(1, 0)},{Square(5, 5)}]}}"),
            Feature("\"properties\":{\"code\":37001},", $"{{\"type\":\"Polygon\",\"coordinates\":{Square(2, 0)}}}"));
        var regions = RegionGeometries.ParseGeoJson(json, "r.geojson", "code");
        Assert.That(regions.Ids, Is.EqualTo(new[] { "A", "B", "37001" }));
        Assert.That(regions[0].Geometry, Is.InstanceOf<Polygon>());
        Assert.That(regions[1].Geometry, Is.InstanceOf<MultiPolygon>());
        Assert.That(((MultiPolygon)regions[1].Geometry).NumGeometries, Is.EqualTo(2));
        Assert.That(regions[2].Geometry.Area, Is.EqualTo(1.0));
        Assert.That(regions.IndexOf("B"), Is.EqualTo(1));
        Assert.That(regions.IndexOf("C"), Is.EqualTo(-1));
    }

    [Test]
    public void The_default_id_property_is_id_and_a_byte_order_mark_is_allowed()
    {
        var json = "\uFEFF" + Collection(Feature("\"id\":7,\"properties\":{\"id\":\"x\"},", $"{{\"type\":\"Polygon\",\"coordinates\":{Square(0, 0)}}}"));
        Assert.That(RegionGeometries.ParseGeoJson(json).Ids, Is.EqualTo(new[] { "x" }));
    }

    [Test]
    public void Errors_name_the_feature_index_and_property()
    {
        var ok = Feature("\"properties\":{\"id\":\"A\"},", $"{{\"type\":\"Polygon\",\"coordinates\":{Square(0, 0)}}}");
        var noId = Bad(Collection(ok, Feature("\"properties\":{\"name\":\"B\"},", $"{{\"type\":\"Polygon\",\"coordinates\":{Square(1, 0)}}}")));
        Assert.That(noId.FeatureIndex, Is.EqualTo(1));
        Assert.That(noId.Location, Is.EqualTo("features[1].properties.id"));
        Assert.That(noId.Message, Does.StartWith("r.geojson: features[1].properties.id: found no such property"));

        var nullId = Bad(Collection(Feature("\"properties\":{\"id\":null},", $"{{\"type\":\"Polygon\",\"coordinates\":{Square(1, 0)}}}")));
        Assert.That(nullId.Location, Is.EqualTo("features[0].properties.id"));
        Assert.That(nullId.Found, Is.EqualTo("null"));

        var point = Bad(Collection(ok, Feature("\"properties\":{\"id\":\"P\"},", "{\"type\":\"Point\",\"coordinates\":[1,2]}")));
        Assert.That(point.Location, Is.EqualTo("features[1].geometry.type"));
        Assert.That(point.Found, Is.EqualTo("\"Point\""));

        var none = Bad(Collection(Feature("\"properties\":{\"id\":\"N\"},", "null")));
        Assert.That(none.Location, Is.EqualTo("features[0].geometry"));
        Assert.That(none.Found, Does.Contain("'N'"));

        var open = Bad(Collection(Feature("\"properties\":{\"id\":\"O\"},", "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}")));
        Assert.That(open.Location, Is.EqualTo("features[0].geometry.coordinates"));

        var twice = Bad(Collection(ok, ok));
        Assert.That(twice.Location, Is.EqualTo("features[1]"));
        Assert.That(twice.Found, Does.Contain("'A' again (first at features[0])"));
    }

    [TestCase("{\"type\":\"Polygon\",\"coordinates\":\"x\"}")]
    [TestCase("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1],[1,1],[0,0]]]}")]
    [TestCase("{\"type\":\"Polygon\",\"coordinates\":[[[\"a\",\"b\"],[1,0],[1,1],[\"a\",\"b\"]]]}")]
    [TestCase("{\"type\":\"Polygon\",\"coordinates\":[]}")]
    [TestCase("{\"type\":\"Polygon\"}")]
    [TestCase("{\"type\":\"MultiPolygon\",\"coordinates\":[[]]}")]
    [TestCase("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[0,0]]]]}")]
    [TestCase("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1e400,0],[1,1],[0,0]]]}")]
    [TestCase("{\"type\":\"GeometryCollection\",\"geometries\":[]}")]
    [TestCase("[1,2]")]
    public void A_broken_geometry_is_a_format_error_naming_the_feature(string geometry)
    {
        var error = Bad(Collection(Feature("\"properties\":{\"id\":\"A\"},", geometry)));
        Assert.That(error.FeatureIndex, Is.Zero);
        Assert.That(error.Location, Does.StartWith("features[0].geometry"));
    }

    [Test]
    public void Whole_file_errors_say_what_a_collection_needs()
    {
        Assert.That(Bad("{\"type\":\"Feature\"}").Location, Is.EqualTo("type"));
        Assert.That(Bad("[1,2]").Location, Is.EqualTo("(document)"));
        Assert.That(Bad("{\"type\":\"FeatureCollection\"}").Location, Is.EqualTo("features"));
        Assert.That(Bad(Collection()).Found, Is.EqualTo("an empty array"));
        var broken = Bad("{\"type\":\n\"FeatureCollection\",");
        Assert.That(broken.Location, Does.StartWith("line 2"));
        Assert.That(broken.FeatureIndex, Is.Null);
    }

    [Test]
    public void Match_pairs_values_by_id_and_lists_or_drops_the_unmatched()
    {
        var json = Collection(
            Feature("\"id\":\"A\",", $"{{\"type\":\"Polygon\",\"coordinates\":{Square(0, 0)}}}"),
            Feature("\"id\":\"B\",", $"{{\"type\":\"Polygon\",\"coordinates\":{Square(1, 0)}}}"),
            Feature("\"id\":\"C\",", $"{{\"type\":\"Polygon\",\"coordinates\":{Square(2, 0)}}}"));
        var regions = RegionGeometries.ParseGeoJson(json);
        var values = new Dictionary<string, double> { ["C"] = 3, ["A"] = 1, ["Z"] = 9 };
        var error = Assert.Throws<UnmatchedRegionsException>(() => regions.Match(values))!;
        Assert.That(error.ValuesWithoutGeometry, Is.EqualTo(new[] { "Z" }));
        Assert.That(error.GeometriesWithoutValue, Is.EqualTo(new[] { "B" }));
        Assert.That(error.Message, Does.Contain("Z").And.Contain("B"));
        var matched = regions.Match(values, UnmatchedPolicy.Drop);
        Assert.That(matched.Geometries.Ids, Is.EqualTo(new[] { "A", "C" }));
        Assert.That(matched.Values, Is.EqualTo(new[] { 1.0, 3.0 }));
        Assert.That(matched.DroppedValues, Is.EqualTo(new[] { "Z" }));
        Assert.That(matched.DroppedGeometries, Is.EqualTo(new[] { "B" }));
        Assert.Throws<ClusterStatsException>(() => regions.Match(new Dictionary<string, double> { ["A"] = double.NaN, ["B"] = 1, ["C"] = 2 }));
    }
}
