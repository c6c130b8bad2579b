using System.Text;
using ClusterStats.Tests.Comparison;

namespace ClusterStats.Tests.Evidence;

using Comparison = ClusterStats.Comparison;

public class RangeFigureTests
{
    private static readonly Source Article = new("三四万人 article", "https://example.org/a", "publisher", "2024-05-01", "从业人员三四万人", Confidence.Medium);

    private static Figure Range(string region, Indicator indicator, Quantity low, decimal high, int year, Source? source = null) =>
        new(region, indicator, low, Qualifier.Range, false, null, ReferenceYear.Exact(year), source ?? Article) { ValueHigh = high };

    private static Figure Point(string region, Indicator indicator, Quantity q, int year, Qualifier qualifier = Qualifier.Exact, Source? source = null) =>
        new(region, indicator, q, qualifier, false, null, ReferenceYear.Exact(year), source ?? Article);

    private static byte[] Bytes(string s) => Encoding.UTF8.GetBytes(s);

    [Test]
    public void A_range_figure_writes_value_high_last_and_reads_back_equal()
    {
        var figure = Range("xiaobeihe", Indicator.Employees, Quantity.Persons(30_000m), 40_000m, 2023);
        string csv = FigureCsv.ToCsv([figure]);
        var lines = csv.Split("\r\n");
        Assert.That(lines[0], Does.EndWith(",notes,value_high,status,period"));
        Assert.That(lines[1], Does.StartWith("xiaobeihe,employees,30000,persons,range,false,"));
        Assert.That(lines[1], Does.EndWith(",40000,ok,"));
        var back = FigureCsv.Read(Bytes(csv), "range.csv").Single();
        Assert.That(back, Is.EqualTo(figure));
        Assert.That(back.ValueHigh, Is.EqualTo(40_000m));
        Assert.That(FigureCsv.ToCsv([back]), Is.EqualTo(csv));
        Assert.That(FigureFormat.ForPeople(back), Is.EqualTo("30,000–40,000 persons"));
        Assert.That(back.ToString(), Does.Contain("30,000–40,000 persons (30000..40000)"));
    }

    [Test]
    public void A_point_figure_leaves_value_high_empty_and_a_file_without_the_column_still_reads()
    {
        var figure = Point("xiaobeihe", Indicator.FirmCount, Quantity.Firms(226m), 2024);
        var lines = FigureCsv.ToCsv([figure]).Split("\r\n");
        Assert.That(lines[1], Does.EndWith(","));
        const string old = "cluster,indicator,value,unit,qualifier,source_title,confidence\r\nxiaobeihe,firm_count,226,firms,exact,t,medium\r\n";
        var read = FigureCsv.Read(Bytes(old), "old.csv").Single();
        Assert.That(read.ValueHigh, Is.Null);
        Assert.That(read.Quantity, Is.EqualTo(Quantity.Firms(226m)));
    }

    private const string Header = "cluster,indicator,value,unit,qualifier,source_title,confidence,value_high\r\n";

    [TestCase("xiaobeihe,employees,30000,persons,range,t,medium,\r\n", "bad.csv:2:value_high: found ''; expected the high bound of the range (qualifier range)")]
    [TestCase("xiaobeihe,employees,30000,persons,exact,t,medium,40000\r\n", "bad.csv:2:value_high: found '40000'; expected nothing: value_high is the high bound of a range and needs qualifier range")]
    [TestCase("xiaobeihe,employees,30000,persons,range,t,medium,30000\r\n", "bad.csv:2:value_high: found '30000'; expected a high bound above the value 30000")]
    [TestCase("xiaobeihe,employees,30000,persons,range,t,medium,29999.5\r\n", "bad.csv:2:value_high: found '29999.5'; expected a high bound above the value 30000")]
    [TestCase("xiaobeihe,employees,30000,persons,range,t,medium,4万\r\n", "bad.csv:2:value_high: found '4万'; expected a number in plain invariant digits, such as 2200000000 or -44060000 (no thousands separators, no words)")]
    public void Inconsistent_ranges_are_errors_naming_the_cell(string row, string message)
    {
        var ex = Assert.Throws<InputException>(() => FigureCsv.Read(Bytes(Header + row), "bad.csv"))!;
        Assert.That(ex.Message, Is.EqualTo(message));
    }

