using System.Globalization;
using FsCheck;

// FsCheck supplies the arguments of [FsCheck.NUnit.Property] methods; the NUnit analyzer does not know that.
#pragma warning disable NUnit1027

namespace ClusterStats.Tests.Quantities;

public class FigureFormattingTests
{
    private static readonly Unit[] Units =
    [
        Unit.Pairs, Unit.Firms, Unit.Persons, Unit.Machines, Unit.Percent, Unit.Rank,
        Unit.Money(Currency.CNY), Unit.Money(Currency.USD), Unit.Money(Currency.JPY), Unit.Money(Currency.EUR),
        Unit.Money(Currency.KRW), Unit.Money(Currency.TRY), Unit.Money(Currency.CNY) / Unit.Pairs, Unit.Pairs / Unit.Firms,
        Unit.Money(Currency.USD) / Unit.Pairs,
    ];

    private static QualifiedQuantity Figure(string value, string unit, Qualifier qualifier = Qualifier.Exact, bool target = false) =>
        new(new Quantity(decimal.Parse(value, CultureInfo.InvariantCulture), Unit.Parse(unit)), qualifier, target);

    // Seed article figures (seeds/README.md) and forms from the foundation issue.
    [TestCase("2200000000", "pairs", Qualifier.Exact, false, "2.2 billion pairs", "22亿双", "22億足")]
    [TestCase("3500000000", "CNY", Qualifier.Exact, false, "3.5 billion yuan", "35亿元", "35億元")]
    [TestCase("226", "firms", Qualifier.Exact, false, "226 firms", "226家", "226社")]
    [TestCase("20000", "persons", Qualifier.AtLeast, false, "more than 20,000 persons", "2万多人", "2万人以上")]
    [TestCase("350000000", "CNY", Qualifier.Approximately, false, "about 350 million yuan", "约3.5亿元", "約3.5億元")]
    [TestCase("3200000000", "CNY", Qualifier.Nearly, false, "nearly 3.2 billion yuan", "近32亿元", "32億元近く")]
    [TestCase("500000000", "CNY", Qualifier.AtMost, false, "at most 500 million yuan", "不到5亿元", "5億元以下")]
    [TestCase("5000000000", "CNY", Qualifier.Approximately, true, "about 5 billion yuan (target)", "约50亿元目标", "約50億元目標")]
    [TestCase("226", "firms", Qualifier.AtLeast, false, "more than 226 firms", "超过226家", "226社以上")]
    [TestCase("2", "rank", Qualifier.Exact, false, "No. 2", "第2位", "第2位")]
    [TestCase("65", "percent", Qualifier.Exact, false, "65%", "65%", "65%")]
    [TestCase("486200000", "EUR", Qualifier.Exact, false, "€486.2 million", "4.862亿欧元", "4.862億ユーロ")]
    [TestCase("1036000000", "USD", Qualifier.Exact, false, "$1.036 billion", "10.36亿美元", "10.36億ドル")]
    [TestCase("2700000000", "JPY", Qualifier.Exact, false, "2.7 billion yen", "27亿日元", "27億円")]
    [TestCase("25000", "machines", Qualifier.Exact, false, "25,000 machines", "2.5万台", "2.5万台")]
    [TestCase("1234567", "pairs", Qualifier.Exact, false, "1,234,567 pairs", "123.4567万双", "123.4567万足")]
    [TestCase("1.59", "CNY/pair", Qualifier.Exact, false, "1.59 CNY/pair", "1.59元/双", "1.59元/足")]
    public void Writes_for_people(string value, string unit, Qualifier qualifier, bool target, string en, string zh, string ja)
    {
        var figure = Figure(value, unit, qualifier, target);
        Assert.Multiple(() =>
        {
            Assert.That(figure.Format(FigureLanguage.English), Is.EqualTo(en));
            Assert.That(figure.Format(FigureLanguage.Chinese), Is.EqualTo(zh));
            Assert.That(figure.Format(FigureLanguage.Japanese), Is.EqualTo(ja));
            foreach (var text in new[] { en, zh, ja })
            {
                Assert.That(QualifiedQuantity.Parse(text), Is.EqualTo(figure), text);
            }
        });
    }

    [TestCase("2200000000", "pairs", Qualifier.Exact, false, "2200000000 pairs")]
    [TestCase("20000", "persons", Qualifier.AtLeast, false, "20000 persons at-least")]
    [TestCase("5000000000", "CNY", Qualifier.Approximately, true, "5000000000 CNY approximately target")]
    [TestCase("1.59", "CNY/pair", Qualifier.Exact, false, "1.59 CNY/pair")]
    [TestCase("0.0001", "percent", Qualifier.AtMost, false, "0.0001 percent at-most")]
    public void Writes_the_machine_form(string value, string unit, Qualifier qualifier, bool target, string machine) =>
        Assert.That(Figure(value, unit, qualifier, target).ToString(), Is.EqualTo(machine));

    [Test]
    public void Formatting_ignores_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var figure = Figure("2200000.5", "pairs");
            Assert.That(figure.ToString(), Is.EqualTo("2200000.5 pairs"));
            Assert.That(figure.Format(FigureLanguage.English), Is.EqualTo("2,200,000.5 pairs"));
            Assert.That(QualifiedQuantity.Parse("2,200,000.5 pairs"), Is.EqualTo(figure));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Test]
    public void Plain_quantities_format_as_exact_figures() =>
        Assert.That(Quantity.Pairs(2_200_000_000m).Format(FigureLanguage.Japanese), Is.EqualTo("22億足"));

    // FsCheck draws small longs; the exponent spreads values from 0.000001 to beyond 10^12 (2.2 billion pairs and up).
    private static QualifiedQuantity Generated(long mantissa, byte decimals, byte unit, byte qualifier, bool target)
    {
        decimal value = mantissa * (decimal)Math.Pow(10, decimals % 19) / 1_000_000m;
        return new QualifiedQuantity(new Quantity(value, Units[unit % Units.Length]), (Qualifier)(qualifier % 5), target);
    }

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public bool Machine_form_reads_back(long mantissa, byte decimals, byte unit, byte qualifier, bool target)
    {
        var figure = Generated(mantissa, decimals, unit, qualifier, target);
        return QualifiedQuantity.Parse(figure.ToString()) == figure;
    }

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public bool English_reads_back(long mantissa, byte decimals, byte unit, byte qualifier, bool target)
    {
        var figure = Generated(mantissa, decimals, unit, qualifier, target);
        return QualifiedQuantity.Parse(figure.Format(FigureLanguage.English)) == figure;
    }

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public bool Chinese_reads_back(long mantissa, byte decimals, byte unit, byte qualifier, bool target)
    {
        var figure = Generated(mantissa, decimals, unit, qualifier, target);
        return QualifiedQuantity.Parse(figure.Format(FigureLanguage.Chinese)) == figure;
    }

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public bool Japanese_reads_back(long mantissa, byte decimals, byte unit, byte qualifier, bool target)
    {
        var figure = Generated(mantissa, decimals, unit, qualifier, target);
        return QualifiedQuantity.Parse(figure.Format(FigureLanguage.Japanese)) == figure;
    }

    [FsCheck.NUnit.Property(MaxTest = 200)]
    public bool Round_numbers_use_scale_words(PositiveInt millions)
    {
        var figure = new QualifiedQuantity(Quantity.Pairs(millions.Get * 1_000_000m));
        string en = figure.Format(FigureLanguage.English);
        return (en.Contains(" million pairs", StringComparison.Ordinal) || en.Contains(" billion pairs", StringComparison.Ordinal))
            && QualifiedQuantity.Parse(en) == figure;
    }
}
