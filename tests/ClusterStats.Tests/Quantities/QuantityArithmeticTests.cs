namespace ClusterStats.Tests.Quantities;

public class QuantityArithmeticTests
{
    [Test]
    public void Adding_pairs_to_yuan_names_both_units()
    {
        var ex = Assert.Throws<UnitMismatchException>(() => _ = Quantity.Pairs(1) + Quantity.Money(1, Currency.CNY));
        Assert.That(ex!.Message, Does.Contain("'pairs'").And.Contain("'CNY'"));
    }

    [Test]
    public void Adding_CNY_to_USD_without_a_rate_throws_and_suggests_conversion()
    {
        var ex = Assert.Throws<UnitMismatchException>(() => _ = Quantity.Money(1, Currency.CNY) + Quantity.Money(1, Currency.USD));
        Assert.That(ex!.Message, Does.Contain("'CNY'").And.Contain("'USD'").And.Contain("exchange rate"));
    }

    [Test]
    public void Xiaobeihe_output_value_per_pair_has_a_derived_unit()
    {
        // Seed article: 35億元 output value, 22億足 pairs a year.
        var perPair = Quantity.Money(3_500_000_000m, Currency.CNY) / Quantity.Pairs(2_200_000_000m);
        Assert.That(perPair.Unit.Code, Is.EqualTo("CNY/pair"));
        Assert.That(Math.Round(perPair.Value, 2), Is.EqualTo(1.59m));
        var back = perPair * Quantity.Pairs(2_200_000_000m);
        Assert.That(back.Unit, Is.EqualTo(Unit.Money(Currency.CNY)));
        Assert.That(Math.Round(back.Value, 6), Is.EqualTo(3_500_000_000m));
    }

    [Test]
    public void Pairs_per_firm_and_division_by_the_same_unit()
    {
        var perFirm = Quantity.Pairs(2_200_000_000m) / Quantity.Firms(226);
        Assert.That(perFirm.Unit.Code, Is.EqualTo("pairs/firm"));
        Assert.That(Math.Round(perFirm.Value), Is.EqualTo(9_734_513m));
        var ratio = Quantity.Pairs(10) / Quantity.Pairs(4);
        Assert.That(ratio.Unit, Is.EqualTo(Unit.One));
        Assert.That(ratio.Value, Is.EqualTo(2.5m));
    }

    [Test]
    public void Counts_beyond_int_range_stay_exact()
    {
        var sum = Quantity.Pairs(27_000_000_000m) + Quantity.Pairs(2_200_000_001m);
        Assert.That(sum.Value, Is.EqualTo(29_200_000_001m));
    }

    [TestCase("pairs")]
    [TestCase("CNY")]
    [TestCase("CNY/pair")]
    [TestCase("pairs/firm")]
    [TestCase("USD/pair")]
    [TestCase("percent")]
    [TestCase("rank")]
    [TestCase("1")]
    [TestCase("projects")]
    [TestCase("CNY/firm")]
    public void Unit_codes_round_trip(string code) => Assert.That(Unit.Parse(code).Code, Is.EqualTo(code));

    [Test]
    public void Currency_conversion_of_a_derived_unit()
    {
        var perPair = new Quantity(2m, Unit.Parse("CNY/pair"));
        var usd = perPair.ConvertCurrency(Currency.USD, 0.5m);
        Assert.That(usd.Unit.Code, Is.EqualTo("USD/pair"));
        Assert.That(usd.Value, Is.EqualTo(1m));
        var pairsPerYuan = new Quantity(2m, Unit.Parse("pairs/CNY"));
        Assert.That(pairsPerYuan.ConvertCurrency(Currency.USD, 0.5m).Value, Is.EqualTo(4m));
    }

    [Test]
    public void A_quotient_beyond_the_decimal_range_is_a_documented_error()
    {
        var huge = Quantity.Money(decimal.MaxValue, Currency.CNY);
        var ex = Assert.Throws<ClusterStatsException>(() => _ = huge / Quantity.Pairs(0.5m));
        Assert.That(ex!.Message, Does.StartWith("Cannot divide exactly: 79228162514264337593543950335 / 0.5 needs more digits than a decimal holds"));
        Assert.Throws<ClusterStatsException>(() => _ = Quantity.Pairs(-20m) / 0.0000000000000000000000000001m);
        Assert.That((huge / Quantity.Pairs(2m)).Value, Is.EqualTo(decimal.MaxValue / 2m));
    }
}
