using System.Globalization;

namespace ClusterStats.Tests.Quantities;

public class FigureParsingTests
{
    // Forms taken from the foundation issue, the seed article (seeds/README.md) and the quotes of
    // /work/shared/data/cited-figures.csv (e.g. 年产棉袜25亿双, 从业者2万多人, 생산액이 근 32억 위안, 奈良県 101,063千足).
    [TestCase("22亿双", "2200000000", "pairs", "exact", false)]
    [TestCase("22億足", "2200000000", "pairs", "exact", false)]
    [TestCase("35亿元", "3500000000", "CNY", "exact", false)]
    [TestCase("35億元", "3500000000", "CNY", "exact", false)]
    [TestCase("226家", "226", "firms", "exact", false)]
    [TestCase("226社", "226", "firms", "exact", false)]
    [TestCase("2万多人", "20000", "persons", "at-least", false)]
    [TestCase("近32亿元", "3200000000", "CNY", "nearly", false)]
    [TestCase("2.5万台", "25000", "machines", "exact", false)]
    [TestCase("1,234.5万元", "12345000", "CNY", "exact", false)]
    [TestCase("25亿双以上", "2500000000", "pairs", "at-least", false)]
    [TestCase("约3.5亿元", "350000000", "CNY", "approximately", false)]
    [TestCase("三十五亿元", "3500000000", "CNY", "exact", false)]
    [TestCase("２２億足", "2200000000", "pairs", "exact", false)]
    [TestCase("１，２３４．５万元", "12345000", "CNY", "exact", false)]
    [TestCase("25억 켤레", "2500000000", "pairs", "exact", false)]
    [TestCase("2.2 billion pairs", "2200000000", "pairs", "exact", false)]
    [TestCase("3.5 billion yuan", "3500000000", "CNY", "exact", false)]
    [TestCase("more than 20,000 workers", "20000", "persons", "at-least", false)]
    [TestCase("€486.2 million", "486200000", "EUR", "exact", false)]
    [TestCase("$1.036 bn", "1036000000", "USD", "exact", false)]
    [TestCase("1.5 bn pairs", "1500000000", "pairs", "exact", false)]
    [TestCase("600 million dozen pairs", "7200000000", "pairs", "exact", false)]
    [TestCase("2千5百万元", "25000000", "CNY", "exact", false)]
    [TestCase("十五家", "15", "firms", "exact", false)]
    [TestCase("两千台", "2000", "machines", "exact", false)]
    [TestCase("一千零五人", "1005", "persons", "exact", false)]
    [TestCase("三万五千亿元", "3500000000000", "CNY", "exact", false)]
    [TestCase("1兆元", "1000000000000", "CNY", "exact", false)]
    [TestCase("2萬人", "20000", "persons", "exact", false)]
    [TestCase("年產襪子26億雙", "2600000000", "pairs", "exact", false, 4)]
    [TestCase("9533억 원", "953300000000", "KRW", "exact", false)]
    [TestCase("2만 여명", "20000", "persons", "at-least", false)]
    [TestCase("근 32억 위안", "3200000000", "CNY", "nearly", false)]
    [TestCase("2.5만 대", "25000", "machines", "exact", false)]
    [TestCase("206개", "206", "firms", "exact", false)]
    [TestCase("200곳", "200", "firms", "exact", false)]
    [TestCase("-4406만 달러", "-44060000", "USD", "exact", false)]
    [TestCase("约50亿元目标", "5000000000", "CNY", "approximately", true)]
    [TestCase("目标50亿元", "5000000000", "CNY", "exact", true)]
    [TestCase("40억 켤레 목표", "4000000000", "pairs", "exact", true)]
    [TestCase("目標40億足", "4000000000", "pairs", "exact", true)]
    [TestCase("a target of 5 billion yuan", "5000000000", "CNY", "exact", true, 2)]
    [TestCase("130多亿元", "13000000000", "CNY", "at-least", false)]
    [TestCase("35亿余元", "3500000000", "CNY", "at-least", false)]
    [TestCase("4000余家", "4000", "firms", "at-least", false)]
    [TestCase("200多亿双", "20000000000", "pairs", "at-least", false)]
    [TestCase("1億4000万足", "140000000", "pairs", "exact", false)]
    [TestCase("約2億8550万足", "285500000", "pairs", "approximately", false)]
    [TestCase("101,063千足", "101063000", "pairs", "exact", false)]
    [TestCase("5298万足", "52980000", "pairs", "exact", false)]
    [TestCase("199.4億円", "19940000000", "JPY", "exact", false)]
    [TestCase("27億円", "2700000000", "JPY", "exact", false)]
    [TestCase("100人未満", "100", "persons", "at-most", false)]
    [TestCase("不到5亿元", "500000000", "CNY", "at-most", false)]
    [TestCase("under 300 firms", "300", "firms", "at-most", false)]
    [TestCase("less than 10 machines", "10", "machines", "at-most", false)]
    [TestCase("about 400 companies", "400", "firms", "approximately", false)]
    [TestCase("around 8,000 people", "8000", "persons", "approximately", false)]
    [TestCase("some 7,500 workers", "7500", "persons", "approximately", false)]
    [TestCase("nearly 3.2 billion yuan", "3200000000", "CNY", "nearly", false)]
    [TestCase("almost 10,000 enterprises", "10000", "firms", "nearly", false)]
    [TestCase("over 20,000 people", "20000", "persons", "at-least", false)]
    [TestCase("22億足近く", "2200000000", "pairs", "nearly", false)]
    [TestCase("3.5亿元左右", "350000000", "CNY", "approximately", false)]
    [TestCase("約110社", "110", "firms", "approximately", false)]
    [TestCase("대략 200곳", "200", "firms", "approximately", false)]
    [TestCase("超过200家", "200", "firms", "at-least", false)]
    [TestCase("2万人超", "20000", "persons", "at-least", false)]
    [TestCase("65%", "65", "percent", "exact", false)]
    [TestCase("６５％", "65", "percent", "exact", false)]
    [TestCase("百分之三十五", "35", "percent", "exact", false)]
    [TestCase("15.8 percent", "15.8", "percent", "exact", false)]
    [TestCase("6割", "60", "percent", "exact", false)]
    [TestCase("第2位", "2", "rank", "exact", false)]
    [TestCase("第二大", "2", "rank", "exact", false)]
    [TestCase("全国第五位", "5", "rank", "exact", false, 2)]
    [TestCase("2nd", "2", "rank", "exact", false)]
    [TestCase("21st", "21", "rank", "exact", false)]
    [TestCase("No. 3", "3", "rank", "exact", false)]
    [TestCase("2위", "2", "rank", "exact", false)]
    [TestCase("5亿美元", "500000000", "USD", "exact", false)]
    [TestCase("1.59元/双", "1.59", "CNY/pair", "exact", false)]
    [TestCase("892円/足", "892", "JPY/pair", "exact", false)]
    [TestCase("1.59 yuan per pair", "1.59", "CNY/pair", "exact", false)]
    [TestCase("15項目", "15", "projects", "exact", false)]
    [TestCase("1.5 billion TRY", "1500000000", "TRY", "exact", false)]
    [TestCase("US$5.6 bn", "5600000000", "USD", "exact", false)]
    [TestCase("$ 688 million", "688000000", "USD", "exact", false)]
    [TestCase("Euro1.1 bn", "1100000000", "EUR", "exact", false)]
    [TestCase("75 billion yuan", "75000000000", "CNY", "exact", false)]
    [TestCase("25亿人民币", "2500000000", "CNY", "exact", false)]
    [TestCase("年間22億足", "2200000000", "pairs", "exact", false)]
    [TestCase("  22億足  ", "2200000000", "pairs", "exact", false)]
    [TestCase("2200000000 pairs", "2200000000", "pairs", "exact", false)]
    [TestCase("20000 persons at-least", "20000", "persons", "at-least", false)]
    [TestCase("5000000000 CNY approximately target", "5000000000", "CNY", "approximately", true)]
    [TestCase("9734513 pairs/firm", "9734513", "pairs/firm", "exact", false)]
    public void Reads_the_figure(string text, string value, string unit, string qualifier, bool target, int skip = 0)
    {
        // 'skip' drops leading context words that whole-text parsing does not accept (年產襪子, 全国, "a ").
        var figure = QualifiedQuantity.Parse(text[skip..]);
        Assert.Multiple(() =>
        {
            Assert.That(figure.Value, Is.EqualTo(decimal.Parse(value, CultureInfo.InvariantCulture)));
            Assert.That(figure.Unit.Code, Is.EqualTo(unit));
            Assert.That(figure.Qualifier.ToCode(), Is.EqualTo(qualifier));
            Assert.That(figure.IsTarget, Is.EqualTo(target));
        });
    }

