namespace ClusterStats.Tests.Comparison;

using Comparison = ClusterStats.Comparison;

/// <summary>
/// A comparison cell carries the qualifier of the figure it shows, and a value computed from qualified figures (a
/// derived metric, a share, a ratio to the focal cluster) carries what its inputs allow: never exact from an
/// approximate input, a bound only when the inputs bound it one way.
/// </summary>
public class QualifiedCellTests
{
    private static readonly Source Office = new("示例镇袜业统计年报 2023", null, "示例县统计局", "2024-03-01", "年产袜子约8亿双", Confidence.Medium);

    private static Figure F(string region, Indicator indicator, Quantity q, Qualifier qualifier) =>
        new(region, indicator, q, qualifier, false, null, ReferenceYear.Exact(2023), Office);

    // A town of the walkthrough's kind: about 800 million pairs, 4.5 billion yuan exactly, more than 300 firms, about
    // 12,000 persons; a peer whose figures are all exact.
    private static readonly Figure[] Figures =
    [
        F("town", Indicator.PairsPerYear, Quantity.Pairs(800_000_000m), Qualifier.Approximately),
        F("town", Indicator.OutputValue, Quantity.Money(4_500_000_000m, Currency.CNY), Qualifier.Exact),
        F("town", Indicator.FirmCount, Quantity.Firms(300m), Qualifier.AtLeast),
        F("town", Indicator.Employees, Quantity.Persons(12_000m), Qualifier.Approximately),
        F("peer", Indicator.PairsPerYear, Quantity.Pairs(2_000_000_000m), Qualifier.Exact),
        F("peer", Indicator.OutputValue, Quantity.Money(3_000_000_000m, Currency.CNY), Qualifier.Exact),
        F("peer", Indicator.FirmCount, Quantity.Firms(200m), Qualifier.Exact),
        F("peer", Indicator.Employees, Quantity.Persons(10_000m), Qualifier.Nearly),
    ];

    private static Comparison Compare() => Comparison.Create(new FigureSet(Figures), new ComparisonOptions("town") { Peers = ["peer"], Year = 2023 });

    [Test]
    public void A_cell_keeps_the_qualifier_its_figure_states()
    {
        var c = Compare();
        Assert.That(c.Rows[0]["pairs_per_year"].Qualifier, Is.EqualTo(Qualifier.Approximately));
        Assert.That(c.Rows[0]["output_value"].Qualifier, Is.EqualTo(Qualifier.Exact));
        Assert.That(c.Rows[0]["firm_count"].Qualifier, Is.EqualTo(Qualifier.AtLeast));
        Assert.That(c.Rows[1]["employees"].Qualifier, Is.EqualTo(Qualifier.Nearly));
        Assert.That(c.Rows[1]["pairs_per_year"].Qualifier, Is.EqualTo(Qualifier.Exact));
    }

    [Test]
    public void A_value_derived_from_an_approximate_figure_is_approximate_and_from_exact_ones_exact()
    {
        var c = Compare();
        // 4.5e9 yuan / about 8e8 pairs = 5.625 yuan per pair: the quotient is exact arithmetic of an approximate input.
        var perPair = c.Rows[0]["output_value_per_pair"];
        Assert.That(perPair.Point!.Value.Value, Is.EqualTo(5.625m));
        Assert.That(perPair.Qualifier, Is.EqualTo(Qualifier.Approximately));
        Assert.That(c.Rows[1]["output_value_per_pair"].Qualifier, Is.EqualTo(Qualifier.Exact), "3e9 / 2e9, both exact");
        // The peer's 2e9 pairs / 200 firms, both exact.
        Assert.That(c.Rows[1]["pairs_per_firm"].Qualifier, Is.EqualTo(Qualifier.Exact));
        // Exact yuan over more than 300 firms: at most 15 million yuan per firm.
        var perFirm = c.Rows[0]["output_value_per_firm"];
        Assert.That(perFirm.Point!.Value.Value, Is.EqualTo(15_000_000m));
        Assert.That(perFirm.Qualifier, Is.EqualTo(Qualifier.AtMost));
    }

    [Test]
    public void Ratios_to_the_focal_cluster_carry_both_qualifiers_and_the_focal_ratio_is_exactly_one()
    {
        var c = Compare();
        var focal = c.Rows[0]["pairs_per_year"];
        Assert.That((focal.RatioToFocal, focal.RatioToFocalQualifier), Is.EqualTo(((decimal?)1m, Qualifier.Exact)));
        // Exactly 2e9 against about 8e8: about ×2.5.
        var peer = c.Rows[1]["pairs_per_year"];
        Assert.That((peer.RatioToFocal, peer.RatioToFocalQualifier), Is.EqualTo(((decimal?)2.5m, Qualifier.Approximately)));
        // Exactly 200 firms against more than 300: at most ×0.6667.
        Assert.That(c.Rows[1]["firm_count"].RatioToFocalQualifier, Is.EqualTo(Qualifier.AtMost));
    }

