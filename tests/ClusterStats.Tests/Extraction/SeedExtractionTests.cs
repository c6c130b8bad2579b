using System.Globalization;
using ClusterStats.Extraction;

namespace ClusterStats.Tests.Extraction;

/// <summary>The seed article (seeds/000_c6e03cb025974693.txt, published 2024-07-25) yields exactly its figures, with quotes and spans.</summary>
public class SeedExtractionTests
{
    internal static string RepoFile(params string[] parts)
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClusterStats.sln"))) dir = dir.Parent;
        Assert.That(dir, Is.Not.Null, "the repository root (ClusterStats.sln) above the test directory");
        return Path.Combine([dir!.FullName, .. parts]);
    }

    internal static string SeedText() => File.ReadAllText(RepoFile("seeds", "000_c6e03cb025974693.txt"));

    internal static readonly ArticleInfo SeedArticle = new("遼陽・小北河靴下業の発展推進活動が正式に幕を開けた", null, null, "2024-07-25");

    private static IReadOnlyList<CandidateFigure> Extract() => new FigureExtractor().Extract(SeedText(), SeedArticle);

    // Expected: every figure of seeds/README.md that is a quantity, title year or history figure, in text order.
    // indicator, value, unit, qualifier, year, quote.
    private static readonly (string Indicator, decimal Value, string Unit, string Year, string Quote)[] Expected =
    [
        ("history_years", 40m, "years", "~2024", "40年来"),
        ("pairs_per_year", 2_200_000_000m, "pairs", "~2024", "現在では年間22億足の靴下を生産し"),
        ("output_value", 3_500_000_000m, "CNY", "~2024", "生産額は35億元に達し"),
        ("rank", 2m, "rank", "~2024", "綿靴下の生産量の全国第2位に位置し"),
        ("designation_year", 2021m, "year", "2021", "2021年に中国紡績工業連合会から「中国靴下業名鎮」の称号を授与された"),
        ("firm_count", 226m, "firms", "~2024", "ここには226社の靴下業企業が集まり"),
        ("signed_projects", 15m, "projects", "~2024", "契約項目は15項目に達した"),
        ("brand_show_firms", 8m, "firms", "~2024", "8社の小北河靴下業企業が共同で持ってきた一風変わったブランド合同展示会は"),
    ];

    [Test]
    public void The_seed_yields_exactly_its_figures_in_text_order()
    {
        var found = Extract();
        var actual = found.Select(c => (c.Figure.Indicator.Name, c.Figure.Quantity.Value, c.Figure.Quantity.Unit.Code, c.Figure.Year.ToString(), c.Quote)).ToArray();
        Assert.That(actual, Is.EqualTo(Expected), string.Join("\n", found));
    }

    [Test]
    public void Every_seed_candidate_is_exact_about_xiaobeihe_and_quotes_the_text_at_its_span()
    {
        var text = SeedText();
        foreach (var c in Extract())
        {
            Assert.Multiple(() =>
            {
                Assert.That(c.Figure.RegionId, Is.EqualTo("xiaobeihe"), c.ToString());
                Assert.That(c.Figure.Qualifier, Is.EqualTo(Qualifier.Exact), c.ToString());
                Assert.That(c.Figure.IsTarget, Is.False, c.ToString());
                Assert.That(text[c.QuoteStart..c.QuoteEnd], Is.EqualTo(c.Quote));
                Assert.That(c.FigureStart, Is.GreaterThanOrEqualTo(c.QuoteStart));
                Assert.That(c.FigureEnd, Is.LessThanOrEqualTo(c.QuoteEnd));
                Assert.That(c.Figure.Source.Confidence, Is.EqualTo(Confidence.Low), "the analyst sets the source confidence");
                Assert.That(c.Figure.Source.Published, Is.EqualTo("2024-07-25"));
                Assert.That(c.Reason, Is.Not.Empty);
            });
        }
    }

    [Test]
    public void Built_in_indicators_are_confident_others_are_marked_lower()
    {
        var byIndicator = Extract().ToDictionary(c => c.Figure.Indicator.Name);
        foreach (var name in new[] { "pairs_per_year", "output_value", "rank", "firm_count" })
            Assert.That(byIndicator[name].ExtractionConfidence, Is.GreaterThanOrEqualTo(0.8m), name);
        foreach (var name in new[] { "designation_year", "signed_projects", "brand_show_firms" })
            Assert.That(byIndicator[name].ExtractionConfidence, Is.InRange(0.3m, 0.6m), name);
        Assert.That(byIndicator["history_years"].ExtractionConfidence, Is.LessThan(0.4m));
        Assert.That(byIndicator["pairs_per_year"].YearBasis, Is.EqualTo(YearBasis.Publication));
        Assert.That(byIndicator["pairs_per_year"].Figure.Year.IsApproximate, Is.True);
        Assert.That(byIndicator["designation_year"].YearBasis, Is.EqualTo(YearBasis.Stated));
        Assert.That(byIndicator["rank"].Figure.Scope, Is.EqualTo("national, cotton socks"));
    }

    [Test]
    public void The_reason_names_the_words_that_matched()
    {
        var byIndicator = Extract().ToDictionary(c => c.Figure.Indicator.Name);
        Assert.Multiple(() =>
        {
            Assert.That(byIndicator["pairs_per_year"].Reason, Does.Contain("足").And.Contain("小北河"));
            Assert.That(byIndicator["output_value"].Reason, Does.Contain("生産額"));
            Assert.That(byIndicator["rank"].Reason, Does.Contain("全国"));
            Assert.That(byIndicator["signed_projects"].Reason, Does.Contain("契約"));
            Assert.That(byIndicator["brand_show_firms"].Reason, Does.Contain("展示会"));
        });
    }

    // Numbers of the seed that a careful reader would not call figures (seeds/README.md): none may become a candidate.
    [TestCase("第二に")]
    [TestCase("第一に")]
    [TestCase("第三に")]
    [TestCase("第一動力")]
    [TestCase("2300年の歳月")]
    [TestCase("3年間")]
    [TestCase("兆元基地")]
    [TestCase("7月24日")]
    [TestCase("7月20日から24日")]
    [TestCase("5日間")]
    [TestCase("2024/7/25 11:22:00")]
    [TestCase("一人一人")]
    [TestCase("29年連続")]
    public void A_number_that_is_not_a_figure_yields_no_candidate(string fragment)
    {
        var text = SeedText();
        int at = text.IndexOf(fragment, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), "the fragment is in the seed");
        var overlapping = Extract().Where(c => c.FigureStart < at + fragment.Length && at < c.FigureEnd).ToList();
        Assert.That(overlapping, Is.Empty);
    }

    [Test]
    public void The_sidebar_of_related_articles_yields_nothing()
    {
        var text = SeedText();
        int sidebar = text.IndexOf("関連記事", StringComparison.Ordinal);
        Assert.That(sidebar, Is.GreaterThan(0));
        Assert.That(Extract().Where(c => c.FigureStart >= sidebar), Is.Empty);
        Assert.That(new FigureExtractor().Extract(text[sidebar..], SeedArticle), Is.Empty);
    }

    [Test]
    public void Forty_years_is_never_an_output()
    {
        var forty = Extract().Single(c => c.Figure.Quantity.Value == 40m);
        Assert.That(forty.Figure.Indicator.Name, Is.EqualTo("history_years"));
        Assert.That(forty.Figure.Quantity.Unit.Code, Is.EqualTo("years"));
    }

    [Test]
    public void Without_a_publication_date_the_year_is_unknown()
    {
        var found = new FigureExtractor().Extract(SeedText(), SeedArticle with { Published = null });
        var pairs = found.Single(c => c.Figure.Indicator == Indicator.PairsPerYear);
        Assert.That(pairs.Figure.Year, Is.EqualTo(ReferenceYear.Unknown));
        Assert.That(pairs.YearBasis, Is.EqualTo(YearBasis.None));
        Assert.That(found.Single(c => c.Figure.Indicator.Name == "designation_year").Figure.Year, Is.EqualTo(ReferenceYear.Exact(2021)));
    }

    [Test]
    public void Candidates_write_as_figure_csv_and_read_back_as_the_same_figures()
    {
        var found = Extract();
        var csv = CandidateCsv.ToCsv(found);
        var header = csv[..csv.IndexOf('\r', StringComparison.Ordinal)];
        Assert.That(header, Is.EqualTo(string.Join(',', CandidateCsv.Columns)));
        Assert.That(header, Does.EndWith("extraction_confidence,reason,span_start,span_end"));
        var back = FigureCsv.Read(System.Text.Encoding.UTF8.GetBytes(csv), "candidates.csv");
        Assert.That(back.ToArray(), Is.EqualTo(found.Select(c => c.Figure).ToArray()));
        Assert.That(csv, Does.Contain(",2200000000,pairs,exact,false,,2024,,true,"));
        Assert.That(csv, Does.Contain(string.Create(CultureInfo.InvariantCulture, $",{found[1].QuoteStart},{found[1].QuoteEnd}")));
    }
}
