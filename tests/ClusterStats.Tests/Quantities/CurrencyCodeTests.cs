using ClusterStats.Extraction;

namespace ClusterStats.Tests.Quantities;

/// <summary>Units are a closed vocabulary: a currency code after a figure is a currency only when ClusterStats knows it.</summary>
public class CurrencyCodeTests
{
    [TestCase("100 ABC", 4)]
    [TestCase("200 SME", 4)]
    [TestCase("3 NOK", 2)]
    [TestCase("5 million XYZ", 10)]
    [TestCase("约300 QQQ", 5)]
    public void Three_capitals_that_are_no_known_currency_are_an_error(string text, int position)
    {
        var result = QualifiedQuantity.TryParse(text);
        Assert.That(result.Success, Is.False, text);
        Assert.That(result.Position, Is.EqualTo(position), text);
        Assert.That(result.Expected, Does.Contain("a currency ClusterStats knows").And.Contain("CHF"), text);
    }

    [TestCase("1.5 billion TRY", "TRY")]
    [TestCase("3 CHF", "CHF")]
    [TestCase("2 bn GBP", "GBP")]
    [TestCase("300 EUR", "EUR")]
    [TestCase("45 INR/pair", "INR/pair")]
    public void Known_codes_stay_currencies(string text, string unit)
    {
        Assert.That(QualifiedQuantity.Parse(text).Unit.Code, Is.EqualTo(unit), text);
    }

    // Every code the unit vocabulary knows as money reads in a figure, and every other code of three capitals is refused.
    [Test]
    public void The_parser_knows_exactly_the_built_in_currencies()
    {
        var money = UnitVocabulary.BuiltIn.Codes.Where(c => UnitVocabulary.BuiltIn.Parse(c).Kind == UnitKind.Money).ToHashSet(StringComparer.Ordinal);
        Assert.That(money, Has.Count.GreaterThanOrEqualTo(20));
        var random = new Random(20261208);
        for (int i = 0; i < 3000; i++)
        {
            string code = string.Concat(Enumerable.Range(0, 3).Select(_ => (char)('A' + random.Next(26))));
            if (i < money.Count) code = money.ElementAt(i);
            var result = QualifiedQuantity.TryParse("12 " + code);
            Assert.That(result.Success, Is.EqualTo(money.Contains(code)), code);
            if (result.Success) Assert.That(result.Value.Unit.Code, Is.EqualTo(code));
        }
    }

    [Test]
    public void An_article_reads_the_noun_after_an_abbreviation_not_a_currency()
    {
        var found = new FigureExtractor().Extract("大唐镇有200 SME firms。", new ArticleInfo("t", Published: "2024"));
        var figure = found.Single().Figure;
        Assert.That(figure.Quantity.Unit, Is.EqualTo(Unit.Firms));
        Assert.That(figure.Quantity.Value, Is.EqualTo(200m));
        Assert.That(new FigureExtractor().Extract("大唐镇出口额100 ABC。", new ArticleInfo("t", Published: "2024")), Is.Empty);
    }
}
