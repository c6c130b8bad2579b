using System.Text;

namespace ClusterStats.Tests.Evidence;

/// <summary>The status and period columns of the figure schema: optional, found by header name, checked on reading.</summary>
public class StatusAndPeriodTests
{
    private const string Header = "cluster,indicator,value,unit,source_title,confidence,year";

    private static FigureSet Read(string text) => FigureCsv.Read(Encoding.UTF8.GetBytes(text), "periods.csv");

    [TestCase("2023-Q1", 2023, 1, 3)]
    [TestCase("2023-Q4", 2023, 10, 12)]
    [TestCase("2011-H1", 2011, 1, 6)]
    [TestCase("2011-H2", 2011, 7, 12)]
    [TestCase("2023-01/2023-09", 2023, 1, 9)]
    [TestCase("2023-04/2023-04", 2023, 4, 4)]
    public void A_period_reads_and_writes_in_its_shortest_text_form(string text, int year, int first, int last)
    {
        Assert.That(ReferencePeriod.TryParse(text, out var p), Is.True);
        Assert.That((p.Year, p.FirstMonth, p.LastMonth, p.ToString()), Is.EqualTo((year, first, last, text)));
        Assert.That(ReferencePeriod.Months(year, first, last), Is.EqualTo(p));
    }

    [TestCase("")]
    [TestCase("2023")]
    [TestCase("2023-Q5")]
    [TestCase("2023-H3")]
    [TestCase("2023-01/2023-12")]
    [TestCase("2023-01/2024-03")]
    [TestCase("2023-09/2023-01")]
    [TestCase("2023-1/2023-9")]
    [TestCase("23-Q1")]
    [TestCase("2023-q1")]
    public void Anything_but_a_part_of_one_year_is_not_a_period(string text) =>
        Assert.That(ReferencePeriod.TryParse(text, out _), Is.False);

    [Test]
    public void A_figure_takes_only_a_period_of_its_own_single_year()
    {
        var f = new Figure("x", Indicator.ExportValue, Quantity.Money(1m, Currency.USD), Qualifier.Exact, false, null, ReferenceYear.Exact(2023), new Source("t", null, "p", null, "q", Confidence.Low));
        Assert.That((f with { Period = ReferencePeriod.Quarter(2023, 1) }).When, Is.EqualTo("2023-Q1"));
        Assert.Throws<ArgumentException>(() => _ = f with { Period = ReferencePeriod.Quarter(2022, 1) });
        Assert.Throws<ArgumentException>(() => _ = f with { Year = ReferenceYear.Unknown, Period = ReferencePeriod.Quarter(2023, 1) });
        Assert.Throws<ArgumentException>(() => _ = f with { Year = ReferenceYear.Range(2022, 2023), Period = ReferencePeriod.Quarter(2023, 1) });
    }

    [Test]
    public void The_whole_year_is_not_a_period() =>
        Assert.Throws<ArgumentException>(() => ReferencePeriod.Months(2023, 1, 12));

    [Test]
    public void Files_without_status_or_period_read_as_ok_whole_years_and_columns_may_come_in_any_order()
    {
        var plain = Read(Header + "\nxiaobeihe,pairs_per_year,2600000000,pairs,T,medium,2024\n").Single();
        Assert.That((plain.Status, plain.Period), Is.EqualTo((FigureStatus.Ok, (ReferencePeriod?)null)));
        var reordered = Read("period,status," + Header + "\n2023-Q1,suspicious,datang,export_value,2000000000,CNY,T,high,2023\n,,x,firm_count,3,firms,T,low,2020\n");
        Assert.That((reordered[0].Status, reordered[0].Period.ToString(), reordered[0].When), Is.EqualTo((FigureStatus.Suspicious, "2023-Q1", "2023-Q1")));
        Assert.That((reordered[1].Status, reordered[1].Period), Is.EqualTo((FigureStatus.Ok, (ReferencePeriod?)null)));
        // Written back: status and period after notes, read again to the same figures.
        var text = FigureCsv.ToCsv(reordered);
        Assert.That(text.Split("\r\n")[0], Does.EndWith(",notes,value_high,status,period"));
        Assert.That(Read(text), Is.EqualTo(reordered));
    }

    [TestCase("status", "maybe", "ok, suspicious, superseded or nothing (ok)")]
    [TestCase("period", "Q1 2023", "a part of one year such as 2023-Q1")]
    [TestCase("period", "2022-Q1", "a part of the year in the year column (2023)")]
    public void A_bad_status_or_period_names_file_line_column_and_text(string column, string found, string expected)
    {
        var ex = Assert.Throws<InputException>(() => Read(Header + "," + column + "\nxiaobeihe,export_value,1,CNY,T,low,2023," + found + "\n"));
        var e = ex!.Errors.Single();
        Assert.That((e.File, e.Line, e.Column, e.Found), Is.EqualTo(("periods.csv", 2L, column, found)));
        Assert.That(e.Expected, Does.StartWith(expected));
    }

    [Test]
    public void A_period_needs_a_single_year()
    {
        var ex = Assert.Throws<InputException>(() => Read(Header + ",period\nxiaobeihe,export_value,1,CNY,T,low,,2023-Q1\n"));
        Assert.That(ex!.Errors.Single().Column, Is.EqualTo("period"));
    }
}
