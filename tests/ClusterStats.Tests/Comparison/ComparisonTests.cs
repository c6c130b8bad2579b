using Microsoft.Data.Analysis;

namespace ClusterStats.Tests.Comparison;

using Comparison = ClusterStats.Comparison;

public class ComparisonTests
{
    private static readonly ComparisonOptions SeedPinned = new ComparisonOptions("xiaobeihe") { Peers = ["datang"], Regions = CitedRows.Regions }
        .PinSource("xiaobeihe", CitedRows.SeedOrigin);

    [Test]
    public void The_source_list_numbers_each_document_once_in_order_of_first_use_as_SourceNotes_does()
    {
        var c = Comparison.Create(CitedRows.All(), new ComparisonOptions("xiaobeihe") { Peers = ["datang"], Regions = CitedRows.Regions });
        Assert.That(c.Sources, Has.Count.GreaterThan(1), "the cited rows name several documents");
        Assert.That(c.Sources.Select(s => s.Number), Is.EqualTo(Enumerable.Range(1, c.Sources.Count)));
        Assert.That(c.Sources.Select(s => (s.Title, s.Url)).Distinct().Count(), Is.EqualTo(c.Sources.Count), "one number per title and URL");
        var cited = c.Rows.SelectMany(r => r.Cells).SelectMany(cell => cell.Sources).ToHashSet();
        Assert.That(cited, Is.EquivalentTo(c.Sources.Select(s => s.Number)), "every number is cited by a cell and every cited number is listed");
        // Numbering the cells' first inputs in the same order with SourceNotes gives the same numbers for those documents.
        var notes = new SourceNotes();
        foreach (var s in c.Sources) Assert.That(notes.NumberOf(new Source(s.Title, s.Url, s.Publisher, s.Published, "q", s.Confidence)), Is.EqualTo(s.Number));
        Assert.That(notes.ToCsv(), Is.EqualTo(c.ToCsvSources()));
    }

    [Test]
    public void A_document_cited_without_a_date_and_then_with_one_is_listed_with_its_date()
    {
        // The county office's CSV names its yearbook without a date, its workbook with one: one document, dated.
        var notes = new SourceNotes();
        var undated = new Source("示例镇袜业统计年报 2023", null, "", null, "年产袜子约8亿双", Confidence.Medium);
        var dated = undated with { Publisher = "示例县统计局", Published = "2024-03-15", Quote = "针织机约6000台" };
        var other = undated with { Published = "2025-01-01", Publisher = "another office" };
        Assert.That((notes.NumberOf(undated), notes.NumberOf(dated), notes.NumberOf(other)), Is.EqualTo((1, 1, 1)));
        var listed = notes.Sources.Single();
        // The first citation's own details stay; what it lacks comes from the first later one that has it.
        Assert.That((listed.Publisher, listed.Published, listed.Quote), Is.EqualTo(("示例县统计局", "2024-03-15", "年产袜子约8亿双")));
        Assert.That(notes.ToCsv(), Does.Contain("2024-03-15"));
    }

