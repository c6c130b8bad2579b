using ClusterStats.Indices;
using Microsoft.Data.Analysis;

namespace ClusterStats.Tests.Indices;

/// <summary>Building matrices and panels from long records, CSV files and DataFrames.</summary>
public class MatrixBuildingTests : TempFolderTest
{
    [Test]
    public void Csv_with_quotes_missing_cells_and_first_appearance_order()
    {
        var path = File("m.csv", "Region,Industry,Value\r\n\"Datang, Zhuji\",socks,10\r\nNara,socks,\r\nNara,\"tex \"\"knit\"\"\",NA\r\n\"Datang, Zhuji\",\"tex \"\"knit\"\"\",2.5\r\n");
        var m = RegionIndustryMatrix.FromCsv(path);
        Assert.That(m.Regions, Is.EqualTo(new[] { "Datang, Zhuji", "Nara" }));
        Assert.That(m.Industries, Is.EqualTo(new[] { "socks", "tex \"knit\"" }));
        Assert.That(m["Datang, Zhuji", "tex \"knit\""], Is.EqualTo(2.5));
        Assert.That(m.IsPresent(1, 0), Is.False);
        Assert.That(m.IsPresent(1, 1), Is.False);
    }

    [Test]
    public void Csv_errors_name_file_line_column_text_and_expectation()
    {
        var bad = File("bad.csv", "region,industry,value\nA,x,1\nA,y,1,5\n");
        var ex = Assert.Throws<InputException>(() => RegionIndustryMatrix.FromCsv(bad));
        Assert.That((ex!.Errors[0].File, ex.Errors[0].Line, ex.Errors[0].Found), Is.EqualTo((bad, 3L, "A,y,1,5")));
        var number = File("number.csv", "region,industry,value\nA,x,1,5\n".Replace("1,5", "\"1,5\"", StringComparison.Ordinal));
        ex = Assert.Throws<InputException>(() => RegionIndustryMatrix.FromCsv(number));
        Assert.That((ex!.Errors[0].Line, ex.Errors[0].Column, ex.Errors[0].Found), Is.EqualTo((2L, "value", "1,5")));
        Assert.That(ex.Errors[0].Expected, Does.Contain("finite number"));
        var column = File("column.csv", "region,sector,value\nA,x,1\n");
        ex = Assert.Throws<InputException>(() => RegionIndustryMatrix.FromCsv(column));
        Assert.That((ex!.Errors[0].Line, ex.Errors[0].Column), Is.EqualTo((1L, "industry")));
        var twice = File("twice.csv", "region,industry,value\nA,x,1\nA,x,2\n");
        ex = Assert.Throws<InputException>(() => RegionIndustryMatrix.FromCsv(twice));
        Assert.That(ex!.Errors[0].Line, Is.EqualTo(3L));
        var quote = File("quote.csv", "region,industry,value\n\"A,x,1\n");
        Assert.Throws<InputException>(() => RegionIndustryMatrix.FromCsv(quote));
        var year = File("year.csv", "region,industry,year,value\nA,x,2020,1\n");
        Assert.Throws<InputException>(() => RegionIndustryMatrix.FromCsv(year));
        var infinite = File("inf.csv", "region,industry,value\nA,x,Infinity\n");
        Assert.Throws<InputException>(() => RegionIndustryMatrix.FromCsv(infinite));
        Assert.Throws<FileNotFoundException>(() => RegionIndustryMatrix.FromCsv(Path.Combine(Folder, "none.csv")));
    }

    [Test]
    public void Long_records_keep_the_existing_signature_and_refuse_repeated_cells()
    {
        var m = RegionIndustryMatrix.FromLong(new[] { ("A", "x", 1.0), ("B", "y", 2.0) }, t => t.Item1, t => t.Item2, t => t.Item3);
        Assert.That(m.HasMissing, Is.True);
        Assert.Throws<ClusterStatsException>(() => RegionIndustryMatrix.FromLong(new[] { ("A", "x", 1.0), ("A", "x", 2.0) }, t => t.Item1, t => t.Item2, t => t.Item3));
    }

    [Test]
    public void DataFrame_round_trip_with_explicit_types()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("region", ["A", "A", "B"]),
            new StringDataFrameColumn("industry", ["x", "y", "x"]),
            new Int32DataFrameColumn("value", [3, 1, 4]));
        var m = RegionIndustryMatrix.FromDataFrame(frame);
        Assert.That(m["B", "x"], Is.EqualTo(4));
        Assert.That(double.IsNaN(m["B", "y"]), Is.True);
        var back = m.ToDataFrame();
        Assert.That(back.Columns.Select(c => c.DataType), Is.EqualTo(new[] { typeof(string), typeof(string), typeof(double) }));
        Assert.That(back.Columns["value"][3], Is.Null);
        Assert.That(back.Columns["value"][2], Is.EqualTo(4.0));
        Assert.Throws<ClusterStatsException>(() => RegionIndustryMatrix.FromDataFrame(frame, valueColumn: "employment"));
    }

    [Test]
    public void Panels_share_labels_across_years()
    {
        var path = File("p.csv", "region,industry,year,value\nA,x,2020,1\nB,y,2021,2\n");
        var panel = RegionIndustryPanel.FromCsv(path);
        Assert.That(panel.Years, Is.EqualTo(new[] { 2020, 2021 }));
        Assert.That(panel[2020].Regions, Is.EqualTo(new[] { "A", "B" }));
        Assert.That(panel[2020].IsPresent(1, 1), Is.False);
        Assert.That(panel[2021]["B", "y"], Is.EqualTo(2));
        Assert.Throws<ClusterStatsException>(() => _ = panel[2019]);
        var badYear = File("y.csv", "region,industry,year,value\nA,x,20x0,1\n");
        var ex = Assert.Throws<InputException>(() => RegionIndustryPanel.FromCsv(badYear));
        Assert.That((ex!.Errors[0].Line, ex.Errors[0].Column, ex.Errors[0].Found), Is.EqualTo((2L, "year", "20x0")));
    }

    [Test]
    public void National_totals_by_year_from_csv()
    {
        var path = File("n.csv", "industry,year,value\nx,2001,400\ny,2001,150\nx,2002,440\ny,2002,210\n");
        var nation = ReferenceTotals.ByYearFromCsv(path);
        Assert.That(nation[2002].IndustryTotals["y"], Is.EqualTo(210));
        Assert.That(nation[2001].GrandTotal, Is.EqualTo(550));
        var twice = File("t.csv", "industry,year,value\nx,2001,400\nx,2001,1\n");
        Assert.That(Assert.Throws<InputException>(() => ReferenceTotals.ByYearFromCsv(twice))!.Errors[0].Line, Is.EqualTo(3L));
    }
}