    [TestCase("22億足", "2200000000")]
    [TestCase("2.2 billion pairs", "2200000000")]
    [TestCase("1,234.5万元", "12345000")]
    public void Values_have_no_trailing_zeros(string text, string plain) =>
        Assert.That(QualifiedQuantity.Parse(text).Value.ToString(CultureInfo.InvariantCulture), Is.EqualTo(plain));

    [TestCase("¥2.7 billion", YenSign.Cny, "CNY")]
    [TestCase("¥2.7 billion", YenSign.Jpy, "JPY")]
    [TestCase("￥2.7 billion", YenSign.Jpy, "JPY")]
    [TestCase("¥27亿元", YenSign.Jpy, "CNY")]
    [TestCase("¥27億円", YenSign.Cny, "JPY")]
    public void Yen_sign_follows_the_word_then_the_option(string text, YenSign choice, string currency)
    {
        var figure = QualifiedQuantity.Parse(text, new FigureParseOptions { YenSign = choice });
        Assert.That(figure.Unit.Code, Is.EqualTo(currency));
        Assert.That(figure.Value, Is.EqualTo(2_700_000_000m));
    }

    [Test]
    public void A_default_unit_serves_a_bare_number_but_never_a_date()
    {
        var options = new FigureParseOptions { DefaultUnit = Unit.Pairs };
        Assert.That(QualifiedQuantity.Parse("2.2 billion", options).Quantity, Is.EqualTo(Quantity.Pairs(2_200_000_000m)));
        var date = QualifiedQuantity.TryParse("2024年", options);
        Assert.That(date.Success, Is.False);
        Assert.That(date.Position, Is.EqualTo(4));
    }

