using System.Text;

namespace ClusterStats.Tests.Plotting;

public class PlotCliTests
{
    private DirectoryInfo _dir = null!;

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("clusterstats-plot-");

    [TearDown]
    public void DeleteFolder() => _dir.Delete(recursive: true);

    private string Csv(string text)
    {
        var path = Path.Combine(_dir.FullName, "towns.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Test]
    public void Lorenz_writes_a_png_of_the_default_size_and_prints_the_gini()
    {
        var input = Csv("region,value\n龙新区山和镇,551.01\n仁中区万广街道,429.19\n\"金华经济技术开发区,秋滨街道\",0\n");
        var outPath = Path.Combine(_dir.FullName, "lorenz.png");
        var (code, stdout, stderr) = Run("plot", "lorenz", "--input", input, "--out", outPath);
        Assert.That(code, Is.EqualTo(0), stderr);
        // Sorted 0, 429.19, 551.01 of 980.2: G = 1 - (1/3)(0 + 429.19/980.2 + (429.19/980.2 + 1)) = 0.3748 (to 4 places).
        Assert.That(stdout, Does.Contain("Gini 0.3748 over 3 regions").And.Contain("(PNG, 800x600)"));
        PlotAssert.IsDrawnPng(File.ReadAllBytes(outPath), 800, 600);
    }

    [Test]
    public void Format_wins_over_the_extension_and_size_options_apply()
    {
        var input = Csv("region,value\n小北河,35\n大唐,750\n辽源,120\n");
        var outPath = Path.Combine(_dir.FullName, "lorenz.png");
        var (code, stdout, stderr) = Run("plot", "lorenz", "--input", input, "--out", outPath, "--format", "svg", "--width", "640", "--height", "400");
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(stdout, Does.Contain("(SVG, 640x400)"));
        var svg = File.ReadAllText(outPath);
        Assert.That(svg, Does.Contain("<svg").And.Contain("width=\"640\""));
    }

    [Test]
    public void A_bad_value_names_file_line_column_text_and_expectation()
    {
        var input = Csv("region,value\n小北河,35\n大唐,lots\n");
        var (code, _, stderr) = Run("plot", "lorenz", "--input", input, "--out", Path.Combine(_dir.FullName, "x.png"));
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain(input + ":3:value: found 'lots'; expected a finite number"));
    }

    [TestCase("--format", "jpeg")]
    [TestCase("--width", "wide")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        var input = Csv("region,value\nA,1\n");
        var (code, _, stderr) = Run("plot", "lorenz", "--input", input, "--out", Path.Combine(_dir.FullName, "x.png"), option, value);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain(value));
    }

    [TestCase("x.jpg")]
    [TestCase("a.gif")]
    [TestCase("chart")]
    [TestCase("chart.png.txt")]
    public void An_unknown_extension_without_format_is_an_argument_error(string name)
    {
        // The arguments alone decide: exit 2, before any input is read (a missing input changes nothing).
        var input = Csv("region,value\nA,1\nB,2\n");
        foreach (var source in new[] { input, Path.Combine(_dir.FullName, "no-such-input.csv") })
        {
            var (code, _, stderr) = Run("plot", "lorenz", "--input", source, "--out", Path.Combine(_dir.FullName, name));
            Assert.That(code, Is.EqualTo(2), stderr);
            Assert.That(stderr, Does.Contain(name).And.Contain(".png or .svg"));
            Assert.That(File.Exists(Path.Combine(_dir.FullName, name)), Is.False);
        }
        // With --format the extension is free, and any case of .png or .svg names its format.
        Assert.That(Run("plot", "lorenz", "--input", input, "--out", Path.Combine(_dir.FullName, name), "--format", "svg").Code, Is.EqualTo(0));
        Assert.That(File.ReadAllText(Path.Combine(_dir.FullName, name)), Does.Contain("<svg"));
        Assert.That(Run("plot", "lorenz", "--input", input, "--out", Path.Combine(_dir.FullName, "upper.SVG")).Code, Is.EqualTo(0));
    }