    [Test]
    public void The_range_of_figures_takes_both_bounds_of_a_range_figure()
    {
        var figures = new FigureSet(
        [
            Point("xiaobeihe", Indicator.Employees, Quantity.Persons(35_000m), 2023),
            Range("xiaobeihe", Indicator.Employees, Quantity.Persons(30_000m), 40_000m, 2023),
        ]);
        var range = figures.Range()!;
        Assert.That(range.Min, Is.EqualTo(30_000m));
        Assert.That(range.Max, Is.EqualTo(40_000m));
        Assert.That(range.Highest.Qualifier, Is.EqualTo(Qualifier.Range));
        Assert.That(range.ToString(), Is.EqualTo("30,000–40,000 persons"));
    }

    [Test]
    public void A_range_counts_as_a_stated_value_before_a_one_sided_bound()
    {
        var bound = Point("xiaobeihe", Indicator.Employees, Quantity.Persons(20_000m), 2023, Qualifier.AtLeast);
        var range = Range("xiaobeihe", Indicator.Employees, Quantity.Persons(30_000m), 40_000m, 2023);
        var best = DefaultBestEstimatePolicy.Instance.Choose([bound, range]);
        Assert.That(best.Chosen, Is.SameAs(range));
        Assert.That(best.Reason, Does.StartWith("30,000–40,000 persons (2023").And.Contain("a stated value is preferred to a one-sided bound"));
    }

    [Test]
    public void A_comparison_point_from_a_range_is_its_midpoint_and_says_so()
    {
        var figures = new FigureSet([Range("xiaobeihe", Indicator.Employees, Quantity.Persons(30_000m), 40_000m, 2023)]);
        var cell = Comparison.Create(figures, new ComparisonOptions("xiaobeihe") { Peers = [], Year = 2023, Regions = CitedRows.Regions }).Rows[0]["employees"];
        Assert.That(cell.Point, Is.EqualTo(Quantity.Persons(35_000m)));
        Assert.That(cell.Low, Is.EqualTo(30_000m));
        Assert.That(cell.High, Is.EqualTo(40_000m));
        Assert.That(cell.Notes, Has.Some.EqualTo("the point is the midpoint of the range 30,000–40,000 persons"));
    }

    [Test]
    public void Converting_a_range_to_another_currency_keeps_both_bounds()
    {
        var figures = new FigureSet([Range("xiaobeihe", Indicator.OutputValue, Quantity.Money(3_000_000_000m, Currency.CNY), 4_000_000_000m, 2021)]);
        var options = new ComparisonOptions("xiaobeihe") { Peers = [], Year = 2021, Regions = CitedRows.Regions, Currency = Currency.USD, Rates = CitedRows.Rates };
        var cell = Comparison.Create(figures, options).Rows[0]["output_value"];
        // Fed G.5A 2021: 6.4508 CNY per USD. 3e9 / 6.4508 = 465,058,597.38; 4e9 / 6.4508 = 620,078,129.84; midpoint 542,568,363.61.
        Assert.That(decimal.Round(cell.Low!.Value, 2), Is.EqualTo(465_058_597.38m));
        Assert.That(decimal.Round(cell.High!.Value, 2), Is.EqualTo(620_078_129.84m));
        Assert.That(cell.Point!.Value.Unit.Code, Is.EqualTo("USD"));
        Assert.That(decimal.Round(cell.Point.Value.Value, 2), Is.EqualTo(542_568_363.61m));
    }

    [Test]
    public void A_data_frame_keeps_the_high_bound()
    {
        var figure = Range("xiaobeihe", Indicator.Employees, Quantity.Persons(30_000m), 40_000m, 2023);
        var back = new[] { figure }.ToDataFrame().ToFigureSet().Single();
        Assert.That(back, Is.EqualTo(figure));
    }
}