    [Test]
    public void Seed_pinned_gives_the_seeds_output_value_per_pair_and_pairs_per_firm()
    {
        var c = Comparison.Create(CitedRows.All(), SeedPinned);
        var x = c.Rows[0];
        Assert.That(x.RegionId, Is.EqualTo("xiaobeihe"));
        Assert.That(x.IsFocal, Is.True);
        // One year for all: the seed's figures are all ~2024, so the comparison year is 2024 (no longer "latest" per row).
        Assert.That((x.Year.ToString(), c.Year), Is.EqualTo(("2024", (int?)2024)));
        // Hand computation: 3,500,000,000 CNY / 2,200,000,000 pairs = 35 / 22 = 1.590909... CNY per pair (1.59).
        var perPair = x["output_value_per_pair"];
        Assert.That(perPair.Point!.Value.Unit.Code, Is.EqualTo("CNY/pair"));
        Assert.That(decimal.Round(perPair.Point.Value.Value, 6), Is.EqualTo(1.590909m));
        // Pinned to one source: the range collapses to the point.
        Assert.That(perPair.Low, Is.EqualTo(perPair.Point.Value.Value));
        Assert.That(perPair.High, Is.EqualTo(perPair.Point.Value.Value));
        // Hand computation: 2,200,000,000 / 226 = 9,734,513.27 pairs per firm (226 * 9,734,513 = 2,199,999,938; remainder 62).
        var perFirm = x["pairs_per_firm"];
        Assert.That(perFirm.Point!.Value.Unit.Code, Is.EqualTo("pairs/firm"));
        Assert.That(decimal.Truncate(perFirm.Point.Value.Value), Is.EqualTo(9_734_513m));
        // 3.5e9 / 226 = 15,486,725.66 CNY per firm.
        Assert.That(decimal.Round(x["output_value_per_firm"].Point!.Value.Value, 2), Is.EqualTo(15_486_725.66m));
        Assert.That(x["output_value_per_firm"].Point!.Value.Unit.Code, Is.EqualTo("CNY/firm"));
        // Provenance: the derived cells name the seed only.
        Assert.That(perPair.Inputs.Select(f => f.Origin).Distinct(), Is.EqualTo(new[] { CitedRows.SeedOrigin }));
        Assert.That(perPair.Sources.Select(n => c.Sources[n - 1].Title).Distinct(), Is.EqualTo(new[] { "遼陽・小北河靴下業の発展推進活動が正式に幕を開けた" }));
        // Employees: the seed says nothing, so every source is used and the cell says so.
        Assert.That(x["employees"].Notes, Has.Some.Contains("the pinned sources give no employees"));
    }

    [Test]
    public void Datang_2021_is_2_78_CNY_per_pair_and_the_same_in_USD_at_the_Fed_2021_rate()
    {
        var options = new ComparisonOptions("xiaobeihe") { Peers = ["datang"], Year = 2021 };
        var datang = Comparison.Create(CitedRows.All(), options).Rows[1];
        // Hand computation (China Daily 2022, cited-figures.csv:51-52): 75e9 CNY / 27e9 pairs = 2.777... = 2.78 CNY per pair.
        var cny = datang["output_value_per_pair"];
        Assert.That(decimal.Round(cny.Point!.Value.Value, 2), Is.EqualTo(2.78m));
        Assert.That(cny.Year.ToString(), Is.EqualTo("~2021"));

        // Fed G.5A 2021 annual average, cited-figures.csv:169: 6.4508 CNY per USD.
        // Hand computation: 75e9 / 6.4508 = 11,626,464,934.58 USD; / 27e9 pairs = 0.430610 USD per pair.
        var usd = Comparison.Create(CitedRows.All(), options with { Currency = Currency.USD, Rates = CitedRows.Rates }).Rows[1]["output_value_per_pair"];
        Assert.That(usd.Point!.Value.Unit.Code, Is.EqualTo("USD/pair"));
        Assert.That(decimal.Round(usd.Point.Value.Value, 6), Is.EqualTo(0.430610m));
        Assert.That(usd.Notes, Has.Some.Contains("the 2021 annual average 6.4508 CNY per USD"));
        Assert.That(decimal.Round(Comparison.Create(CitedRows.All(), options with { Currency = Currency.USD, Rates = CitedRows.Rates }).Rows[1]["output_value"].Point!.Value.Value, 2),
            Is.EqualTo(11_626_464_934.58m));
    }

    [Test]
    public void All_sources_give_Xiaobeihe_a_pairs_range_of_2_2_to_2_6_billion()
    {
        var c = Comparison.Create(CitedRows.All(), new ComparisonOptions("xiaobeihe") { Peers = [], Year = 2024 });
        var pairs = c.Rows[0]["pairs_per_year"];
        // Counted for 2024: seed 2.2e9 (~2024), 2.6e9 (~2024, L28), 2.6e9 (~2024, L30). Not counted: 2.5e9 of exact
        // 2023 (L13; neither year approximate), ~2022 (two years away) and the undated "more than 2.5e9" (L24).
        Assert.That(pairs.Low, Is.EqualTo(2_200_000_000m));
        Assert.That(pairs.High, Is.EqualTo(2_600_000_000m));
        Assert.That(pairs.Inputs, Has.Count.EqualTo(3));
        // Point: all three are ~2024; the Xinhua 2025 report has high confidence.
        Assert.That(pairs.Point, Is.EqualTo(Quantity.Pairs(2_600_000_000m)));
        Assert.That(pairs.Reason, Does.Contain("highest confidence"));
        // Output per pair spans [3.5e9 / 2.6e9, 3.8e9 / 2.2e9] = [1.3462, 1.7273] CNY per pair.
        var perPair = c.Rows[0]["output_value_per_pair"];
        Assert.That(decimal.Round(perPair.Low!.Value, 4), Is.EqualTo(1.3462m));
        Assert.That(decimal.Round(perPair.High!.Value, 4), Is.EqualTo(1.7273m));
        // Point 3.8e9 / 2.6e9 = 1.4615 (both Xinhua 2025, the best estimates).
        Assert.That(decimal.Round(perPair.Point!.Value.Value, 4), Is.EqualTo(1.4615m));
    }

