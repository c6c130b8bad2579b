using System.Globalization;
using ClusterStats.Cli;

namespace ClusterStats.Tests.Quantities;

public class RangeNumeralTests
{
    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    // Every value checked by hand: the shared higher places, the range at one place, the scale after it.
    [TestCase("三四万人", "30000", "40000", "persons")]
    [TestCase("五六亿双", "500000000", "600000000", "pairs")]
    [TestCase("七八十家", "70", "80", "firms")]
    [TestCase("两三千人", "2000", "3000", "persons")]
    [TestCase("二十七八家", "27", "28", "firms")]
    [TestCase("一两万人", "10000", "20000", "persons")]
    [TestCase("十七八万人", "170000", "180000", "persons")]
    [TestCase("三千四五百人", "3400", "3500", "persons")]
    [TestCase("2-3万人", "20000", "30000", "persons")]
    [TestCase("2至3万人", "20000", "30000", "persons")]
    [TestCase("二、三万人", "20000", "30000", "persons")]
    [TestCase("十几家", "11", "19", "firms")]
    [TestCase("二十几家", "21", "29", "firms")]
    // Invented beyond the issue.
    [TestCase("三五百人", "300", "500", "persons")]
    [TestCase("四五十万人", "400000", "500000", "persons")]
    [TestCase("一二十家", "10", "20", "firms")]
    [TestCase("八九成", "80", "90", "percent")]
    [TestCase("十几万人", "110000", "190000", "persons")]
    [TestCase("三百几十家", "310", "390", "firms")]
    [TestCase("一万几千人", "11000", "19000", "persons")]
    [TestCase("三四万亿元", "3000000000000", "4000000000000", "CNY")]
    [TestCase("1.5-2亿元", "150000000", "200000000", "CNY")]
    [TestCase("3万-4万人", "30000", "40000", "persons")]
    [TestCase("二十至三十万人", "200000", "300000", "persons")]
    [TestCase("2千-3千万元", "20000000", "30000000", "CNY")]
    [TestCase("5~8亿双", "500000000", "800000000", "pairs")]
    [TestCase("５～８億足", "500000000", "800000000", "pairs")]
    [TestCase("2〜3万人", "20000", "30000", "persons")]
    [TestCase("二、三万人", "20000", "30000", "persons")]
    [TestCase("十数万人", "110000", "190000", "persons")]
    [TestCase("2、3万人", "20000", "30000", "persons")]
    [TestCase("2到3万人", "20000", "30000", "persons")]
    [TestCase("两到三万人", "20000", "30000", "persons")]
    [TestCase("二十到三十万人", "200000", "300000", "persons")]
    [TestCase("二、三十家", "20", "30", "firms")]
    [TestCase("二、三家", "2", "3", "firms")]
    [TestCase("2–3 million pairs", "2000000", "3000000", "pairs")]
    [TestCase("2-3 billion pairs", "2000000000", "3000000000", "pairs")]
    [TestCase("$2–3.5 billion", "2000000000", "3500000000", "USD")]
    [TestCase("2 - 3 dozen pairs", "24", "36", "pairs")]
    [TestCase("30-40%", "30", "40", "percent")]
    [TestCase("30000..40000 persons range", "30000", "40000", "persons")]
    [TestCase("约三四万人", "30000", "40000", "persons")]
    [TestCase("四五十家企业", "40", "50", "firms", 4)]
    public void Range_numerals_give_both_bounds(string text, string low, string high, string unit, int end = -1)
    {
        var figure = end < 0 ? QualifiedQuantity.Parse(text) : QualifiedQuantity.TryParseAt(text, 0).Value.Figure;
        Assert.That(figure.Qualifier, Is.EqualTo(Qualifier.Range), text);
        Assert.That(figure.Value, Is.EqualTo(D(low)), text);
        Assert.That(figure.ValueHigh, Is.EqualTo(D(high)), text);
        Assert.That(figure.Unit.Code, Is.EqualTo(unit), text);
        Assert.That(figure.Midpoint, Is.EqualTo((D(low) + D(high)) / 2m), text);
        if (end >= 0) Assert.That(QualifiedQuantity.TryParseAt(text, 0).Value.End, Is.EqualTo(end));
    }