    [Test]
    public void Tables_csv_and_the_report_say_about_and_more_than()
    {
        var c = Compare();
        var text = c.ToText();
        Assert.That(text, Does.Contain("about 800 million pairs"));
        Assert.That(text, Does.Contain("about 5.625 CNY/pair"));
        Assert.That(text, Does.Contain("more than 300 firms"));
        Assert.That(text, Does.Contain("about ×2.5"));
        Assert.That(c.ToMarkdown(), Does.Contain("about 5.625 CNY/pair"));
        Assert.That(c.ToHtml(), Does.Contain("<td class=\"num value\">about 5.625</td>"));

        var csv = CsvLines(c.ToCsv());
        var perPair = csv.Single(r => r["region_id"] == "town" && r["metric"] == "output_value_per_pair");
        Assert.That((perPair["value"], perPair["qualifier"]), Is.EqualTo(("5.625", "approximately")));
        var peerPairs = csv.Single(r => r["region_id"] == "peer" && r["metric"] == "pairs_per_year");
        Assert.That((peerPairs["qualifier"], peerPairs["ratio_to_focal"], peerPairs["ratio_qualifier"]), Is.EqualTo(("exact", "2.5", "approximately")));
        var empty = csv.First(r => r["value"].Length == 0);
        Assert.That((empty["qualifier"], empty["ratio_qualifier"]), Is.EqualTo(("", "")), "no value, no qualifier");
        var frame = c.ToDataFrame();
        Assert.That(frame.Columns.Select(k => k.Name), Does.Contain("qualifier").And.Contain("share_qualifier").And.Contain("ratio_qualifier"));
    }

    [Test]
    public void The_comparison_chart_marks_an_approximate_bar()
    {
        var bars = Compare().Series("output_value_per_pair");
        Assert.That(bars.Single(b => b.RegionId == "town").Qualifier, Is.EqualTo(Qualifier.Approximately));
        Assert.That(bars.Single(b => b.RegionId == "peer").Qualifier, Is.EqualTo(Qualifier.Exact));
    }

    [TestCase(Qualifier.Exact, Qualifier.Exact, Qualifier.Exact)]
    [TestCase(Qualifier.Approximately, Qualifier.Exact, Qualifier.Approximately)]
    [TestCase(Qualifier.Exact, Qualifier.AtLeast, Qualifier.AtLeast)]
    [TestCase(Qualifier.AtLeast, Qualifier.Exact, Qualifier.AtMost)]
    [TestCase(Qualifier.AtLeast, Qualifier.AtLeast, Qualifier.Approximately)]
    [TestCase(Qualifier.Nearly, Qualifier.AtLeast, Qualifier.AtLeast)]
    public void Growth_is_qualified_by_both_ends(Qualifier start, Qualifier end, Qualifier growth)
    {
        // From 300 firms in 2020 to 450 in 2023: +150 firms, +50 %; "more than 450" in 2023 grew by more than that.
        var figures = new FigureSet(
        [
            new Figure("town", Indicator.FirmCount, Quantity.Firms(300m), start, false, null, ReferenceYear.Exact(2020), Office),
            new Figure("town", Indicator.FirmCount, Quantity.Firms(450m), end, false, null, ReferenceYear.Exact(2023), Office),
        ]);
        var g = Comparison.GrowthOf(figures, "town", "firm_count", 2020, 2023);
        Assert.That((g.Absolute.Value, g.Percent, g.Qualifier), Is.EqualTo((150m, 50m, growth)));
    }

    [Test]
    public void A_bound_divided_by_a_value_that_is_not_positive_is_only_approximately()
    {
        // More than 100 over -50: the true value may be 110 / -50 = -2.2, below the -2 shown, so "more than" would be
        // wrong; with a value that is not positive a bound may turn round, and the quotient is only approximately.
        Assert.That(QualifierArithmetic.Divide(Qualifier.AtLeast, Qualifier.Exact, positive: false), Is.EqualTo(Qualifier.Approximately));
        Assert.That(QualifierArithmetic.Divide(Qualifier.Exact, Qualifier.Exact, positive: false), Is.EqualTo(Qualifier.Exact));
    }

    private static List<Dictionary<string, string>> CsvLines(string csv)
    {
        using var reader = CsvHelper.CsvReader.FromText(csv, new CsvHelper.CsvReaderOptions { Separator = ',' });
        var header = reader.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read()) rows.Add(header.ToDictionary(h => h, h => reader.GetString(h) ?? ""));
        return rows;
    }
}