    [Test]
    public void Lower_bounds_and_nearly_keep_derived_ranges_open_on_the_right_side()
    {
        var c = Comparison.Create(CitedRows.All(), new ComparisonOptions("datang") { Peers = ["xiaobeihe"], Year = 2021 });
        var datang = c.Rows[0];
        // Firms: "more than 6,000" (L55) -> [6000, open). Pairs: 27e9 (~2021, L51) only: ">20e9" is of exact 2020 (L47)
        // and 2021 was asked exactly, so it does not count.
        Assert.That(datang["firm_count"].Low, Is.EqualTo(6_000m));
        Assert.That(datang["firm_count"].OpenAbove, Is.True);
        Assert.That(datang["pairs_per_year"].Low, Is.EqualTo(27_000_000_000m));
        Assert.That(datang["pairs_per_year"].High, Is.EqualTo(27_000_000_000m));
        // Pairs per firm = [27e9, 27e9] / [6000, open) = (open, 27e9 / 6000] = at most 4,500,000; point 27e9 / 6000 = 4,500,000.
        var perFirm = datang["pairs_per_firm"];
        Assert.That(perFirm.Point, Is.EqualTo(new Quantity(4_500_000m, Unit.Pairs / Unit.Firms)));
        Assert.That(perFirm.OpenBelow, Is.True);
        Assert.That(perFirm.High, Is.EqualTo(4_500_000m));

        // Xiaobeihe 2023: output "nearly 3.2e9" (L14, open below), pairs 2.5e9 (L13) and ~2022 2.5e9 (L6), ~2024 2.2e9/2.6e9.
        var x2023 = Comparison.Create(CitedRows.All(withSeed: false), new ComparisonOptions("xiaobeihe") { Peers = [], Year = 2023 }).Rows[0];
        Assert.That(x2023["output_value"].OpenBelow, Is.True);
        Assert.That(x2023["output_value_per_pair"].OpenBelow, Is.True);
        // Employees "more than 20,000" (L19): pairs per employee is open below, at most 2.6e9 / 20,000 = 130,000.
        Assert.That(x2023["pairs_per_employee"].OpenBelow, Is.True);
        Assert.That(x2023["pairs_per_employee"].High, Is.EqualTo(130_000m));
        Assert.That(x2023["pairs_per_employee"].Point!.Value.Unit.Code, Is.EqualTo("pairs/person"));
    }

    [Test]
    public void Plan_targets_are_left_out_unless_asked()
    {
        var options = new ComparisonOptions("xiaobeihe") { Peers = [], Year = 2025 };
        var without = Comparison.Create(CitedRows.All(), options).Rows[0]["pairs_per_year"];
        // ~2024 figures count for 2025 (approximate, one year apart); the 2025 target of 4e9 (L11) does not.
        Assert.That(without.High, Is.EqualTo(2_600_000_000m));
        Assert.That(without.Inputs.Any(f => f.IsTarget), Is.False);
        var with = Comparison.Create(CitedRows.All(), options with { IncludeTargets = true }).Rows[0]["pairs_per_year"];
        Assert.That(with.High, Is.EqualTo(4_000_000_000m));
        Assert.That(with.Notes, Has.Some.EqualTo("includes plan targets"));
        // The policy still prefers an actual value for the point.
        Assert.That(with.Point, Is.EqualTo(Quantity.Pairs(2_600_000_000m)));
    }

