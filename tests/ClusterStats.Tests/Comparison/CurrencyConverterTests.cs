namespace ClusterStats.Tests.Comparison;

public class CurrencyConverterTests
{
    [Test]
    public void Through_USD_cross_rates_match_the_derived_rows()
    {
        var fx = new CurrencyConverter(CitedRows.Rates, MissingRatePolicy.Error);
        // CNY per EUR 2021 = 6.4508 CNY/USD * 1.183 USD/EUR = 7.6312964; the derived row (L174) says 7.6313.
        var eur = fx.GetRate(Currency.EUR, Currency.CNY, 2021);
        Assert.That(eur.Rate, Is.EqualTo(7.6312964m));
        Assert.That(decimal.Round(eur.Rate, 4), Is.EqualTo(CitedRows.Rates.Single(r => r.Year == 2021 && r.Base == Currency.EUR && r.IsDerived).Rate));
        // CNY per 100 JPY 2021 = 6.4508 / 109.8429 * 100 = 5.872751; the derived row (L173) says 5.8728.
        var jpy = fx.GetRate(Currency.JPY, Currency.CNY, 2021);
        Assert.That(decimal.Round(jpy.Rate * 100m, 4), Is.EqualTo(5.8728m));
        Assert.That(jpy.RatesUsed.All(r => !r.IsDerived), Is.True);
        // 6.4508 / 109.8429 has no end: the rate is rounded, and the note says so.
        Assert.That(jpy.IsExact, Is.False);
        Assert.That(jpy.Note, Is.EqualTo("converted JPY to CNY through USD at the 2021 annual average 109.8429 JPY per USD (Board of Governors of the Federal Reserve System) and the 2021 annual average 6.4508 CNY per USD (Board of Governors of the Federal Reserve System)"
            + $"; the rate {jpy.Rate.ToString(System.Globalization.CultureInfo.InvariantCulture)} CNY per JPY is their quotient rounded to 27 significant digits"));
        Assert.That(eur.IsExact, Is.True);
        Assert.That(eur.Note, Does.Not.Contain("rounded"));
    }

    [Test]
    public void A_conversion_says_whether_its_amount_is_exact()
    {
        var fx = new CurrencyConverter(CitedRows.Rates, MissingRatePolicy.Error);
        // USD to CNY multiplies by the published 6.4508: exact.
        var (cny, toCny) = fx.Convert(Quantity.Money(1_234_567.89m, Currency.USD), Currency.CNY, 2021);
        Assert.That(cny.Value, Is.EqualTo(7_963_950.544812m));
        Assert.That(toCny.IsExact, Is.True);
        Assert.That(toCny.Note, Does.Not.Contain("rounded"));
        // CNY to USD divides by 6.4508; 64508 CNY is exactly 10000 USD, 100 CNY is not a finite decimal of USD.
        var (even, evenConversion) = fx.Convert(Quantity.Money(64_508m, Currency.CNY), Currency.USD, 2021);
        Assert.That(even.Value, Is.EqualTo(10_000m));
        Assert.That(evenConversion.IsExact, Is.True);
        var (usd, toUsd) = fx.Convert(Quantity.Money(100m, Currency.CNY), Currency.USD, 2021);
        Assert.That(toUsd.IsExact, Is.False);
        Assert.That(toUsd.Note, Does.EndWith($"; 100 CNY becomes {usd}, rounded to {Digits(usd.Value)} significant digits"));
        // A unit with money in the denominator divides by the rate: 2 pairs per USD is 2 / 6.4508 pairs per CNY.
        var (perCny, perCnyConversion) = fx.Convert(Quantity.Pairs(2m) / Quantity.Money(1m, Currency.USD), Currency.CNY, 2021);
        Assert.That(perCny.Unit.Code, Is.EqualTo("pairs/CNY"));
        Assert.That(perCnyConversion.IsExact, Is.False);
        var (quarter, quarterConversion) = fx.Convert(Quantity.Pairs(1.6127m) / Quantity.Money(1m, Currency.USD), Currency.CNY, 2021);
        Assert.That(quarter.Value, Is.EqualTo(0.25m));
        Assert.That(quarterConversion.IsExact, Is.True);
    }

    [Test]
    public void Quantity_conversion_reports_rounding()
    {
        var money = Quantity.Money(10m, Currency.CNY);
        Assert.That(money.ConvertCurrency(Currency.USD, 0.125m, out bool exact).Value, Is.EqualTo(1.25m));
        Assert.That(exact, Is.True);
        // 28 significant digits times 28 more cannot be held.
        Quantity.Money(123.456m, Currency.CNY).ConvertCurrency(Currency.USD, 0.1234567890123456789012345678m, out exact);
        Assert.That(exact, Is.False);
        (Quantity.Pairs(1m) / Quantity.Money(1m, Currency.CNY)).ConvertCurrency(Currency.USD, 3m, out exact);
        Assert.That(exact, Is.False);
        Assert.That((Quantity.Pairs(3m) / Quantity.Money(1m, Currency.CNY)).ConvertCurrency(Currency.USD, 3m, out exact).Value, Is.EqualTo(1m));
        Assert.That(exact, Is.True);
    }

