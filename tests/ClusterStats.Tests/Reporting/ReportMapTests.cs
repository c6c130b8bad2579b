using System.Globalization;
using ClusterStats.Spatial;
using ClusterStats.Tests.Plotting;

namespace ClusterStats.Tests.Reporting;

/// <summary>The report's map of the comparison when the clusters' outlines are given.</summary>
public class ReportMapTests
{
    private string _dir = "";

    [SetUp]
    public void MakeFolder() => _dir = Directory.CreateTempSubdirectory("cs-report-map-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    // Unit squares side by side, one per id (a synthetic layout: the test needs outlines, not geography).
    private static string Squares(params string[] ids) =>
        "{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(",", ids.Select((id, i) => string.Create(CultureInfo.InvariantCulture,
            $"{{\"type\":\"Feature\",\"properties\":{{\"id\":\"{id}\"}},\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[[[{i * 1000},0],[{i * 1000 + 1000},0],[{i * 1000 + 1000},1000],[{i * 1000},1000],[{i * 1000},0]]]}}}}"))) + "]}";

    [Test]
    public void Geometry_adds_a_map_of_pairs_per_year_over_the_regions_with_an_outline()
    {
        var geometry = RegionGeometries.ParseGeoJson(Squares("xiaobeihe", "datang", "liaoyuan", "nowhere"), "squares.geojson");
        var report = ClusterReport.Create(ReferenceData.Load(), "xiaobeihe", new ReportOptions { Geometry = geometry });
        var files = report.WriteTo(_dir);
        var map = Path.Combine(_dir, "map-pairs_per_year.png");
        Assert.That(files, Does.Contain(map));
        PlotAssert.IsDrawnPng(File.ReadAllBytes(map), 900, 560);
        var html = File.ReadAllText(Path.Combine(_dir, ClusterReport.IndexFile));
        Assert.That(html, Does.Contain("<img src=\"map-pairs_per_year.png\""));
    }

    [Test]
    public void Without_geometry_or_without_a_matching_region_there_is_no_map()
    {
        var plain = ClusterReport.Create(ReferenceData.Load(), "xiaobeihe").WriteTo(Path.Combine(_dir, "plain"));
        Assert.That(plain.Select(Path.GetFileName), Has.None.StartsWith("map-"));
        var elsewhere = RegionGeometries.ParseGeoJson(Squares("atlantis", "lemuria"), "elsewhere.geojson");
        var other = ClusterReport.Create(ReferenceData.Load(), "xiaobeihe", new ReportOptions { Geometry = elsewhere }).WriteTo(Path.Combine(_dir, "other"));
        Assert.That(other.Select(Path.GetFileName), Has.None.StartsWith("map-"));
    }

    [Test]
    public void The_report_verb_takes_geometry_and_id_property()
    {
        var shapes = Path.Combine(_dir, "clusters.geojson");
        File.WriteAllText(shapes, Squares("xiaobeihe", "datang").Replace("\"id\"", "\"cluster\"", StringComparison.Ordinal));
        var outDir = Path.Combine(_dir, "out");
        var (code, _, stderr) = CliRunner.Run("report", "xiaobeihe", "--out", outDir, "--geometry", shapes, "--id-property", "cluster");
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(File.Exists(Path.Combine(outDir, "map-pairs_per_year.png")), Is.True);
        (code, _, stderr) = CliRunner.Run("report", "xiaobeihe", "--out", Path.Combine(_dir, "bad"), "--geometry", Path.Combine(_dir, "missing.geojson"));
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain("missing.geojson"));
    }
}