    [Test]
    public void Ranks_ratios_and_shares_of_a_national_total()
    {
        var c = Comparison.Create(CitedRows.All(), new ComparisonOptions("xiaobeihe") { Peers = ["datang"], Year = 2021 });
        // Pairs 2021: Xiaobeihe 2.5e9 (~2021, L2), Datang 27e9 (~2021, L51): Datang first; ratio 27 / 2.5 = 10.8.
        Assert.That(c.Rows[1]["pairs_per_year"].Rank, Is.EqualTo(1));
        Assert.That(c.Rows[0]["pairs_per_year"].Rank, Is.EqualTo(2));
        Assert.That(c.Rows[1]["pairs_per_year"].RatioToFocal, Is.EqualTo(10.8m));
        Assert.That(c.Rows[0]["pairs_per_year"].RatioToFocal, Is.EqualTo(1m));

        // Nara 2013 (METI, L124) against Japan's national total (L126): 19.94e9 / 37.51e9 = 53.159 % (the source says 53.2 %).
        var nara = Comparison.Create(CitedRows.All(), new ComparisonOptions("nara") { Peers = [], Year = 2013, Regions = CitedRows.Regions }).Rows[0]["output_value"];
        Assert.That(decimal.Round(nara.SharePercent!.Value, 3), Is.EqualTo(53.159m));
        Assert.That(nara.ShareOf, Is.EqualTo("japan 2013"));
    }

    [Test]
    public void Peers_by_product_focus_leave_out_reference_regions_and_unknown_ids_list_the_known_ones()
    {
        var c = Comparison.Create(CitedRows.All(), new ComparisonOptions("xiaobeihe") { Regions = CitedRows.Regions });
        Assert.That(c.Rows.Select(r => r.RegionId), Is.EqualTo(new[] { "xiaobeihe", "datang", "nara" }));
        Assert.That(c.Rows[0].LabelZh, Is.EqualTo("小北河镇"));
        var ex = Assert.Throws<UnknownRegionException>(() => Comparison.Create(CitedRows.All(), new ComparisonOptions("xiaobeihee")));
        Assert.That(ex!.Message, Is.EqualTo("Unknown cluster 'xiaobeihee'. Known ids: datang, japan, nara, xiaobeihe."));
        Assert.That(ex.KnownIds, Is.EqualTo(new[] { "datang", "japan", "nara", "xiaobeihe" }));
        Assert.Throws<UnknownRegionException>(() => Comparison.Create(CitedRows.All(), new ComparisonOptions("xiaobeihe") { Peers = ["atlantis"] }));
    }

    [Test]
    public void Money_in_another_currency_without_rates_is_not_guessed()
    {
        // Nara's output value is of 2013 only: compared in 2013 (the default year, 2024, has none to convert).
        var c = Comparison.Create(CitedRows.All(), new ComparisonOptions("xiaobeihe") { Peers = ["nara"], Year = 2013 });
        var nara = c.Rows[1]["output_value"];
        Assert.That(nara.Point, Is.Null);
        Assert.That(nara.Notes, Has.Some.EqualTo("cannot convert JPY to CNY: no exchange rates were given"));
    }