    // Numbers that are not ranges keep their value.
    [TestCase("二〇二四台", "2024")]
    [TestCase("一千零五人", "1005")]
    [TestCase("一亿两千万元", "120000000")]
    [TestCase("1亿4000万足", "140000000")]
    [TestCase("万亿元", null)]
    [TestCase("1万亿元", "1000000000000")]
    [TestCase("三千亿元", "300000000000")]
    [TestCase("五百亿元", "50000000000")]
    [TestCase("十亿元", "1000000000")]
    [TestCase("四万万人", "400000000")]
    [TestCase("四万万五千万人", "450000000")]
    [TestCase("3万亿3千亿元", "3300000000000")]
    [TestCase("3千万亿元", "3000000000000000")]
    [TestCase("2万5千人", "25000")]
    [TestCase("三万五千亿元", "3500000000000")]
    [TestCase("一成", "10")]
    public void Other_numbers_keep_their_value(string text, string? value)
    {
        var result = QualifiedQuantity.TryParse(text);
        if (value is null)
        {
            Assert.That(result.Success, Is.False, text);
            return;
        }
        Assert.That(result.Value.Value, Is.EqualTo(D(value)), text);
        Assert.That(result.Value.ValueHigh, Is.Null, text);
        Assert.That(result.Value.Qualifier, Is.EqualTo(Qualifier.Exact), text);
    }

    // Errors, with the position and the expectation: never a guess, a sum or a dropped word.
    [TestCase("几十家", 0, "too vague")]
    [TestCase("几百人", 0, "too vague")]
    [TestCase("几千人", 0, "too vague")]
    [TestCase("几万人", 0, "too vague")]
    [TestCase("数万人", 0, "too vague")]
    [TestCase("约数千人", 1, "too vague")]
    [TestCase("3亿5亿双", 2, "not added")]
    [TestCase("1万2万人", 2, "not added")]
    [TestCase("三万五千万人", 2, "not added")]
    [TestCase("三亿五亿双", 2, "not added")]
    [TestCase("1亿亿亿双", 2, "only 万亿 (10^12) and 万万 (10^8)")]
    [TestCase("1亿亿双", 2, "only 万亿 (10^12) and 万万 (10^8)")]
    [TestCase("四万万万人", 3, "only 万亿 (10^12) and 万万 (10^8)")]
    [TestCase("1万兆元", 2, "only 万亿 (10^12) and 万万 (10^8)")]
    [TestCase("1亿2万万人", 4, "only 万亿 (10^12) and 万万 (10^8)")]
    [TestCase("五三万人", 0, "the second the larger")]
    [TestCase("三三万人", 0, "the second the larger")]
    [TestCase("三四万五千人", 3, "no digits after a range")]
    [TestCase("三四十五人", 3, "no digits after a range")]
    [TestCase("3-2万人", 2, "a high bound above the low bound")]
    [TestCase("5000-1.2万人", 5, "a high bound above the low bound")]
    [TestCase("3万-3万人", 3, "a high bound above the low bound")]
    [TestCase("2-三四万人", 2, "a range is not also a bound")]
    [TestCase("三四万多人", 3, "a range is not also a bound")]
    [TestCase("超过三四万人", 2, "a range without a one-sided qualifier")]
    [TestCase("三四万人以上", 0, "a range without a one-sided qualifier")]
    [TestCase("30000 persons range", 14, "two bounds before the qualifier range")]
    [TestCase("2万到3万人", 2, "a unit word")]
    [TestCase("2、3家", 1, "a unit word")]
    [TestCase("1、2、3万人", 1, "a unit word")]
    public void Bad_range_numerals_are_errors(string text, int position, string expected)
    {
        var result = QualifiedQuantity.TryParse(text);
        Assert.That(result.Success, Is.False, text);
        Assert.That(result.Position, Is.EqualTo(position), text);
        Assert.That(result.Expected, Does.Contain(expected), text);
    }

    [TestCase("30000..40000 persons range")]
    [TestCase("27..28 firms range")]
    [TestCase("2000000000..3000000000 pairs range target")]
    [TestCase("1.5..2.25 CNY/pair range")]
    [TestCase("80..90 percent range")]
    [TestCase("-3..-1 percent range")]
    public void Machine_form_reads_back_equal(string machine)
    {
        var figure = QualifiedQuantity.Parse(machine);
        Assert.That(figure.ToString(), Is.EqualTo(machine));
        Assert.That(QualifiedQuantity.Parse(figure.ToString()), Is.EqualTo(figure));
    }

