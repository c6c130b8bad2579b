using System.Text;

namespace ClusterStats.Tests.Evidence;

/// <summary>
/// A cluster of your own beside the reference dataset: your regions merged over the embedded ones, your figures added
/// to the reference figures, peers of the same product focus across both.
/// </summary>
public class YourOwnClusterTests
{
    private const string Header = "cluster,indicator,value,unit,year,source_title,confidence";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Temp(string name, byte[] content)
    {
        var dir = Path.Combine(Path.GetTempPath(), "cs-own-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static IReadOnlyList<Region> Regions(string rows) =>
        RegionCsv.Read(Utf8("id,kind,name_en,name_zh,name_ja,country,product_focus,currency,latitude,longitude\n" + rows), "regions.csv");

    private static FigureSet Figures(string rows) => FigureCsv.Read(Utf8(Header + "\n" + rows), "mine.csv");

    // A made-up sock town of 2023, used only by these tests.
    private static readonly string TestTown = "testtown,cluster,Test Town,测试镇,テスト町,China,socks (nylon),CNY,29.5,120.25\n";

    private static readonly string TestTownFigures =
        "testtown,pairs_per_year,300000000,pairs,2023,County yearbook,high\n" +
        "testtown,firm_count,120,firms,2023,County yearbook,high\n" +
        "testtown,output_value,1500000000,CNY,2023,County yearbook,high\n";

    [Test]
    public void A_regions_file_reads_currency_and_coordinates_beside_the_names()
    {
        var path = Temp("regions.csv", Utf8("id,kind,name_en,name_zh,name_ja,country,product_focus,currency,latitude,longitude\n" + TestTown));
        var region = RegionCsv.Read(path).Single();
        Assert.That(region, Is.EqualTo(new Region("testtown", RegionKind.Cluster, "Test Town", "测试镇", "テスト町", "China", null, null, null, null, "socks (nylon)")
        {
            Currency = Currency.CNY,
            Latitude = 29.5m,
            Longitude = 120.25m,
        }));
        // The embedded file has no such columns: they are optional.
        Assert.That(ReferenceData.Load().FindRegion("datang")!.Currency, Is.Null);
    }

    [TestCase("testtown,cluster,Test Town,,,China,socks,RMB,29.5,120\n", "regions.csv:2:currency: found 'RMB'; expected an ISO 4217 currency code: 'CNY' ('RMB' is an alias of it)")]
    [TestCase("testtown,cluster,Test Town,,,China,socks,XYZ,29.5,120\n", "regions.csv:2:currency: found 'XYZ'; expected an ISO 4217 currency code known to ClusterStats")]
    [TestCase("testtown,cluster,Test Town,,,China,socks,pairs,29.5,120\n", "regions.csv:2:currency: found 'pairs'; expected an ISO 4217 currency code known to ClusterStats")]
    [TestCase("testtown,cluster,Test Town,,,China,socks,CNY,95,120\n", "regions.csv:2:latitude: found '95'; expected decimal degrees from -90 to 90")]
    [TestCase("testtown,cluster,Test Town,,,China,socks,CNY,29.5,\n", "regions.csv:2:longitude: found ''; expected both latitude and longitude, or neither")]
    [TestCase("testtown,cluster,Test Town,,,China,socks,CNY,north,120\n", "regions.csv:2:latitude: found 'north'; expected ")]
    [TestCase("Test Town,cluster,Test Town,,,China,socks,,,\n", "regions.csv:2:id: found 'Test Town'; expected lower-case letters, digits and '-'")]
    [TestCase("testtown,town,Test Town,,,China,socks,,,\n", "regions.csv:2:kind: found 'town'; expected cluster or reference")]
    public void A_bad_regions_file_names_file_line_column_found_and_expected(string row, string expected)
    {
        var ex = Assert.Throws<InputException>(() => Regions(row));
        Assert.That(ex!.Message, Does.StartWith(expected));
    }

    [Test]
    public void Your_regions_override_the_reference_by_id_and_new_ones_follow()
    {
        var reference = ReferenceData.Load();
        var mine = Regions(TestTown + "datang,cluster,Datang,大唐,大唐,China,socks,CNY,,\n");
        var merged = reference.WithRegions(mine);
        Assert.That(merged.Regions.Select(r => r.Id), Is.EqualTo(reference.Regions.Select(r => r.Id).Append("testtown")));
        Assert.That(merged.FindRegion("datang")!.NameZh, Is.EqualTo("大唐"), "yours replace the reference region of the same id, whole");
        Assert.That(merged.FindRegion("datang")!.Province, Is.Null);
        Assert.That(merged.FindRegion("xiaobeihe"), Is.EqualTo(reference.FindRegion("xiaobeihe")));
        Assert.That(reference.FindRegion("datang")!.NameZh, Is.EqualTo("大唐街道 (诸暨)"), "the reference dataset itself is unchanged");
        Assert.Throws<ArgumentException>(() => reference.WithRegions([mine[0], mine[0]]));
    }

    [Test]
    public void A_report_read_back_adds_nothing_to_the_reference()
    {
        var dir = Path.Combine(Path.GetTempPath(), "cs-own-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var reference = ReferenceData.Load();
            ClusterReport.Create(reference, "datang").WriteTo(dir);
            var readBack = FigureCsv.Read(Path.Combine(dir, "figures.csv"));
            Assert.That(readBack, Is.Not.Empty);
            var combined = reference.WithFigures(readBack);
            Assert.That(combined.Figures, Is.EqualTo(reference.Figures), "every figure of the report's figures.csv is a reference figure");
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void A_figure_of_another_source_for_a_reference_id_is_one_more_source()
    {
        var reference = ReferenceData.Load();
        var known = reference.Figures.Where("datang", Indicator.FirmCount).First(f => f.Year.From is not null && f.Qualifier == Qualifier.Exact);
        var other = known with { Quantity = new Quantity(known.Quantity.Value * 3, known.Quantity.Unit), Source = known.Source with { Title = "My survey" } };
        var combined = reference.WithFigures(new FigureSet([known, other]));
        Assert.That(combined.Figures.Count, Is.EqualTo(reference.Figures.Count + 1), "the same figure once, the other source added");
        Assert.That(combined.Figures[^1], Is.EqualTo(other));
        var conflict = combined.Figures.Where("datang", Indicator.FirmCount).Conflicts()
            .Single(g => g.Figures.Contains(other));
        Assert.That(conflict.Figures, Does.Contain(known));
        var range = combined.Figures.Where(f => f.RegionId == "datang" && f.Indicator == Indicator.FirmCount && f.Year == known.Year && f.Scope == known.Scope).Range()!;
        Assert.That(range.Highest, Is.EqualTo(other));
    }

    [Test]
    public void Your_sock_cluster_is_compared_with_the_reference_sock_clusters_under_your_names()
    {
        var data = ReferenceData.Load().WithRegions(Regions(TestTown)).WithFigures(Figures(TestTownFigures));
        var report = ClusterReport.Create(data, "testtown");
        Assert.That(report.Title, Does.Contain("Test Town").And.Contain("测试镇").And.Contain("テスト町"));
        var ids = report.Comparison.Rows.Select(r => r.RegionId).ToList();
        Assert.That(ids[0], Is.EqualTo("testtown"));
        Assert.That(ids, Is.SupersetOf(new[] { "xiaobeihe", "datang", "yiwu" }), "socks (nylon) meets every sock cluster of the reference");
        Assert.That(report.Comparison.Rows[0].LabelZh, Is.EqualTo("测试镇"));
        // And from the reference side, the new sock cluster is a peer of the reference clusters.
        var fromDatang = global::ClusterStats.Comparison.Create(data.Figures, new ComparisonOptions("datang") { Regions = data.Regions, Rates = data.ExchangeRates });
        Assert.That(fromDatang.Rows.Select(r => r.RegionId), Does.Contain("testtown"));
    }

    [Test]
    public void Peers_follow_a_product_focus_of_your_own()
    {
        var regions = Regions(
            "towel-a,cluster,Towel A,毛巾甲,,China,towels,CNY,,\n" +
            "towel-b,cluster,Towel B,毛巾乙,,China,Towels (terry),CNY,,\n");
        var figures = Figures(
            "towel-a,firm_count,50,firms,2023,Yearbook,high\n" +
            "towel-b,firm_count,70,firms,2023,Yearbook,high\n");
        var data = ReferenceData.Load().WithRegions(regions).WithFigures(figures);
        var comparison = global::ClusterStats.Comparison.Create(data.Figures, new ComparisonOptions("towel-a") { Regions = data.Regions, Year = 2023 });
        Assert.That(comparison.Rows.Select(r => r.RegionId), Is.EqualTo(new[] { "towel-a", "towel-b" }));
    }

    [Test]
    public void A_reference_cluster_given_another_focus_by_your_regions_meets_the_clusters_of_that_focus()
    {
        var reference = ReferenceData.Load();
        var datang = reference.FindRegion("datang")! with { ProductFocus = "towels" };
        var data = reference.WithRegions([datang, .. Regions("towel-a,cluster,Towel A,毛巾甲,,China,Towels (terry),CNY,,\n")])
            .WithFigures(Figures("towel-a,firm_count,50,firms,2023,Yearbook,high\n"));
        var comparison = global::ClusterStats.Comparison.Create(data.Figures, new ComparisonOptions("datang") { Regions = data.Regions, Year = 2023 });
        Assert.That(comparison.Rows.Select(r => r.RegionId), Is.EqualTo(new[] { "datang", "towel-a" }));
        var xiaobeihe = global::ClusterStats.Comparison.Create(data.Figures, new ComparisonOptions("xiaobeihe") { Regions = data.Regions, Rates = data.ExchangeRates, RatePolicy = MissingRatePolicy.NearestYear });
        Assert.That(xiaobeihe.Rows.Select(r => r.RegionId), Does.Not.Contain("towel-a"));
    }

    [Test]
    public void A_cluster_without_a_product_focus_is_told_how_to_give_peers_or_a_focus()
    {
        var data = ReferenceData.Load().WithFigures(Figures(TestTownFigures));
        var ex = Assert.Throws<ClusterStatsException>(() => ClusterReport.Create(data, "testtown"));
        Assert.That(ex!.Message, Does.Contain("'testtown'").And.Contain("product focus is unknown")
            .And.Contain("ComparisonOptions.Peers").And.Contain("product_focus").And.Not.Contain("--"));
        // Listing the peers works without a focus.
        var report = ClusterReport.Create(data, "testtown", new ReportOptions { Peers = ["datang"] });
        Assert.That(report.Comparison.Rows.Select(r => r.RegionId), Is.EqualTo(new[] { "testtown", "datang" }));
    }

    [Test]
    public void Money_of_a_cluster_without_money_figures_is_shown_in_its_regions_currency()
    {
        var regions = Regions("zeromoney,cluster,Zero Money,,,China,socks,CNY,,\n");
        var data = ReferenceData.Load().WithRegions(regions).WithFigures(Figures("zeromoney,firm_count,10,firms,2023,Yearbook,high\n"));
        var comparison = global::ClusterStats.Comparison.Create(data.Figures,
            new ComparisonOptions("zeromoney") { Regions = data.Regions, Rates = data.ExchangeRates, Year = 2023, RatePolicy = MissingRatePolicy.NearestYear });
        Assert.That(comparison.Currency, Is.EqualTo(Currency.CNY));
    }

    [Test]
    public void An_unknown_indicator_lists_the_known_ones_and_the_nearest()
    {
        var set = Figures("testtown,looms_per_firm,3,1,2023,Yearbook,high\n");
        Assert.That(set.KnownIndicator("looms_per_firm").Name, Is.EqualTo("looms_per_firm"));
        Assert.That(set.KnownIndicator("rank"), Is.EqualTo(Indicator.Rank));
        var ex = Assert.Throws<UnknownIndicatorException>(() => set.KnownIndicator("pairs_per_yr"));
        Assert.That(ex!.Nearest, Is.EqualTo("pairs_per_year"));
        Assert.That(ex.KnownNames, Does.Contain("looms_per_firm").And.Contain("knitting_machines"));
        Assert.That(ex.Message, Does.StartWith("Unknown indicator 'pairs_per_yr'; did you mean 'pairs_per_year'? Known indicators: pairs_per_year,"));
        var far = Assert.Throws<UnknownIndicatorException>(() => set.KnownIndicator("zzz"));
        Assert.That(far!.Nearest, Is.Null);
    }
}
