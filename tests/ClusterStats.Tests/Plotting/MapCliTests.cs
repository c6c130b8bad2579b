using System.Globalization;
using System.Text;

namespace ClusterStats.Tests.Plotting;

public class MapCliTests
{
    private DirectoryInfo _dir = null!;

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("clusterstats-map-");

    [TearDown]
    public void DeleteFolder() => _dir.Delete(recursive: true);

    private static string Hexes => Path.Combine(PlotAssert.RepoRoot, "data", "geometry", "province-hexes.geojson");

    private static string UsStates => Path.Combine(PlotAssert.RepoRoot, "data", "geometry", "us-states.geojson");

    private string Csv(string text, string name = "values.csv")
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    // The hosiery LQ of the synthetic panel, 2023, with round-trip numbers.
    private string LqCsv(IEnumerable<string>? leaveOut = null) => Csv("region,lq\n" + string.Concat(MapRecipes.HosieryLq()
        .Where(kv => leaveOut?.Contains(kv.Key) != true)
        .Select(kv => kv.Key + "," + kv.Value.ToString("R", CultureInfo.InvariantCulture) + "\n")));

    private string Out(string name) => Path.Combine(_dir.FullName, name);

    [Test]
    public void A_diverging_LQ_map_of_the_provinces_is_drawn_with_Chinese_labels()
    {
        var (code, stdout, stderr) = CliRunner.Run("plot", "map", "--input", LqCsv(), "--geometry", Hexes, "--scale", "diverging", "--out", Out("lq.svg"));
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(stdout, Does.Contain("(SVG, 800x600)"));
        var svg = File.ReadAllText(Out("lq.svg"));
        Assert.That(svg, Does.Contain("浙江").And.Contain("location quotient").Or.Contain("lq"));
        Assert.That(svg, Does.Contain("Diverging scale centred at 1").And.Contain("planar coordinates as given"));
    }

    [TestCase("quantiles")]
    [TestCase("Equal-Interval")]
    [TestCase("natural-breaks")]
    [TestCase("continuous")]
    public void Every_scale_draws_a_png(string scale)
    {
        var (code, _, stderr) = CliRunner.Run("plot", "map", "--input", LqCsv(), "--geometry", Hexes, "--scale", scale, "--out", Out("m.png"));
        Assert.That(code, Is.EqualTo(0), stderr);
        PlotAssert.IsDrawnPng(File.ReadAllBytes(Out("m.png")), 800, 600);
    }

    [Test]
    public void US_states_by_name_on_the_USGS_Albers_projection()
    {
        var input = Csv("state,pairs\nCalifornia,12.5\nTexas,3\nNevada,7\nOregon,1\n");
        var (code, _, stderr) = CliRunner.Run("plot", "map", "--input", input, "--geometry", UsStates, "--id-property", "name", "--region-column", "state",
            "--unmatched", "drop", "--projection", "us-albers", "--classes", "2", "--out", Out("us.svg"));
        Assert.That(code, Is.EqualTo(0), stderr);
        var svg = File.ReadAllText(Out("us.svg"));
        Assert.That(svg, Does.Contain("standard parallels 29.5°").And.Contain("45.5°").And.Contain("Left out, no value: Alabama"));
        Assert.That(svg, Does.Contain("and 42 more (52 in all)"), "56 features less the 4 with a value");
    }

