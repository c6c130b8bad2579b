using System.Text;
using Microsoft.Data.Analysis;

namespace ClusterStats.Tests.Evidence;

public class CsvRoundTripTests
{
    [Test]
    public void Writing_then_reading_the_whole_reference_dataset_gives_identical_figures()
    {
        var figures = ReferenceData.Load().Figures;
        var text = FigureCsv.ToCsv(figures);
        var back = FigureCsv.Read(Encoding.UTF8.GetBytes(text), "roundtrip.csv");
        Assert.That(back, Is.EqualTo(figures));
        Assert.That(FigureCsv.ToCsv(back), Is.EqualTo(text));
    }

    [Test]
    public void Formula_like_text_is_neutralised_on_export_and_numbers_stay_numbers()
    {
        var source = new Source("=HYPERLINK(\"http://x\")", null, "@publisher", null, "+1 claim", Confidence.Low);
        // Daum News citing Statistics Korea: a socks trade deficit of 44.06 million USD in 2023.
        var deficit = new Figure("korea", new Indicator("trade_balance"), Quantity.Money(-44_060_000m, Currency.USD), Qualifier.Exact, false, "-sock trade", ReferenceYear.Exact(2023), source);
        var text = FigureCsv.ToCsv([deficit]);
        var row = text.Split("\r\n")[1];
        Assert.That(row, Does.StartWith("korea,trade_balance,-44060000,USD,exact,false,\"'-sock trade\",2023,,false,\"'=HYPERLINK(\"\"http://x\"\")\",,\"'@publisher\",,\"'+1 claim\",low,"));
        Assert.That(FigureCsv.Read(Encoding.UTF8.GetBytes(text), "neutralised.csv").Single(), Is.EqualTo(deficit));
    }

    [Test]
    public void A_data_frame_has_explicit_types_and_2_2_billion_survives_exactly()
    {
        var figures = ReferenceData.Load().Figures;
        var frame = figures.ToDataFrame();
        Assert.That(frame.Columns["value"], Is.InstanceOf<DecimalDataFrameColumn>());
        Assert.That(frame.Columns["year"], Is.InstanceOf<Int32DataFrameColumn>());
        Assert.That(frame.Columns["unit"], Is.InstanceOf<StringDataFrameColumn>());
        Assert.That(frame.Columns["qualifier"], Is.InstanceOf<StringDataFrameColumn>());
        Assert.That(frame.Columns["source_title"], Is.InstanceOf<StringDataFrameColumn>());
        long seedRow = Enumerable.Range(0, figures.Count).Single(i => figures[i].Origin == CitedFiguresConverter.SeedFile && figures[i].Indicator == Indicator.PairsPerYear);
        Assert.That(frame.Columns["value"][seedRow], Is.EqualTo(2_200_000_000m));
        Assert.That(frame.Columns["year"][seedRow], Is.EqualTo(2024));
        long undated = Enumerable.Range(0, figures.Count).First(i => !figures[i].Year.IsKnown);
        Assert.That(frame.Columns["year"][undated], Is.Null);
        var back = frame.ToFigureSet();
        Assert.That(back, Is.EqualTo(figures));
        Assert.That(back.Single(f => f.Origin == CitedFiguresConverter.SeedFile && f.Indicator == Indicator.PairsPerYear).Quantity.Value, Is.EqualTo(2_200_000_000m));
    }
}