    [TestCase("三四万人", "30,000–40,000 persons", "3万至4万人", "3万～4万人", "30000..40000 persons range")]
    [TestCase("五六亿双", "500–600 million pairs", "5亿至6亿双", "5億～6億足", "500000000..600000000 pairs range")]
    [TestCase("二十七八家", "27–28 firms", "27至28家", "27～28社", "27..28 firms range")]
    [TestCase("2-3 billion pairs", "2–3 billion pairs", "20亿至30亿双", "20億～30億足", "2000000000..3000000000 pairs range")]
    [TestCase("5000-12000人", "5,000–12,000 persons", "5000至12000人", "5000～12000人", "5000..12000 persons range")]
    [TestCase("$2–3.5 billion", "$2–3.5 billion", "20亿至35亿美元", "20億～35億ドル", "2000000000..3500000000 USD range")]
    [TestCase("八九成", "80–90%", "80至90%", "80～90%", "80..90 percent range")]
    [TestCase("目标三四亿元", "300–400 million yuan (target)", "3亿至4亿元目标", "3億～4億元目標", "300000000..400000000 CNY range target")]
    public void People_forms_read_back_equal(string text, string english, string chinese, string japanese, string machine)
    {
        var figure = QualifiedQuantity.Parse(text);
        Assert.That(figure.Format(FigureLanguage.English), Is.EqualTo(english));
        Assert.That(figure.Format(FigureLanguage.Chinese), Is.EqualTo(chinese));
        Assert.That(figure.Format(FigureLanguage.Japanese), Is.EqualTo(japanese));
        Assert.That(figure.ToString(), Is.EqualTo(machine));
        foreach (var form in new[] { english, chinese, japanese, machine })
            Assert.That(QualifiedQuantity.Parse(form), Is.EqualTo(figure), form);
    }

    [Test]
    public void Random_ranges_read_back_equal_from_every_form()
    {
        var random = new Random(20261129);
        Unit[] units = [Unit.Pairs, Unit.Persons, Unit.Firms, Unit.Percent, Quantity.Money(1m, Currency.CNY).Unit, Quantity.Money(1m, Currency.USD).Unit, Unit.Rank];
        for (int i = 0; i < 2000; i++)
        {
            decimal scale = new[] { 1m, 10m, 1_000m, 10_000m, 100_000_000m, 1_000_000_000m, 1_000_000_000_000m }[random.Next(7)];
            decimal low = random.Next(0, 100_000) * scale / new[] { 1m, 10m, 100m, 1000m }[random.Next(4)];
            decimal high = low + random.Next(1, 100_000) * scale / new[] { 1m, 10m, 100m }[random.Next(3)];
            if (random.Next(5) == 0) (low, high) = (-high, -low);
            var figure = new QualifiedQuantity(new Quantity(low, units[random.Next(units.Length)]), high, random.Next(2) == 0);
            foreach (var language in new[] { FigureLanguage.Invariant, FigureLanguage.English, FigureLanguage.Chinese, FigureLanguage.Japanese })
            {
                string text = figure.Format(language);
                var back = QualifiedQuantity.TryParse(text);
                Assert.That(back.Success, Is.True, $"{figure} as {language}: {text}: {back}");
                Assert.That(back.Value, Is.EqualTo(figure), $"{figure} as {language}: {text}");
            }
        }
    }

    [Test]
    public void Range_constructor_refuses_a_high_bound_not_above_the_low_bound()
    {
        Assert.Throws<ArgumentException>(() => _ = new QualifiedQuantity(new Quantity(3m, Unit.Persons), 3m));
        Assert.Throws<ArgumentException>(() => _ = new QualifiedQuantity(new Quantity(3m, Unit.Persons), Qualifier.Range));
        var range = new QualifiedQuantity(new Quantity(3m, Unit.Persons), 5m);
        Assert.That(range, Is.Not.EqualTo(new QualifiedQuantity(new Quantity(3m, Unit.Persons), 6m)));
        Assert.That(range.Midpoint, Is.EqualTo(4m));
        Assert.That(new QualifiedQuantity(new Quantity(3m, Unit.Persons)).Midpoint, Is.EqualTo(3m));
    }

    [TestCase("三四万人", "30000,persons,range,false,40000")]
    [TestCase("2-3 billion pairs", "2000000000,pairs,range,false,3000000000")]
    [TestCase("22亿双", "2200000000,pairs,exact,false,")]
    public void Parse_command_prints_value_high_last(string text, string line)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = CliApp.Run(["parse", text], stdout, stderr);
        Assert.That(code, Is.EqualTo(0), stderr.ToString());
        Assert.That(stdout.ToString().ReplaceLineEndings("\n"), Is.EqualTo("value,unit,qualifier,target,value_high\n" + line + "\n"));
    }
}