    private static int Digits(decimal d) => d.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace(".", "", StringComparison.Ordinal).TrimStart('0').TrimEnd('0').Length;

    [Test]
    public void Year_2016_follows_the_callers_policy()
    {
        var q = Quantity.Money(1_036_000_000m, Currency.USD);
        var error = Assert.Throws<MissingExchangeRateException>(() => new CurrencyConverter(CitedRows.Rates, MissingRatePolicy.Error).Convert(q, Currency.CNY, 2016));
        Assert.That(error!.Message, Does.StartWith("No annual CNY/USD rate for 2016 (annual rates exist for 2012, 2013, 2015, 2017, 2021, 2022, 2023)."));
        Assert.That((error.From, error.To, error.Year), Is.EqualTo((Currency.CNY, Currency.USD, 2016)));
        Assert.That(error.AnnualYears, Is.EqualTo(new[] { 2012, 2013, 2015, 2017, 2021, 2022, 2023 }));
        Assert.That(error.Months, Is.Empty);
        // 2015 and 2017 are equally near: the earlier year, 2015 (6.2827 CNY per USD, L187), is used and named.
        var (cny, used) = new CurrencyConverter(CitedRows.Rates, MissingRatePolicy.NearestYear).Convert(q, Currency.CNY, 2016);
        Assert.That(used.RateYear, Is.EqualTo(2015));
        Assert.That(used.Method, Is.EqualTo(RateMethod.NearestYear));
        Assert.That(cny, Is.EqualTo(Quantity.Money(1_036_000_000m * 6.2827m, Currency.CNY)));
        Assert.That(used.Note, Does.StartWith("2016 has no annual CNY/USD rate: nearest year 2015 used"));
        // 2016 has no monthly averages either.
        Assert.Throws<MissingExchangeRateException>(() => new CurrencyConverter(CitedRows.Rates, MissingRatePolicy.MeanOfAvailableMonths).Convert(q, Currency.CNY, 2016));
    }

    [Test]
    public void Year_2024_nearest_year_or_mean_of_the_months()
    {
        var fx = new CurrencyConverter(CitedRows.Rates, MissingRatePolicy.NearestYear).GetRate(Currency.USD, Currency.CNY, 2024);
        Assert.That(fx.RateYear, Is.EqualTo(2023));
        Assert.That(fx.Rate, Is.EqualTo(7.0809m));
        Assert.That(fx.Note, Is.EqualTo("2024 has no annual CNY/USD rate: nearest year 2023 used; converted USD to CNY at the 2023 annual average 7.0809 CNY per USD (Board of Governors of the Federal Reserve System)"));
        // Months 4, 5, 6 (L211-213) and 10, 11, 12 (L220-222): (7.2374 + 7.2327 + 7.2547 + 7.0881 + 7.2063 + 7.2807) / 6 = 43.2999 / 6 = 7.21665.
        var mean = new CurrencyConverter(CitedRows.Rates, MissingRatePolicy.MeanOfAvailableMonths).GetRate(Currency.USD, Currency.CNY, 2024);
        Assert.That(mean.Rate, Is.EqualTo(7.21665m));
        Assert.That(mean.RatesUsed.Select(r => r.Month), Is.EqualTo(new int?[] { 4, 5, 6, 10, 11, 12 }));
        Assert.That(mean.Note, Does.Contain("months 4, 5, 6, 10, 11, 12"));
    }

    [Test]
    public void Years_before_2012_use_2012_under_nearest_year()
    {
        var fx = new CurrencyConverter(CitedRows.Rates, MissingRatePolicy.NearestYear).GetRate(Currency.CNY, Currency.USD, 2003);
        Assert.That(fx.RateYear, Is.EqualTo(2012));
        Assert.That(fx.Rate, Is.EqualTo(1m / 6.3093m));
    }

    [Test]
    public void A_comparison_names_the_rate_and_year_of_every_converted_cell()
    {
        // Xiaobeihe output value 3.8e9 CNY (~2024, L31) in USD: 2024 has no annual rate, nearest year 2023 (7.0809).
        var options = new ComparisonOptions("xiaobeihe") { Peers = [], Year = 2024, Currency = Currency.USD, Rates = CitedRows.Rates };
        Assert.Throws<MissingExchangeRateException>(() => ClusterStats.Comparison.Create(CitedRows.All(), options));
        var cell = ClusterStats.Comparison.Create(CitedRows.All(), options with { RatePolicy = MissingRatePolicy.NearestYear }).Rows[0]["output_value"];
        Assert.That(cell.Point!.Value.Unit, Is.EqualTo(Unit.Money(Currency.USD)));
        // 3.8e9 / 7.0809 = 536,654,944.99 USD (7.0809 * 536,654,944.99 = 3,799,999,999.96).
        Assert.That(decimal.Round(cell.Point.Value.Value, 2), Is.EqualTo(536_654_944.99m));
        Assert.That(cell.Notes, Has.Some.StartsWith("2024 has no annual CNY/USD rate: nearest year 2023 used"));
    }
}
