using System.Globalization;
using ClusterStats.Extraction;

namespace ClusterStats.Tests.Extraction;

/// <summary>
/// Every cluster row of the research table (data/source/cited-figures.csv, embedded as the reference dataset) whose
/// quote states its figure is one test case: extracting from the quote alone gives the row's value, unit and canonical
/// indicator. A row "states its figure" when its value and unit can be read in the quote: in digits or numerals,
/// after scale words (25亿 = 2,500,000,000, 2.5만 = 25,000, "600 million dozen" = 7,200,000,000) and share words
/// (三分之一 and "a third" = 33.3 percent, 6割 = 60 percent, "half" = 50, "one out of every eight" = 12.5). Rows that do
/// not are listed in <see cref="NotStated"/> with the reason, and a test checks that the list is exactly those rows.
/// </summary>
public class CitedQuoteExtractionTests
{
    /// <summary>Rows whose quote does not state the figure (CSV line number and why).</summary>
    public static readonly IReadOnlyDictionary<int, string> NotStated = new Dictionary<int, string>
    {
        [37] = "the quote names the title (荣获…“中国袜业名镇”称号) but not the year 2021",
        [111] = "the quote says 'un fatturato di 1,5 miliardi' without the currency (EUR)",
    };

    /// <summary>Rows whose quote states value and unit but no word for what is measured: extraction gives the amount, indicator 'amount'.</summary>
    public static readonly IReadOnlyDictionary<int, string> IndicatorNotStated = new Dictionary<int, string>
    {
        [79] = "'last year the date is $ 688 million': nothing says exports",
        [118] = "'a 486,2 milioni di euro del 2018': the end of line 117's sentence, whose export words are not in this quote",
        [124] = "'奈良県199.4億円': a table cell, nothing says shipment value",
        [139] = "'兵庫県71.8億円': a table cell, nothing says shipment value",
    };

    public sealed record Row(int Line, string Region, string Indicator, decimal Value, string Unit, string Quote, string? Published = null)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"cited-figures.csv:{Line} {Region} {Indicator} {Value} {Unit}: {Quote}");
    }

    /// <summary>
    /// The cluster rows of the research table as the evidence model maps them (the embedded reference dataset: region
    /// id, canonical indicator such as rank for rank_national_cotton_socks, unit code such as firms for "sock firms").
    /// Figures the dataset adds from a row's notes (origin "cited-figures.csv:N (notes)") have no quote of their own
    /// and are not rows.
    /// </summary>
    public static IReadOnlyList<Row> ClusterRows { get; } = ReadRows();

    private static List<Row> ReadRows()
    {
        var data = ReferenceData.Load();
        const string Origin = "cited-figures.csv:";
        return [.. data.Figures
            .Where(f => f.Origin is { } o && o.StartsWith(Origin, StringComparison.Ordinal) && o[Origin.Length..].All(char.IsAsciiDigit)
                && data.FindRegion(f.RegionId)?.Kind == RegionKind.Cluster)
            .Select(f => new Row(int.Parse(f.Origin![Origin.Length..], CultureInfo.InvariantCulture), f.RegionId, f.Indicator.Name, f.Quantity.Value,
                f.Quantity.Unit.Code, f.Source.Quote, f.Source.Published ?? (f.Year.IsRange ? null : f.Year.From?.ToString(CultureInfo.InvariantCulture))))];
    }

    public static IEnumerable<TestCaseData> StatedRows() =>
        ClusterRows.Where(r => !NotStated.ContainsKey(r.Line)).Select(r => new TestCaseData(r).SetName(string.Create(CultureInfo.InvariantCulture, $"Quote_of_line_{r.Line}_gives_{r.Indicator}_{r.Value}_{r.Unit}")));

    private static readonly FigureExtractor Extractor = new(new ExtractionOptions { MinimumConfidence = 0m });

    internal static bool Hits(Row row, out IReadOnlyList<CandidateFigure> found)
    {
        // The quote is read as part of its article: a part-year figure ("in the first quarter") needs the article's date
        // (or, for an undated article, the year the table gives the row) to be a part of a year.
        found = Extractor.Extract(row.Quote, new ArticleInfo("quote", Published: row.Published));
        string indicator = IndicatorNotStated.ContainsKey(row.Line) ? "amount" : row.Indicator;
        return found.Any(c => c.Figure.Quantity.Value == row.Value && c.Figure.Quantity.Unit.Code == row.Unit && c.Figure.Indicator.Name == indicator);
    }

    [TestCaseSource(nameof(StatedRows))]
    public void Extraction_from_the_quote_gives_the_value_unit_and_indicator(Row row)
    {
        Assert.That(Hits(row, out var found), Is.True, $"{row}\nfound:\n{string.Join("\n", found)}");
    }

    [Test]
    public void The_table_has_the_cluster_rows_and_every_unit_text_is_mapped()
    {
        Assert.That(ClusterRows, Has.Count.EqualTo(126));
        Assert.That(NotStated.Keys.Concat(IndicatorNotStated.Keys), Is.SubsetOf(ClusterRows.Select(r => r.Line)));
    }

    [Test]
    public void The_rows_listed_as_not_stated_have_no_figure_with_their_value_and_unit_in_the_quote()
    {
        foreach (var row in ClusterRows.Where(r => NotStated.ContainsKey(r.Line)))
        {
            var found = Extractor.Extract(row.Quote, new ArticleInfo("quote"));
            Assert.That(found.Any(c => c.Figure.Quantity.Value == row.Value && c.Figure.Quantity.Unit.Code == row.Unit), Is.False, row.ToString());
        }
    }

    [Test]
    public void The_hit_rate_over_stated_rows_is_at_least_95_percent()
    {
        var stated = ClusterRows.Where(r => !NotStated.ContainsKey(r.Line)).ToList();
        var misses = stated.Where(r => !Hits(r, out _)).ToList();
        decimal rate = 1m - (decimal)misses.Count / stated.Count;
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hit rate {stated.Count - misses.Count}/{stated.Count} = {rate:P1}"));
        Assert.That(rate, Is.GreaterThanOrEqualTo(0.95m), "misses:\n" + string.Join("\n", misses));
    }
}