    [Test]
    public void Deflation_uses_the_users_index()
    {
        // A made-up index for the test: 2020 = 100, 2021 = 105. 75e9 CNY of 2021 in 2020 prices = 75e9 * 100 / 105 = 71,428,571,428.57.
        var index = new PriceIndex("test index", 2020, new Dictionary<int, decimal> { [2020] = 100m, [2021] = 105m }, Currency.CNY);
        var c = Comparison.Create(CitedRows.All(), new ComparisonOptions("datang") { Peers = [], Year = 2021, Deflator = index });
        Assert.That(decimal.Round(c.Rows[0]["output_value"].Point!.Value.Value, 2), Is.EqualTo(71_428_571_428.57m));
        Assert.That(c.Rows[0]["output_value"].Notes, Has.Some.Contains("in 2020 prices"));
        // 100 / 105 has no end: the deflated value says it is rounded, and to how many digits.
        var deflated = c.Rows[0]["output_value"].Point!.Value;
        Assert.That(c.Rows[0]["output_value"].Notes, Has.Some.EqualTo($"in 2020 prices, 75000000000 CNY becomes {deflated}, rounded to 29 significant digits"));
        // An index whose ratio has an end (2021 = 125: a factor of 0.8) gives an exact value and no such note.
        var even = index with { Values = new Dictionary<int, decimal> { [2020] = 100m, [2021] = 125m } };
        var exact = Comparison.Create(CitedRows.All(), new ComparisonOptions("datang") { Peers = [], Year = 2021, Deflator = even }).Rows[0]["output_value"];
        Assert.That(exact.Point!.Value.Value, Is.EqualTo(60_000_000_000m));
        Assert.That(exact.Notes, Has.None.Contains("rounded"));
        // An index without a value for the figure's year is an error, not a guess.
        var gap = index with { Values = new Dictionary<int, decimal> { [2020] = 100m } };
        var ex = Assert.Throws<ClusterStatsException>(() => Comparison.Create(CitedRows.All(), new ComparisonOptions("datang") { Peers = [], Year = 2021, Deflator = gap }));
        Assert.That(ex!.Message, Is.EqualTo("The price index 'test index' has no positive value for 2021 (it has 2020)."));
    }

    [Test]
    public void Growth_of_Datang_pairs_2004_to_2021()
    {
        // 9e9 (2004, L42) -> 27e9 (~2021, L51): +18e9 pairs, +200 %, CAGR = 3^(1/17) - 1 = e^(1.0986123 / 17) - 1 = 6.6758 % per year.
        var g = Comparison.GrowthOf(CitedRows.All(), "datang", "pairs_per_year", 2004, 2021);
        Assert.That(g.Absolute, Is.EqualTo(Quantity.Pairs(18_000_000_000m)));
        Assert.That(g.Percent, Is.EqualTo(200m));
        Assert.That(decimal.Round(g.CagrPercent!.Value, 4), Is.EqualTo(6.6758m));
        Assert.That(g.Start.Year.ToString(), Is.EqualTo("2004"));
        var ex = Assert.Throws<ClusterStatsException>(() => Comparison.GrowthOf(CitedRows.All(), "datang", "pairs_per_year", 2010, 2021));
        Assert.That(ex!.Message, Does.Contain("datang has no pairs_per_year for 2010"));
    }

    [Test]
    public void DataFrame_has_explicit_types_and_exact_values()
    {
        var df = Comparison.Create(CitedRows.All(), SeedPinned).ToDataFrame();
        Assert.That(df.Columns["value"], Is.InstanceOf<DecimalDataFrameColumn>());
        Assert.That(df.Columns["low"], Is.InstanceOf<DecimalDataFrameColumn>());
        Assert.That(df.Columns["rank"], Is.InstanceOf<Int32DataFrameColumn>());
        Assert.That(df.Columns["is_focal"], Is.InstanceOf<BooleanDataFrameColumn>());
        Assert.That(df.Columns["metric"], Is.InstanceOf<StringDataFrameColumn>());
        // 2 clusters x 10 metrics.
        Assert.That(df.Rows.Count, Is.EqualTo(20));
        long i = Enumerable.Range(0, 20).First(r => (string)df.Columns["region_id"][r] == "xiaobeihe" && (string)df.Columns["metric"][r] == "pairs_per_year");
        Assert.That(df.Columns["value"][i], Is.EqualTo(2_200_000_000m));
        Assert.That(df.Columns["unit"][i], Is.EqualTo("pairs"));
        Assert.That(df.Columns["year"][i], Is.EqualTo("~2024"));
    }

