namespace ClusterStats.Tests.Quantities;

/// <summary>The C# example of the README section "Figures as sources write them", checked line by line.</summary>
public class ReadmeFigureExampleTests
{
    [Test]
    public void Readme_example_gives_what_its_comments_say()
    {
        var pairs = QualifiedQuantity.Parse("年間22億足");
        var value = QualifiedQuantity.Parse("35億元");
        var perPair = value.Quantity / pairs.Quantity;
        var jobs = QualifiedQuantity.Parse("2万多人");
        var yuan = QualifiedQuantity.Parse("¥2.7 billion", new FigureParseOptions { YenSign = YenSign.Cny });
        var date = QualifiedQuantity.TryParse("2024年");
        const string text = "現在では年間22億足の靴下を生産し";
        var match = QualifiedQuantity.TryParseAt(text, 6).Value;
        Assert.Multiple(() =>
        {
            Assert.That(pairs.ToString(), Is.EqualTo("2200000000 pairs"));
            Assert.That(value.ToString(), Is.EqualTo("3500000000 CNY"));
            Assert.That(perPair.Unit.Code, Is.EqualTo("CNY/pair"));
            Assert.That(perPair.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), Does.StartWith("1.5909"));
            Assert.That(jobs.ToString(), Is.EqualTo("20000 persons at-least"));
            Assert.That(jobs.Format(FigureLanguage.English), Is.EqualTo("more than 20,000 persons"));
            Assert.That(pairs.Format(FigureLanguage.Chinese), Is.EqualTo("22亿双"));
            Assert.That(FigureFormat.ForPeople(perPair, precision: FigurePrecision.Table), Is.EqualTo("≈1.591 CNY/pair"));
            Assert.That(yuan.ToString(), Is.EqualTo("2700000000 CNY"));
            Assert.That(date.Success, Is.False);
            Assert.That(date.Position, Is.EqualTo(4));
            Assert.That(text[match.Start..match.End], Is.EqualTo("22億足"));
        });
    }
}
