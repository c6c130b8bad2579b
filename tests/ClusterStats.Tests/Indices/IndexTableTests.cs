using System.Text;
using ClusterStats.Indices;
using ClusterStats.Tests.Evidence;

namespace ClusterStats.Tests.Indices;

/// <summary>Index inputs with column names of one's own, from CSV files and worksheets, with errors that list the columns found.</summary>
public class IndexTableTests
{
    private static string Csv(string name, string text)
    {
        var path = Repo.Artifact("index-table", name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static string Book(string name, byte[] bytes)
    {
        var path = Repo.Artifact("index-table", name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Test]
    public void The_repository_panel_is_read_by_naming_its_value_column()
    {
        var path = Repo.Path("data", "regional-employment.csv");
        var error = Assert.Throws<CsvInputException>(() => _ = IndexTable.Read(path).ValueColumn)!;
        Assert.That(error.Message, Does.Contain("several columns are numeric (employment, establishments").And.Contain("the columns found: region, industry, year, employment, establishments"));
        var table = IndexTable.Read(path, new IndexColumns { Value = "employment" });
        Assert.That((table.HasIndustry, table.HasYear, table.ValueColumn), Is.EqualTo((true, true, "employment")));
        var panel = table.ToPanel();
        Assert.That(panel.Years, Does.Contain(2018).And.Contain(2023));
        Assert.That(panel[2018]["浙江", "hosiery"], Is.EqualTo(81722));
        Assert.That(table.ToMatrix(2023)["浙江", "hosiery"], Is.EqualTo(78906));
    }

    [Test]
    public void Columns_of_ones_own_name_region_industry_year_and_value_and_a_single_numeric_column_is_the_value()
    {
        var path = Csv("own.csv", "县,行业,年份,就业,备注\n诸暨,socks,2022,100,a\n诸暨,hosiery,2022,50,b\n义乌,socks,2022,30,c\n义乌,hosiery,2022,,d\n");
        var columns = new IndexColumns { Region = "县", Industry = "行业", Year = "年份" };
        var table = IndexTable.Read(path, columns);
        Assert.That(table.ValueColumn, Is.EqualTo("就业"), "the one numeric column besides region, industry and year");
        var matrix = table.ToMatrix();
        Assert.That((matrix["诸暨", "socks"], matrix["义乌", "socks"], matrix.IsPresent(1, 1)), Is.EqualTo((100.0, 30.0, false)));
        var wrong = Assert.Throws<CsvInputException>(() => IndexTable.Read(path, columns with { Region = "region" }).ToMatrix())!;
        Assert.That(wrong.Message, Is.EqualTo($"{path}:1:region: found '县,行业,年份,就业,备注'; expected a column named 'region' (the columns found: 县, 行业, 年份, 就业, 备注)"));
    }

    [Test]
    public void A_matrix_without_a_year_column_refuses_a_year_and_a_panel_of_several_years_asks_for_one()
    {
        var matrix = Csv("m.csv", "region,industry,value\na,x,1\nb,x,2\n");
        Assert.That(() => IndexTable.Read(matrix).ToMatrix(2020), Throws.TypeOf<CsvInputException>().With.Message.Contains("a year column named 'year' to choose the year 2020 (the columns found: region, industry, value)"));
        var panel = Csv("p.csv", "region,industry,year,value\na,x,2020,1\na,x,2021,2\n");
        Assert.That(() => IndexTable.Read(panel).ToMatrix(), Throws.TypeOf<ClusterStatsException>().With.Message.EqualTo($"{panel} holds the years 2020, 2021: choose one."));
        Assert.That(() => IndexTable.Read(panel).ToMatrix(2019), Throws.TypeOf<ClusterStatsException>().With.Message.EqualTo($"{panel} has no year 2019; it holds the years 2020, 2021."));
        Assert.That(IndexTable.Read(panel).ToMatrix(2021)["a", "x"], Is.EqualTo(2));
    }

    [Test]
    public void A_distribution_of_one_value_per_region_with_weights_and_named_columns()
    {
        var path = Csv("d.csv", "county,output,weight\na,1,2\nb,3,4\n");
        var values = IndexTable.Read(path, new IndexColumns { Region = "county" }).ToValues();
        Assert.That((values.Regions, values.Values, values.Weights), Is.EqualTo((new[] { "a", "b" }, new[] { 1.0, 3.0 }, new[] { 2.0, 4.0 })));
        var none = Csv("n.csv", "county,name\na,x\n");
        Assert.That(() => IndexTable.Read(none, new IndexColumns { Region = "county" }).ToValues(),
            Throws.TypeOf<CsvInputException>().With.Message.Contains("a value column: one named 'value', or one numeric column besides the region, industry and year columns (none is numeric; the columns found: county, name)"));
        var twice = Csv("t.csv", "region,value\na,1\na,2\n");
        Assert.That(() => IndexTable.Read(twice).ToValues(), Throws.TypeOf<CsvInputException>().With.Message.EqualTo($"{twice}:3:region: found 'a'; expected each region once"));
    }

    [Test]
    public void A_worksheet_panel_with_chinese_names_reads_like_its_csv_and_names_cells_in_errors()
    {
        object?[] header = ["地区", "行业", "年份", "就业人数"];
        var book = new XlsxBuilder().Table("说明", ["read 就业 sheet"]).Table("就业", header, ["诸暨", "socks", 2022, 100], ["诸暨", "socks", 2023, 120.5], ["义乌", "socks", 2023, "NA"]).Build();
        var path = Book("panel.xlsx", book);
        var columns = new IndexColumns { Region = "地区", Industry = "行业", Year = "年份" };
        var panel = IndexTable.Read(path, columns, new CsvReadOptions { Sheet = "就业" }).ToPanel();
        Assert.That((panel[2022]["诸暨", "socks"], panel[2023]["诸暨", "socks"], double.IsNaN(panel[2023]["义乌", "socks"])), Is.EqualTo((100.0, 120.5, true)));

        var bad = Book("bad-panel.xlsx", new XlsxBuilder().Table("就业", header, ["诸暨", "socks", 2022, "many"]).Build());
        Assert.That(() => IndexTable.Read(bad, columns with { Value = "就业人数" }).ToPanel(),
            Throws.TypeOf<CsvInputException>().With.Message.StartWith($"{bad}:就业!D2: found 'many'; expected a finite number"));
        var repeated = Book("repeated.xlsx", new XlsxBuilder().Table("S", header, ["诸暨", "socks", 2022, 1], ["诸暨", "socks", 2022, 2]).Build());
        Assert.That(() => IndexTable.Read(repeated, columns).ToPanel(),
            Throws.TypeOf<CsvInputException>().With.Message.StartWith($"{repeated}:S!3:3: found '诸暨,socks,2'; expected one line per region and industry"));
        Assert.That(() => IndexTable.Read(path, columns).ToPanel(), Throws.TypeOf<CsvInputException>().With.Message.StartWith($"{path}:说明!1:1: found 'read 就业 sheet'; expected a column named '地区'")
            .And.Message.EndsWith("(the first sheet, '说明', was read; the workbook also has '就业': name one with CsvReadOptions.Sheet)"));
    }

    [Test]
    public void The_existing_csv_readers_read_workbooks_too()
    {
        var path = Book("matrix.xlsx", new XlsxBuilder().Table("S", ["region", "industry", "value"], ["a", "x", 1], ["b", "x", 3]).Build());
        Assert.That(RegionIndustryMatrix.FromCsv(path)["b", "x"], Is.EqualTo(3));
    }
}
