using System.Text;

namespace ClusterStats.Tests.Evidence;

/// <summary>
/// The walkthrough of notebooks/your-own-data.ipynb and the README's "Your own cluster", step by step on the same
/// files: a GB18030 figure file with mistakes, an .xlsx workbook whose figures are on a Chinese-named second sheet, and a
/// regions file of an illustrative cluster that the reference lacks.
/// </summary>
public class WalkthroughTests
{
    private static string Figures => Repo.Path("notebooks", "data", "example-town-figures-gb18030.csv");
    private static string Workbook => Repo.Path("notebooks", "data", "example-town-figures.xlsx");
    private static string RegionsFile => Repo.Path("notebooks", "data", "example-town-regions.csv");

    internal static string Fix(string text) => text
        .Replace(",paris,", ",pairs,", StringComparison.Ordinal)
        .Replace(",45,亿元,", ",4500000000,元,", StringComparison.Ordinal)
        .Replace(",2023年,", ",2023,", StringComparison.Ordinal);

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    [Test]
    public void Read_as_UTF8_the_file_says_how_to_read_GB18030()
    {
        var first = FigureCsv.Validate(Figures).First();
        Assert.That(first.Line, Is.EqualTo(2));
        Assert.That(first.Expected, Does.Contain("CsvReadOptions.Encoding = CsvEncoding.GB18030"));
    }

    [Test]
    public void Detected_as_GB18030_every_mistake_is_a_line_error_that_says_the_fix()
    {
        var chosen = new List<CsvEncoding>();
        var errors = FigureCsv.Validate(Figures, new CsvReadOptions { Encoding = CsvEncoding.Auto, EncodingChosen = (_, e) => chosen.Add(e) });
        Assert.That(chosen, Is.EqualTo(new[] { CsvEncoding.GB18030 }));
        Assert.That(errors.Select(e => (e.Line, e.Column, e.Found)), Is.EqualTo(new[] { (2L, "unit", "paris"), (3L, "unit", "亿元"), (5L, "year", "2023年") }));
        Assert.That(errors[0].Expected, Does.Contain("did you mean 'pairs'?"));
        Assert.That(errors[1].Expected, Does.Contain("write the whole number in value"));
    }

    // Reading the workbook from its sheet is XlsxReadingTests' walkthrough case; here, the notebook's steps around it.
    [Test]
    public void Read_without_a_sheet_name_the_workbook_says_which_sheets_it_has()
    {
        var errors = FigureCsv.Validate(Workbook);
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].Sheet, Is.EqualTo("说明"));
        Assert.That(errors[0].Expected, Does.Contain("the first sheet, '说明', was read; the workbook also has '袜业统计'").And.Contain("CsvReadOptions.Sheet"));
        var wrong = Assert.Throws<InputException>(() => FigureCsv.Read(Workbook, new CsvReadOptions { Sheet = "袜业" }))!;
        Assert.That(wrong.Message, Does.Contain("'说明', '袜业统计'"));
    }

    [Test]
    public void Fixed_the_cluster_is_reported_under_its_names_against_the_reference_sock_clusters()
    {
        var gb = Gb18030();
        var fixedBytes = gb.GetBytes(Fix(gb.GetString(File.ReadAllBytes(Figures))));
        var mine = FigureCsv.Read(fixedBytes, "example-town-figures (fixed).csv", new CsvReadOptions { Encoding = CsvEncoding.Auto });
        Assert.That(mine.Count, Is.EqualTo(4));
        Assert.That(mine.Where(f => f.Indicator == Indicator.OutputValue).Single().Quantity, Is.EqualTo(new Quantity(4500000000m, Unit.Money(Currency.CNY))));
        var regions = RegionCsv.Read(RegionsFile, new CsvReadOptions { Encoding = CsvEncoding.Auto });
        var workbook = FigureCsv.Read(Workbook, new CsvReadOptions { Encoding = CsvEncoding.Auto, Sheet = "袜业统计" });
        var data = ReferenceData.Load().WithRegions(regions).WithFigures(mine).WithFigures(workbook);
        var report = ClusterReport.Create(data, "example-town", new ReportOptions { RatePolicy = MissingRatePolicy.NearestYear });
        Assert.That(report.Title, Does.Contain("示例镇（示意）"));
        Assert.That(report.Comparison.Rows.Select(r => r.RegionId), Is.SupersetOf(new[] { "example-town", "xiaobeihe", "datang", "castel-goffredo" }));
        Assert.That(report.Comparison.Year, Is.EqualTo(2023));
        Assert.That(report.Figures.Select(f => f.Indicator.Name), Is.EquivalentTo(new[]
            { "pairs_per_year", "output_value", "firm_count", "employees", "knitting_machines", "export_share_of_output" }),
            "the report's figures of the cluster come from both files");
    }
}
