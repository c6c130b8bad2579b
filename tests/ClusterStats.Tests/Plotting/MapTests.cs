using ClusterStats.Plotting;
using ClusterStats.Tests.Evidence;
using NetTopologySuite.Geometries;
using ScottPlot;

namespace ClusterStats.Tests.Plotting;

public class MapTests
{
    private static IEnumerable<TestCaseData> Recipes()
    {
        yield return new TestCaseData("map-province-lq.png", (Func<Plot>)MapRecipes.ProvinceLq).SetName("Province_LQ_choropleth_matches_the_README_image");
        yield return new TestCaseData("map-us-lisa.png", (Func<Plot>)MapRecipes.UsAreaLisa).SetName("US_LISA_cluster_map_matches_the_README_image");
        yield return new TestCaseData("map-us-areas.png", (Func<Plot>)(() => MapRecipes.UsStateAreas())).SetName("US_natural_breaks_map_matches_the_README_image");
    }

    [TestCaseSource(nameof(Recipes))]
    public void Recipe(string image, Func<Plot> recipe)
    {
        var path = Repo.Artifact("charts", image);
        Assert.That(recipe().Save(path), Is.EqualTo(ChartFormat.Png));
        PlotAssert.IsDrawnPng(File.ReadAllBytes(path), ChartOutput.DefaultWidth, ChartOutput.DefaultHeight);
        PlotAssert.LooksLike(path, PlotAssert.ReadmeImage(image));
    }

    [Test]
    public void The_SVG_map_keeps_the_Chinese_labels_as_text_in_the_CJK_font()
    {
        var svg = MapRecipes.ProvinceLq().ToSvg();
        Assert.That(svg, Does.Contain("浙江").And.Contain("四川").And.Contain("WenQuanYi"));
        Assert.That(svg, Does.Contain("<path"));
    }

    [Test]
    public void The_footnote_states_the_scale_the_projection_and_the_regions_without_data()
    {
        var values = MapRecipes.HosieryLq();
        values.Remove("四川");
        var plot = Charts.Choropleth(MapRecipes.ProvinceAreas(values), "LQ", new ChoroplethOptions { Scale = MapScale.Diverging });
        var footnote = string.Join(" ", plot.Axes.Bottom is var _ ? plot.Axes.GetAxes().Select(a => a.Label.Text) : []);
        Assert.That(footnote, Does.Contain("Diverging scale centred at 1").And.Contain("Projection: planar coordinates as given").And.Contain("No data: 四川."));
        Assert.That(plot.Legend.ManualItems.Select(i => i.LabelText), Does.Contain("no data"));
    }

    [Test]
    public void A_classed_map_lists_each_class_with_its_bounds_and_count()
    {
        var values = new Dictionary<string, double>
        {
            ["吉林"] = 1, ["河北"] = 2, ["辽宁"] = 3, ["四川"] = 10, ["河南"] = 11,
            ["山东"] = 12, ["江苏"] = 30, ["浙江"] = 31, ["广东"] = 32, ["福建"] = 33,
        };
        var plot = Charts.Choropleth(MapRecipes.ProvinceAreas(values), "natural breaks", new ChoroplethOptions { Scale = MapScale.NaturalBreaks, Classes = 3, ValueTitle = "firms" });
        Assert.That(plot.Legend.ManualItems.Select(i => i.LabelText), Is.EqualTo(new[] { "firms", "1 – 3 (3)", "3 – 12 (3)", "12 – 33 (4)" }));
    }

    [Test]
    public void Tied_values_give_fewer_classes_and_the_footnote_says_so()
    {
        var values = MapRecipes.HosieryLq().ToDictionary(kv => kv.Key, kv => kv.Key == "浙江" ? 2.0 : 1.0, StringComparer.Ordinal);
        var plot = Charts.Choropleth(MapRecipes.ProvinceAreas(values), "ties", new ChoroplethOptions { Scale = MapScale.Quantiles, Classes = 4 });
        var footnote = string.Join(" ", plot.Axes.GetAxes().Select(a => a.Label.Text));
        Assert.That(footnote, Does.Contain("2 (of 4 asked"));
        Assert.That(plot.Legend.ManualItems.Select(i => i.LabelText), Is.EqualTo(new[] { "1 (9)", "1 – 2 (1)" }));
    }

    [Test]
    public void Bad_regions_and_values_are_refused_naming_the_region()
    {
        var factory = new GeometryFactory();
        var square = factory.CreatePolygon([new(0, 0), new(1, 0), new(1, 1), new(0, 1), new(0, 0)]);
        Assert.That(() => Charts.Choropleth([new MapArea("a", factory.CreatePoint(new Coordinate(0, 0)), 1)], "t"),
            Throws.InstanceOf<ClusterStatsException>().With.Message.Contains("'a' has a Point geometry"));
        Assert.That(() => Charts.Choropleth([new MapArea("a", square, 1), new MapArea("a", square, 2)], "t"),
            Throws.InstanceOf<ClusterStatsException>().With.Message.Contains("'a' is given twice"));
        Assert.That(() => Charts.Choropleth([new MapArea("b", square, double.PositiveInfinity)], "t"),
            Throws.InstanceOf<ClusterStatsException>().With.Message.Contains("'b' has the value ∞").Or.Message.Contains("'b' has the value Infinity"));
        Assert.That(() => Charts.Choropleth([new MapArea("c", square, null)], "t"),
            Throws.InstanceOf<ClusterStatsException>().With.Message.Contains("No region of the map has a value"));
        Assert.That(() => Charts.Choropleth([new MapArea("d", square, -0.5)], "t", new ChoroplethOptions { Scale = MapScale.Diverging }),
            Throws.InstanceOf<ClusterStatsException>().With.Message.Contains("'d' has the value -0.5"));
        Assert.That(() => Charts.Choropleth([new MapArea("e", square, 1)], "t", new ChoroplethOptions { Classes = 1 }),
            Throws.InstanceOf<ClusterStatsException>().With.Message.Contains("expected 2 to 9"));
        Assert.That(() => Charts.Choropleth([], "t"), Throws.InstanceOf<ClusterStatsException>());
    }

    [Test]
    public void Degrees_out_of_range_are_refused_by_a_geographic_projection()
    {
        var factory = new GeometryFactory();
        var square = factory.CreatePolygon([new(0, 0), new(200, 0), new(200, 1), new(0, 1), new(0, 0)]);
        Assert.That(() => Charts.Choropleth([new MapArea("far", square, 1)], "t", new ChoroplethOptions { Projection = MapProjection.UsAlbers }),
            Throws.InstanceOf<ClusterStatsException>().With.Message.Contains("Region 'far' has the coordinate (200, 0)"));
    }
}