    [Test]
    public void Unmatched_regions_are_an_error_listing_the_ids_unless_dropped()
    {
        var input = Csv("region,value\n浙江,1.5\n台湾,2\n");
        var (code, _, stderr) = CliRunner.Run("plot", "map", "--input", input, "--geometry", Hexes, "--out", Out("x.png"));
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain("台湾").And.Contain("江苏"));
        Assert.That(File.Exists(Out("x.png")), Is.False);
        var (dropped, stdout, err) = CliRunner.Run("plot", "map", "--input", input, "--geometry", Hexes, "--unmatched", "drop", "--out", Out("x.svg"));
        Assert.That(dropped, Is.EqualTo(0), err);
        Assert.That(File.ReadAllText(Out("x.svg")), Does.Contain("Left out, no geometry: 台湾."));
        _ = stdout;
    }

    [Test]
    public void A_year_column_needs_year_and_year_selects_the_rows()
    {
        var input = Csv("region,year,value\n浙江,2018,1\n浙江,2023,2\n江苏,2018,3\n江苏,2023,4\n");
        var (code, _, stderr) = CliRunner.Run("plot", "map", "--input", input, "--geometry", Hexes, "--unmatched", "drop", "--out", Out("y.png"));
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain(input + " holds the years 2018, 2023: choose one"), "the table reader names the years to choose from");
        (code, _, stderr) = CliRunner.Run("plot", "map", "--input", input, "--geometry", Hexes, "--unmatched", "drop", "--year", "2023", "--out", Out("y.svg"));
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(File.ReadAllText(Out("y.svg")), Does.Contain("values.csv, 2023"));
    }

    [Test]
    public void Bad_values_name_file_line_column_and_text()
    {
        var input = Csv("region,value\n浙江,1.5\n江苏,many\n");
        var (code, _, stderr) = CliRunner.Run("plot", "map", "--input", input, "--geometry", Hexes, "--out", Out("x.png"));
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain(input + ":3:value: found 'many'"));
        var twice = Csv("region,value\n浙江,1.5\n浙江,2\n", "twice.csv");
        (code, _, stderr) = CliRunner.Run("plot", "map", "--input", twice, "--geometry", Hexes, "--out", Out("x.png"));
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain(twice + ":3:region: found '浙江'; expected each region once"));
    }

    [Test]
    public void A_geographic_projection_of_planar_coordinates_is_refused()
    {
        var (code, _, stderr) = CliRunner.Run("plot", "map", "--input", LqCsv(), "--geometry", Hexes, "--projection", "albers", "--out", Out("x.png"));
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain("a geographic projection needs degrees"));
    }

    [Test]
    public void Lisa_draws_a_cluster_map_stating_weights_permutations_and_level()
    {
        var (code, _, stderr) = CliRunner.Run("plot", "map", "--input", LqCsv(), "--geometry", Hexes, "--lisa", "--permutations", "499", "--seed", "7",
            "--alpha", "0.1", "--adjust", "fdr", "--out", Out("lisa.svg"));
        Assert.That(code, Is.EqualTo(0), stderr);
        var svg = File.ReadAllText(Out("lisa.svg"));
        foreach (var text in new[] { "alpha = 0.1", "499 conditional permutations", "(seed 7)", "Benjamini-Hochberg", "queen contiguity", "LISA cluster", "浙江" })
            Assert.That(svg, Does.Contain(text));
        // The same seed draws the same map, pixel for pixel.
        foreach (var name in new[] { "first.png", "again.png" })
        {
            (code, _, stderr) = CliRunner.Run("plot", "map", "--input", LqCsv(), "--geometry", Hexes, "--lisa", "--permutations", "499", "--seed", "7", "--out", Out(name));
            Assert.That(code, Is.EqualTo(0), stderr);
        }
        Assert.That(File.ReadAllBytes(Out("again.png")), Is.EqualTo(File.ReadAllBytes(Out("first.png"))));
    }

    [Test]
    public void An_island_is_an_error_naming_it_unless_kept()
    {
        // Without 辽宁, 吉林 has no neighbour among the hexagons left.
        var input = LqCsv(leaveOut: ["辽宁"]);
        var (code, _, stderr) = CliRunner.Run("plot", "map", "--input", input, "--geometry", Hexes, "--lisa", "--unmatched", "drop", "--out", Out("i.png"));
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain("吉林"));
        (code, _, stderr) = CliRunner.Run("plot", "map", "--input", input, "--geometry", Hexes, "--lisa", "--unmatched", "drop", "--islands", "keep", "--out", Out("i.svg"));
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(File.ReadAllText(Out("i.svg")), Does.Contain("no neighbours (1)"));
    }

    [TestCase("--permutations", "99", "--permutations apply to --lisa")]
    [TestCase("--lisa", "--scale", "--scale apply to a choropleth, not to --lisa")]
    [TestCase("--lisa", "--adjust", "--adjust 'holm' is not one of: bonferroni, fdr.")]
    public void Lisa_options_and_choropleth_options_do_not_mix(string first, string second, string message)
    {
        var args = new List<string> { "plot", "map", "--input", "v.csv", "--geometry", Hexes, "--out", Out("x.png"), first, second };
        if (second == "--scale") args.Add("quantiles");
        if (second == "--adjust") args.Add("holm");
        var (code, _, stderr) = CliRunner.Run([.. args]);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain(message));
    }

    [TestCase("--scale", "jenks", "--scale 'jenks' is not one of: quantiles, equal-interval, natural-breaks, continuous, diverging.")]
    [TestCase("--classes", "12", "--classes must be from 2 to 9")]
    [TestCase("--projection", "mercator", "is not one of: auto, albers, us-albers, equirectangular, planar")]
    [TestCase("--year", "99", "--year must be from 1000 to 9999")]
    public void Bad_options_are_usage_errors(string option, string value, string message)
    {
        var (code, _, stderr) = CliRunner.Run("plot", "map", "--input", "v.csv", "--geometry", Hexes, "--out", Out("x.png"), option, value);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain(message));
    }

    [Test]
    public void Classes_with_a_continuous_scale_are_a_usage_error()
    {
        var (code, _, stderr) = CliRunner.Run("plot", "map", "--input", "v.csv", "--geometry", Hexes, "--out", Out("x.png"), "--scale", "diverging", "--classes", "4");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("--classes applies to the classed scales"));
    }
}