    private string Out(string name) => Path.Combine(_dir.FullName, name);

    private static string Panel => Path.Combine(PlotAssert.RepoRoot, "data", "regional-employment.csv");

    [Test]
    public void Compare_draws_xiaobeihe_and_its_peers_from_the_reference_dataset()
    {
        var (code, stdout, stderr) = Run("plot", "compare", "xiaobeihe", "--out", Out("chart.png"));
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(stdout, Does.Contain("(PNG, 800x600)"));
        PlotAssert.IsDrawnPng(File.ReadAllBytes(Out("chart.png")), 800, 600);
    }

    [Test]
    public void Compare_takes_the_metric_peers_year_and_currency_of_the_compare_verb()
    {
        var (code, stdout, stderr) = Run("plot", "compare", "xiaobeihe", "--metric", "output_value", "--peers", "datang,liaoyuan,nara",
            "--currency", "USD", "--out", Out("chart.png"), "--format", "svg");
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(stdout, Does.Contain("(SVG, 800x600)"));
        var svg = File.ReadAllText(Out("chart.png"));
        // Nara's output value is in JPY: converted to USD; Yiwu is not among the peers asked for.
        Assert.That(svg, Does.Contain("USD").And.Contain("奈良县").And.Not.Contain("义乌"));
    }

    [TestCase("compare")]
    [TestCase("bubbles")]
    [TestCase("timeseries")]
    public void An_unknown_cluster_is_invalid_input_listing_the_known_ids(string chart)
    {
        var (code, _, stderr) = Run("plot", chart, "atlantis", "--out", Out("x.png"));
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain("Unknown cluster 'atlantis'. Known ids:").And.Contain("xiaobeihe"));
        Assert.That(File.Exists(Out("x.png")), Is.False);
    }

    [Test]
    public void A_currency_that_is_not_iso_is_a_usage_error_as_in_compare()
    {
        var (code, _, stderr) = Run("plot", "compare", "xiaobeihe", "--currency", "yuan", "--out", Out("x.png"));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("--currency 'yuan' is not an ISO 4217 currency code").And.Contain("CNY, EUR, JPY, KRW, USD"));
    }

    [Test]
    public void Timeseries_and_bubbles_write_charts_of_the_requested_size()
    {
        var (code, _, stderr) = Run("plot", "timeseries", "xiaobeihe", "--indicator", "pairs_per_year", "--out", Out("ts.png"), "--width", "1000", "--height", "500");
        Assert.That(code, Is.EqualTo(0), stderr);
        PlotAssert.IsDrawnPng(File.ReadAllBytes(Out("ts.png")), 1000, 500);
        (code, _, stderr) = Run("plot", "bubbles", "xiaobeihe", "--currency", "CNY", "--out", Out("b.png"));
        Assert.That(code, Is.EqualTo(0), stderr);
        PlotAssert.IsDrawnPng(File.ReadAllBytes(Out("b.png")), 800, 600);
    }

    [Test]
    public void Lq_and_shift_share_read_a_panel_by_column_and_year()
    {
        var (code, _, stderr) = Run("plot", "lq", "--input", Panel, "--value-column", "employment", "--year", "2023", "--out", Out("lq.png"));
        Assert.That(code, Is.EqualTo(0), stderr);
        PlotAssert.IsDrawnPng(File.ReadAllBytes(Out("lq.png")), 800, 600);
        (code, _, stderr) = Run("plot", "shift-share", "--input", Panel, "--value-column", "employment", "--base", "2018", "--end", "2023", "--out", Out("ss.png"));
        Assert.That(code, Is.EqualTo(0), stderr);
        PlotAssert.IsDrawnPng(File.ReadAllBytes(Out("ss.png")), 800, 600);
    }

    [Test]
    public void Lq_of_a_panel_without_year_is_a_usage_error_naming_the_years()
    {
        var (code, _, stderr) = Run("plot", "lq", "--input", Panel, "--value-column", "employment", "--out", Out("lq.png"));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("holds the years 2018, 2023: choose one with --year"));
    }
}
