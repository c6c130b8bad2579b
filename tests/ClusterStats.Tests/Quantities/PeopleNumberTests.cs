namespace ClusterStats.Tests.Quantities;

/// <summary>Numbers for tables: 4 significant digits, scale words from a million up, "≈" where rounding changed the value.</summary>
public class PeopleNumberTests
{
    [TestCase("1.5909090909090909090909090909", "≈1.591")]
    [TestCase("12620000", "12.62 million")]
    [TestCase("12624000", "≈12.62 million")]
    [TestCase("11504424.778761061946902654867", "≈11.5 million")]
    [TestCase("9734513.2743362831858407079646", "≈9.735 million")]
    [TestCase("0.0001234", "0.0001234")]
    [TestCase("0.000123456", "≈0.0001235")]
    [TestCase("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [TestCase("2200000000", "2.2 billion")]
    [TestCase("-44060000", "-44.06 million")]
    [TestCase("-44064999", "≈-44.06 million")]
    [TestCase("-0.00012345", "≈-0.0001235")]
    [TestCase("1234.5678", "≈1,235")]
    [TestCase("206", "206")]
    [TestCase("0.5", "0.5")]
    [TestCase("0", "0")]
    [TestCase("0.000", "0")]
    // Below a million the whole-number digits stay: a bare 100,000 would read as exact.
    [TestCase("99995", "99,995")]
    [TestCase("99995.5", "≈99,996")]
    [TestCase("20000", "20,000")]
    [TestCase("999499", "999,499")]
    [TestCase("999999", "≈1 million")]
    // A value that rounds to a million or more takes the scale word, after the carry.
    [TestCase("999999.7", "≈1 million")]
    [TestCase("999995000", "≈1 billion")]
    [TestCase("999950000", "≈1 billion")]
    [TestCase("999949999", "≈999.9 million")]
    [TestCase("999900000", "999.9 million")]
    [TestCase("1000000000", "1 billion")]
    [TestCase("1234567890123456", "≈1,235 trillion")]
    [TestCase("1235000000000000", "1,235 trillion")]
    [TestCase("79228162514264337593543950335", "≈79,230,000,000,000,000 trillion")]
    [TestCase("-79228162514264337593543950335", "≈-79,230,000,000,000,000 trillion")]
    public void Numbers_for_tables_keep_four_significant_digits_and_mark_a_changed_value(string value, string expected)
    {
        Assert.That(FigureFormat.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), FigurePrecision.Table), Is.EqualTo(expected));
    }

    [Test]
    public void Quantities_for_tables_name_the_unit_once_after_the_rounded_number()
    {
        var perPair = Quantity.Money(3_500_000_000m, Currency.CNY) / Quantity.Pairs(2_200_000_000m);
        Assert.That(FigureFormat.ForPeople(perPair, precision: FigurePrecision.Table), Is.EqualTo("≈1.591 CNY/pair"));
        Assert.That(FigureFormat.ForPeople(Quantity.Pairs(2_600_000_000m) / Quantity.Firms(226), Qualifier.Approximately, FigurePrecision.Table), Is.EqualTo("about ≈11.5 million pairs/firm"));
    }

    [Test]
    public void Range_text_rounds_each_end_the_same_way()
    {
        var source = new Source("t", null, "p", null, "q", Confidence.Medium);
        Figure F(decimal v) => new("x", Indicator.OutputValue, Quantity.Money(v, Currency.CNY), Qualifier.Exact, false, null, ReferenceYear.Exact(2024), source);
        var range = new FigureSet([F(3_512_345_678m), F(3_800_000_001m)]).Range();
        Assert.That(range!.ToString(), Is.EqualTo("≈3.512–3.8 billion yuan"));
    }

    [TestCase("2200000000", "2200000000")]
    [TestCase("2.50", "2.5")]
    [TestCase("-44060000.000", "-44060000")]
    [TestCase("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [TestCase("79228162514264337593543950335", "79228162514264337593543950335")]
    [TestCase("0.000", "0")]
    public void Plain_digits_have_one_formatter_for_tables_frames_and_figure_text(string value, string expected)
    {
        var d = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(Internal.DecimalText.Plain(d), Is.EqualTo(expected));
        var frame = new Microsoft.Data.Analysis.DataFrame(new Microsoft.Data.Analysis.PrimitiveDataFrameColumn<decimal>("v", [d]));
        Assert.That(global::ClusterStats.HtmlRendering.ToHtml(frame), Does.Contain("<td>" + expected + "</td>"), "a data frame shows the same digits");
    }

    [Test]
    public void A_calendar_year_for_people_is_never_grouped_scaled_or_rounded()
    {
        foreach (var precision in new[] { FigurePrecision.Exact, FigurePrecision.Table })
        {
            Assert.That(FigureFormat.ForPeople(new Quantity(2021m, Unit.Count("year")), precision: precision), Is.EqualTo("2021"));
            Assert.That(FigureFormat.ForPeople(new Quantity(2021.123456m, Unit.Count("year")), precision: precision), Is.EqualTo("2021.123456"));
            Assert.That(FigureFormat.ForPeople(new Quantity(2000000m, Unit.Count("year")), precision: precision), Is.EqualTo("2000000"));
            Assert.That(FigureFormat.ForPeople(new QualifiedQuantity(new Quantity(2019m, Unit.Count("year")), 2021m), precision), Is.EqualTo("2019–2021"));
            Assert.That(FigureFormat.ForPeople(new Quantity(2021m, Unit.Count("year")), Qualifier.AtLeast, precision), Is.EqualTo("more than 2021"));
        }
    }
}
