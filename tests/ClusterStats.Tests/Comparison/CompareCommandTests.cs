using ClusterStats.Cli;

namespace ClusterStats.Tests.Comparison;

public class CompareCommandTests
{
    private string _data = "";

    [OneTimeSetUp]
    public void WriteData()
    {
        _data = Path.Combine(Path.GetTempPath(), $"clusterstats-compare-{Guid.NewGuid():N}.csv");
        FigureCsv.Write(CitedRows.All(), _data);
    }

    [OneTimeTearDown]
    public void DeleteData() => File.Delete(_data);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        int code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Test]
    public void Table_for_people_shows_the_seeds_derived_figures()
    {
        var (code, output, error) = Run("compare", "xiaobeihe", "--peers", "datang", "--year", "2021", "--data", _data, "--no-reference");
        Assert.That(code, Is.EqualTo(0), error);
        // Datang 2021: 75e9 / 27e9 = 2.7777… CNY per pair, ≈2.778 to 4 significant digits (China Daily 2022,
        // cited-figures.csv:51-52), ranked first.
        Assert.That(output, Does.Contain("output_value_per_pair (CNY/pair)"));
        var datangLine = output.Split('\n').SkipWhile(l => !l.StartsWith("output_value_per_pair", StringComparison.Ordinal)).First(l => l.Contains("Datang", StringComparison.Ordinal));
        Assert.That(datangLine, Does.Match(@"Datang .*  ≈2\.778 CNY/pair .* ~2021 +1 "));
        Assert.That(output, Does.Contain("Sources"));
        Assert.That(output, Does.Contain("https://chinaservicesinfo.com/"));
    }

    [Test]
    public void Csv_has_full_precision_and_usd_names_the_rate()
    {
        var (code, output, error) = Run("compare", "datang", "--peers", "xiaobeihe", "--year", "2021", "--format", "csv", "--data", _data, "--no-reference");
        Assert.That(code, Is.EqualTo(0), error);
        // 75e9 / 27e9 = 2.777... to 28 significant digits.
        Assert.That(output, Does.Contain(",output_value_per_pair,2.7777777777777777777777777778,CNY/pair,"));
        Assert.That(output.Split('\n')[0].TrimEnd('\r'), Is.EqualTo("region_id,label_en,label_zh,is_focal,row_year,metric,value,unit,qualifier,low,high,year,rank,share_percent,share_qualifier,share_of,ratio_to_focal,ratio_qualifier,sources,notes"));
    }

    [Test]
    public void Unknown_id_exits_1_listing_the_known_ids()
    {
        var (code, output, error) = Run("compare", "atlantis", "--data", _data, "--no-reference");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(output, Is.Empty);
        Assert.That(error, Is.EqualTo("clusterstats: Unknown cluster 'atlantis'. Known ids: datang, japan, nara, xiaobeihe." + Environment.NewLine));
    }

    [Test]
    public void Usage_errors_exit_2()
    {
        Assert.That(Run("compare", "xiaobeihe", "--format", "pdf", "--data", _data, "--no-reference").Code, Is.EqualTo(2));
        Assert.That(Run("compare", "xiaobeihe", "--currency", "usdx", "--data", _data, "--no-reference").Code, Is.EqualTo(2));
        Assert.That(Run("compare").Code, Is.EqualTo(2));
    }

    [Test]
    public void Html_and_markdown_formats()
    {
        var html = Run("compare", "xiaobeihe", "--peers", "datang", "--format", "html", "--data", _data, "--no-reference");
        Assert.That(html.Code, Is.EqualTo(0), html.Err);
        Assert.That(html.Out, Does.StartWith("<div class=\"clusterstats-comparison\">"));
        var md = Run("compare", "xiaobeihe", "--peers", "datang", "--format", "markdown", "--data", _data, "--no-reference");
        Assert.That(md.Out, Does.Contain("### pairs_per_firm (pairs/firm)"));
    }
}

public class ReferenceDatasetComparisonTests
{
    [Test]
    public void Xiaobeihe_against_every_other_sock_cluster_of_the_reference_dataset()
    {
        var reference = ReferenceData.Load();
        var options = new ComparisonOptions("xiaobeihe") { Regions = reference.Regions, Rates = reference.ExchangeRates, RatePolicy = MissingRatePolicy.NearestYear }
            .PinSource("xiaobeihe", "遼陽・小北河靴下業の発展推進活動が正式に幕を開けた");
        var c = ClusterStats.Comparison.Create(reference.Figures, options);
        // Every sock and hosiery cluster of the dataset is a peer; national and world regions are not.
        Assert.That(c.Rows.Select(r => r.RegionId), Is.EqualTo(ComparisonOptions.SockAndHosieryClusters.Where(id => reference.Figures.RegionIds.Contains(id))));
        var x = c.Rows[0];
        // The seed pinned: 3.5e9 CNY / 2.2e9 pairs = 1.5909 CNY per pair; 2.2e9 / 226 = 9,734,513 pairs per firm.
        Assert.That(decimal.Round(x["output_value_per_pair"].Point!.Value.Value, 4), Is.EqualTo(1.5909m));
        Assert.That(decimal.Truncate(x["pairs_per_firm"].Point!.Value.Value), Is.EqualTo(9_734_513m));
        // Every non-empty cell names at least one source, and every converted cell names its rate.
        foreach (var cell in c.Rows.SelectMany(r => r.Cells).Where(cell => cell.Point is not null))
        {
            Assert.That(cell.Sources, Is.Not.Empty, cell.Metric);
            if (cell.Inputs.Any(f => f.Quantity.Unit.MoneyCurrency is Currency m && m != Currency.CNY))
                Assert.That(cell.Notes, Has.Some.Contains(" annual average "), cell.Metric);
        }
        // Without the pin, all sources of ~2024 give 2.2-2.6 billion pairs.
        var all = ClusterStats.Comparison.Create(reference.Figures, options with { Pins = new Dictionary<string, Func<Figure, bool>>(), Year = 2024 });
        Assert.That((all.Rows[0]["pairs_per_year"].Low, all.Rows[0]["pairs_per_year"].High), Is.EqualTo(((decimal?)2_200_000_000m, (decimal?)2_600_000_000m)));
    }
}
