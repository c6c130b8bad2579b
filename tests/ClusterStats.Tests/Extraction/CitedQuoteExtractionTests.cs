using System.Globalization;
using System.Text;
using ClusterStats.Extraction;
using CsvHelper;

namespace ClusterStats.Tests.Extraction;

/// <summary>
/// Every cluster row of the research table (tests/data/cited-figures.csv, a copy of the shared cited-figures.csv) whose
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

    private static readonly string[] ClusterRegions =
        ["Xiaobeihe", "Datang", "Liaoyuan", "Yiwu", "Castel Goffredo", "Nara Prefecture", "Hyogo Prefecture", "Dobong-gu", "Fort Payne"];

    private static readonly string[] BuiltIn = [.. Indicator.BuiltIn.Select(i => i.Name)];

    public sealed record Row(int Line, string Region, string Indicator, decimal Value, string Unit, string Quote)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"cited-figures.csv:{Line} {Indicator} {Value} {Unit}: {Quote}");
    }

    public static IReadOnlyList<Row> ClusterRows { get; } = ReadRows();

    private static List<Row> ReadRows()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "data", "cited-figures.csv");
        if (!File.Exists(path)) path = Path.Combine(AppContext.BaseDirectory, "data", "cited-figures.csv");
        using var reader = CsvReader.FromText(File.ReadAllText(path, Encoding.UTF8), new CsvReaderOptions { TrackLineNumbers = true });
        var header = reader.Headers.ToArray();
        var rows = new List<Row>();
        while (reader.Read())
        {
            string F(string name) => reader.GetString(Array.IndexOf(header, name)) ?? "";
            var region = F("region");
            if (!ClusterRegions.Any(c => region.StartsWith(c, StringComparison.Ordinal))) continue;
            rows.Add(new Row((int)reader.LineNumber, region, CanonicalIndicator(F("indicator")), decimal.Parse(F("value"), NumberStyles.Number, CultureInfo.InvariantCulture),
                CanonicalUnit(F("unit")), F("quote")));
        }
        return rows;
    }

    /// <summary>The evidence model folds pairs_per_year_target, firm_count_related, rank_national_cotton_socks ... into the built-in indicator they start with (the rest into scope and target).</summary>
    public static string CanonicalIndicator(string name) => BuiltIn.FirstOrDefault(b => name == b || name.StartsWith(b + "_", StringComparison.Ordinal)) ?? name;

    /// <summary>The unit code of the table's unit text ("sock firms" -> firms, "CNY (lower bound)" -> CNY, "percent of China output" -> percent).</summary>
    public static string CanonicalUnit(string text)
    {
        var first = text.Split(' ', '(')[0];
        if (first is "CNY" or "USD" or "EUR" or "JPY" or "KRW" or "pairs" or "rank" or "percent" or "year" or "firms") return first;
        string[] firms = ["firms", "enterprises", "factories", "companies", "mills", "businesses", "producers", "manufacturers"];
        string[] persons = ["persons", "jobs", "staff", "workers", "employees"];
        if (text.Contains("machines", StringComparison.Ordinal)) return "machines";
        if (firms.Any(w => text.Contains(w, StringComparison.Ordinal))) return "firms";
        if (persons.Any(w => text.Contains(w, StringComparison.Ordinal))) return "persons";
        throw new InvalidOperationException($"unmapped unit text '{text}'");
    }

    public static IEnumerable<TestCaseData> StatedRows() =>
        ClusterRows.Where(r => !NotStated.ContainsKey(r.Line)).Select(r => new TestCaseData(r).SetName(string.Create(CultureInfo.InvariantCulture, $"Quote_of_line_{r.Line}_gives_{r.Indicator}_{r.Value}_{r.Unit}")));

    private static readonly FigureExtractor Extractor = new(new ExtractionOptions { MinimumConfidence = 0m });

    internal static bool Hits(Row row, out IReadOnlyList<CandidateFigure> found)
    {
        found = Extractor.Extract(row.Quote, new ArticleInfo("quote"));
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