    [TestCase("", 0, "a number")]
    [TestCase("abc", 0, "a number")]
    [TestCase("约", 1, "a number")]
    [TestCase("more than workers", 10, "a number")]
    [TestCase("2.2 billion", 11, "a unit word")]
    [TestCase("22亿", 3, "a unit word")]
    [TestCase("22 years", 2, "a unit word")]
    [TestCase("1e9 pairs", 1, "a unit word")]
    [TestCase("2024年", 4, "not a date")]
    [TestCase("40年来", 2, "not a date")]
    [TestCase("7月20日", 1, "not a date")]
    [TestCase("30歳", 2, "not a date")]
    [TestCase("二〇二四年", 4, "not a date")]
    [TestCase("20余年", 3, "not a date")]
    [TestCase("¥2.7 billion", 12, "¥ is written for both")]
    [TestCase("¥5 pairs", 3, "¥ is written for both")]
    [TestCase("$5亿元", 3, "agrees with the currency sign")]
    [TestCase("22億足の靴下", 4, "the end of the figure")]
    [TestCase("2.2 billion pairs of socks", 18, "the end of the figure")]
    [TestCase("1111111111111111111111111111111 pairs", 0, "at most 28 significant digits")]
    [TestCase("79228162514264337593543950 billion pairs", 27, "at most 28 significant digits")]
    public void Failure_names_position_and_expectation(string text, int position, string expected)
    {
        var result = QualifiedQuantity.TryParse(text);
        Assert.That(result.Success, Is.False);
        Assert.That(result.Position, Is.EqualTo(position));
        Assert.That(result.Expected, Does.Contain(expected));
        Assert.That(result.Input, Is.EqualTo(text));
        var ex = Assert.Throws<ClusterStatsFormatException>(() => QualifiedQuantity.Parse(text));
        Assert.That(ex!.Position, Is.EqualTo(position));
        Assert.That(ex.Expected, Is.EqualTo(result.Expected));
        Assert.That(ex.Message, Does.Contain($"'{text}'").And.Contain($"position {position}"));
    }

    [Test]
    public void Failure_result_throws_only_when_its_value_is_asked_for()
    {
        var result = QualifiedQuantity.TryParse("22亿");
        Assert.That(result.TryGetValue(out _), Is.False);
        Assert.That(result.ToException(), Is.InstanceOf<ClusterStatsFormatException>());
        Assert.Throws<ClusterStatsFormatException>(() => _ = result.Value);
        var ok = QualifiedQuantity.TryParse("22亿双");
        Assert.That(ok.TryGetValue(out var figure), Is.True);
        Assert.That(figure.Quantity, Is.EqualTo(Quantity.Pairs(2_200_000_000m)));
        Assert.That(ok.ToException(), Is.Null);
    }
}
