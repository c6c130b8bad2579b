using System.Globalization;

namespace ClusterStats.Tests.Quantities;

/// <summary>
/// A lone Chinese digit right after a place word stands at the next lower place (一万二 = 12,000, 二百五 = 250), as
/// Chinese and Japanese write short numerals; a zero says the place is skipped (一万零二 = 10,002). Arabic digits
/// after a place word must fill every place below it (3万5000), since 1万2 could be 12,000 or 10,002.
/// </summary>
public class PlaceAbbreviationTests
{
    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    [TestCase("一万二双", "12000", "pairs")]
    [TestCase("两万五人", "25000", "persons")]
    [TestCase("三千四双", "3400", "pairs")]
    [TestCase("二百五双", "250", "pairs")]
    [TestCase("一亿二双", "120000000", "pairs")]
    [TestCase("一百一人", "110", "persons")]
    [TestCase("一萬二足", "12000", "pairs")]
    [TestCase("二億五円", "250000000", "JPY")]
    [TestCase("三億五千万円", "350000000", "JPY")]
    [TestCase("九千九家", "9900", "firms")]
    [TestCase("两千零一十人", "2010", "persons")]
    [TestCase("三十五万人", "350000", "persons")]
    [TestCase("十二人", "12", "persons")]
    [TestCase("二十人", "20", "persons")]
    [TestCase("一万零二双", "10002", "pairs")]
    [TestCase("一千零五人", "1005", "persons")]
    [TestCase("一亿零二万元", "100020000", "CNY")]
    [TestCase("三千〇四双", "3004", "pairs")]
    [TestCase("一万二千双", "12000", "pairs")]
    [TestCase("3万5000人", "35000", "persons")]
    [TestCase("1千250人", "1250", "persons")]
    [TestCase("3万0500人", "30500", "persons")]
    [TestCase("3万5000.5元", "35000.5", "CNY")]
    [TestCase("1万2千人", "12000", "persons")]
    [TestCase("1.2万人", "12000", "persons")]
    [TestCase("1亿4000万足", "140000000", "pairs")]
    [TestCase("1만2천명", "12000", "persons")]
    [TestCase("3억5000만원", "350000000", "KRW")]
    public void A_number_keeps_the_place_of_each_digit(string text, string value, string unit)
    {
        var figure = QualifiedQuantity.Parse(text);
        Assert.That(figure.Value, Is.EqualTo(D(value)), text);
        Assert.That(figure.ValueHigh, Is.Null, text);
        Assert.That(figure.Qualifier, Is.EqualTo(Qualifier.Exact), text);
        Assert.That(figure.Unit.Code, Is.EqualTo(unit), text);
    }

    [TestCase("三千四五双", "3400", "3500")]
    [TestCase("一万二三双", "12000", "13000")]
    [TestCase("一亿二三元", "120000000", "130000000")]
    [TestCase("两百七八人", "270", "280")]
    [TestCase("一万二至一万五人", "12000", "15000")]
    [TestCase("约两万五六人", "25000", "26000")]
    public void A_range_of_two_digits_after_a_place_word_stands_at_the_next_lower_place(string text, string low, string high)
    {
        var figure = QualifiedQuantity.Parse(text);
        Assert.That(figure.Qualifier, Is.EqualTo(Qualifier.Range), text);
        Assert.That(figure.Value, Is.EqualTo(D(low)), text);
        Assert.That(figure.ValueHigh, Is.EqualTo(D(high)), text);
    }

    [TestCase("一万二多人", "12000", Qualifier.AtLeast)]
    [TestCase("约两万五人", "25000", Qualifier.Approximately)]
    [TestCase("近三千四人", "3400", Qualifier.Nearly)]
    [TestCase("一亿二元以上", "120000000", Qualifier.AtLeast)]
    public void A_qualifier_keeps_the_place_reading(string text, string value, Qualifier qualifier)
    {
        var figure = QualifiedQuantity.Parse(text);
        Assert.That(figure.Value, Is.EqualTo(D(value)), text);
        Assert.That(figure.Qualifier, Is.EqualTo(qualifier), text);
    }

    [TestCase("1万2双", 2, "1万2 could be 12,000 or 10,002")]
    [TestCase("3千4人", 2, "1万2 could be 12,000 or 10,002")]
    [TestCase("1亿4000人", 2, "fill every place below")]
    [TestCase("1万20000人", 2, "fill every place below")]
    [TestCase("1万2.5人", 2, "fill every place below")]
    [TestCase("一万2人", 2, "fill every place below")]
    [TestCase("1千2百3人", 4, "fill every place below")]
    [TestCase("1만2명", 2, "fill every place below")]
    [TestCase("3억5000명", 2, "fill every place below")]
    [TestCase("三千万二人", 3, "one scale word before a digit")]
    [TestCase("一万亿二元", 3, "one scale word before a digit")]
    [TestCase("一万二三四人", 2, "digits side by side there")]
    [TestCase("만2명", 0, "a number")]
    public void An_unclear_place_is_an_error(string text, int position, string expected)
    {
        var result = QualifiedQuantity.TryParse(text);
        Assert.That(result.Success, Is.False, text);
        Assert.That(result.Position, Is.EqualTo(position), text);
        Assert.That(result.Expected, Does.Contain(expected), text);
    }

    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    private static readonly (string Word, decimal Place)[] Places = [("十", 10m), ("百", 100m), ("千", 1_000m), ("万", 10_000m), ("亿", 100_000_000m)];

    // The short form, the full form and the form with the zero agree with arithmetic for every pair of digits and place.
    [Test]
    public void Every_short_numeral_equals_its_full_form()
    {
        var lower = new Dictionary<decimal, string> { [10m] = "", [100m] = "十", [1_000m] = "百", [10_000m] = "千", [100_000_000m] = "千万" };
        foreach (var (word, place) in Places)
        {
            for (int first = 1; first <= 9; first++)
            {
                for (int second = 1; second <= 9; second++)
                {
                    string head = Digits[first] + word;
                    decimal next = place / 10m;
                    Assert.That(QualifiedQuantity.Parse(head + Digits[second] + "人").Value, Is.EqualTo(first * place + second * next), head + Digits[second]);
                    Assert.That(QualifiedQuantity.Parse(head + Digits[second] + lower[place] + "人").Value, Is.EqualTo(first * place + second * next), head + Digits[second] + lower[place]);
                    if (place > 10m)
                        Assert.That(QualifiedQuantity.Parse(head + "零" + Digits[second] + "人").Value, Is.EqualTo(first * place + second), head + "零" + Digits[second]);
                    if (second < 9)
                    {
                        var range = QualifiedQuantity.Parse(head + Digits[second] + Digits[second + 1] + "人");
                        Assert.That((range.Value, range.ValueHigh), Is.EqualTo((first * place + second * next, (decimal?)(first * place + (second + 1) * next))), head + Digits[second] + Digits[second + 1]);
                    }
                }
            }
        }
    }
}