    [Test]
    public void Html_and_markdown_show_units_years_ranges_and_numbered_linked_sources()
    {
        var c = Comparison.Create(CitedRows.All(), new ComparisonOptions("xiaobeihe") { Peers = ["datang"], Year = 2024, Regions = CitedRows.Regions });
        var html = c.ToHtml();
        Assert.That(html, Does.Contain("<caption>Output value per pair, in CNY/pair <small>output_value_per_pair</small></caption>"));
        Assert.That(html, Does.Contain("<td class=\"range\">2.2 billion – 2.6 billion</td>"));
        Assert.That(html, Does.Contain("<td class=\"year\">~2024</td>"));
        int xinhua = c.Sources.Single(s => s.Url == "https://www.51tgb.com/page?newsid=44383").Number;
        Assert.That(html, Does.Contain($"<li id=\"source-{xinhua}\"><a href=\"https://www.51tgb.com/page?newsid=44383\">辽宁辽阳:“袜业名镇”的进阶之路</a>"));
        Assert.That(html, Does.Contain($"<a href=\"#source-{xinhua}\">{xinhua}</a>"));
        Assert.That(html, Does.Contain("class=\"focal\""));
        var md = c.ToMarkdown();
        Assert.That(md, Does.Contain("### pairs_per_year (pairs)"));
        Assert.That(md, Does.Contain("| Xiaobeihe 小北河镇 | 2.6 billion pairs | 2.2 billion – 2.6 billion | ~2024 | 1 |"));
        Assert.That(md, Does.Contain($"{xinhua}. <a id=\"source-{xinhua}\"></a>[辽宁辽阳:“袜业名镇”的进阶之路](https://www.51tgb.com/page?newsid=44383)"));
    }

    [Test]
    public void Html_encodes_every_text_and_links_only_http_urls()
    {
        var evil = new Source("<script>alert(1)</script>", "javascript:alert(1)", "x & y", null, "q", Confidence.Low);
        var set = new FigureSet([new Figure("xiaobeihe", Indicator.PairsPerYear, Quantity.Pairs(1m), Qualifier.Exact, false, "<b>scope</b>", ReferenceYear.Exact(2020), evil)]);
        var html = Comparison.Create(set, new ComparisonOptions("xiaobeihe") { Peers = [] }).ToHtml();
        Assert.That(html, Does.Not.Contain("<script>"));
        Assert.That(html, Does.Not.Contain("<b>"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Assert.That(html, Does.Not.Contain("javascript:"));
        Assert.That(html, Does.Contain("x &amp; y"));
    }

    [Test]
    public void Csv_keeps_full_precision_in_invariant_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var csv = Comparison.Create(CitedRows.All(), SeedPinned).ToCsv();
            // 35 / 22 to 29 significant digits, and the row's notes say that the value is a rounded quotient.
            var row = csv.Split('\n').Single(l => l.StartsWith("xiaobeihe,Xiaobeihe,小北河镇,true,2024,output_value_per_pair,", StringComparison.Ordinal));
            Assert.That(row, Does.StartWith("xiaobeihe,Xiaobeihe,小北河镇,true,2024,output_value_per_pair,1.5909090909090909090909090909,CNY/pair,"));
            Assert.That(row, Does.Contain("the value 1.5909090909090909090909090909 is a quotient rounded to 29 significant digits"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public void Chart_series_are_sorted_with_ranges_and_bubbles_need_three_values()
    {
        var c = Comparison.Create(CitedRows.All(), new ComparisonOptions("xiaobeihe") { Peers = ["datang"], Year = 2021, Regions = CitedRows.Regions });
        var bars = c.Series("pairs_per_year");
        Assert.That(bars.Select(b => b.RegionId), Is.EqualTo(new[] { "datang", "xiaobeihe" }));
        Assert.That(bars[1].IsFocal, Is.True);
        Assert.That(bars[1].LabelZh, Is.EqualTo("小北河镇"));
        Assert.That(bars[0].Unit, Is.EqualTo("pairs"));
        var bubbles = c.Bubbles();
        // Xiaobeihe: more than 200 firms (~2021, L3), nearly 3.2e9 CNY (~2022, L7, approximate so it counts for 2021),
        // 2.5e9 pairs (~2021, L2); Datang: 6,000 firms, 75e9 CNY, 27e9 pairs (L51, L52, L55).
        Assert.That(bubbles.Select(b => (b.RegionId, b.X, b.Y, b.Size)), Is.EqualTo(new[]
        {
            ("xiaobeihe", 200m, 3_200_000_000m, 2_500_000_000m),
            ("datang", 6_000m, 75_000_000_000m, 27_000_000_000m),
        }));
        Assert.That(bubbles[1].YUnit, Is.EqualTo("CNY"));
    }
}
