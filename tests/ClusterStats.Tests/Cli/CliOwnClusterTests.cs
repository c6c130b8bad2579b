using ClusterStats.Cli;
using ClusterStats.Tests.Evidence;
using ClusterStats.Tests.Indices;

namespace ClusterStats.Tests.Cli;

/// <summary>Your own cluster from the command line: figures added to the reference, your regions, encodings, workbooks and column names.</summary>
public class CliOwnClusterTests : TempFolderTest
{
    private const string Header = "cluster,indicator,value,unit,year,source_title,confidence\n";

    private string Mine() => File("mine.csv", Header + "my-town,pairs_per_year,1500000000,pairs,2024,County office,high\nmy-town,output_value,2000000000,CNY,2024,County office,high\nmy-town,firm_count,300,firms,2024,County office,high\n");

    private string Regions() => File("regions.csv", "id,kind,name_en,name_zh,product_focus,currency\nmy-town,cluster,My Town,我的镇,socks (nylon),CNY\n");

    [Test]
    public void Data_adds_to_the_reference_so_your_cluster_is_compared_with_the_reference_peers()
    {
        var r = CliRunner.Run("compare", "my-town", "--data", Mine(), "--regions", Regions(), "--year", "2024", "--format", "csv");
        Assert.That(r.Code, Is.Zero, r.Err);
        Assert.That(r.Out, Does.Contain("my-town,My Town,我的镇,true").And.Contain("\nxiaobeihe,").And.Contain("\ndatang,"));
        // The same file alone has no peers of the same product focus.
        var alone = CliRunner.Run("compare", "my-town", "--data", Mine(), "--regions", Regions(), "--no-reference", "--year", "2024", "--format", "csv");
        Assert.That(alone.Out, Does.Not.Contain("\nxiaobeihe,"));
        Assert.That(CliRunner.Run("conflicts", "--no-reference").Code, Is.EqualTo(CliApp.UsageError), "--no-reference needs --data");
    }

    [Test]
    public void A_file_of_reference_figures_read_back_adds_nothing()
    {
        var csv = Path.Combine(Folder, "xiaobeihe.csv");
        Assert.That(CliRunner.Run("figures", "xiaobeihe", "--out", csv).Code, Is.Zero);
        var plain = CliRunner.Run("conflicts", "xiaobeihe", "--format", "csv");
        var again = CliRunner.Run("conflicts", "xiaobeihe", "--format", "csv", "--data", csv);
        Assert.That(again.Code, Is.Zero, again.Err);
        Assert.That(again.Out, Is.EqualTo(plain.Out));
    }

    [Test]
    public void Regions_give_your_names_and_figures_lists_your_id()
    {
        var r = CliRunner.Run("figures", "my-town", "--data", Mine(), "--regions", Regions());
        Assert.That(r.Code, Is.Zero, r.Err);
        Assert.That(r.Out, Does.Contain("3 figures"));
        var report = Path.Combine(Folder, "report");
        var written = CliRunner.Run("report", "my-town", "--data", Mine(), "--regions", Regions(), "--out", report);
        Assert.That(written.Code, Is.Zero, written.Err);
        Assert.That(System.IO.File.ReadAllText(Path.Combine(report, "index.html")), Does.Contain("我的镇").And.Contain("Xiaobeihe"));
    }

    [Test]
    public void Encoding_auto_reads_gb18030_and_says_so_on_stderr()
    {
        var gb = Repo.Path("tests", "data", "good-gb18030.csv");
        var r = CliRunner.Run("figures", "--data", gb, "--encoding", "auto");
        Assert.That(r.Code, Is.Zero, r.Err);
        Assert.That(r.Err, Does.Contain("good-gb18030.csv: read as gb18030 (--encoding auto)"));
        Assert.That(CliRunner.Run("figures", "--data", gb, "--encoding", "GB18030").Code, Is.Zero);
        Assert.That(CliRunner.Run("conflicts", "--data", gb).Code, Is.EqualTo(CliApp.InvalidInput));
    }

    [Test]
    public void Figures_write_a_workbook_that_reads_back_the_same_figures()
    {
        var xlsx = Path.Combine(Folder, "f.xlsx");
        var r = CliRunner.Run("figures", "xiaobeihe", "--out", xlsx);
        Assert.That(r.Code, Is.Zero, r.Err);
        Assert.That(r.Out, Is.EqualTo($"wrote {xlsx} (xlsx)\n"));
        Assert.That(CliRunner.Run("figures", "--data", xlsx, "--format", "csv").Out, Is.EqualTo(CliRunner.Run("figures", "xiaobeihe", "--format", "csv").Out));
        Assert.That(CliRunner.Run("figures", "--format", "xlsx").Code, Is.EqualTo(CliApp.UsageError), "a workbook needs --out");
        var wrongSheet = CliRunner.Run("figures", "--data", xlsx, "--sheet", "no such sheet");
        Assert.That(wrongSheet.Code, Is.EqualTo(CliApp.InvalidInput));
        Assert.That(wrongSheet.Err, Does.Contain("no such sheet"));
    }

    [Test]
    public void Column_options_name_the_columns_of_index_and_plot_inputs()
    {
        var renamed = File("renamed.csv", "county,sector,jobs\nA,x,1\nA,y,2\nB,x,3\nB,y,4\n");
        var plain = File("plain.csv", "region,industry,value\nA,x,1\nA,y,2\nB,x,3\nB,y,4\n");
        var r = CliRunner.Run("index", "lq", "--input", renamed, "--region-column", "county", "--industry-column", "sector", "--value-column", "jobs");
        Assert.That(r.Code, Is.Zero, r.Err);
        Assert.That(r.Out, Is.EqualTo(CliRunner.Run("index", "lq", "--input", plain).Out));
        var missing = CliRunner.Run("index", "lq", "--input", renamed);
        Assert.That(missing.Code, Is.EqualTo(CliApp.InvalidInput));
        Assert.That(missing.Err, Does.Contain("renamed.csv:1:").And.Contain("found 'county,sector,jobs'"));
        var chart = CliRunner.Run("plot", "lq", "--input", renamed, "--region-column", "county", "--industry-column", "sector", "--out", Path.Combine(Folder, "lq.png"));
        Assert.That(chart.Code, Is.Zero, chart.Err);
        // The repository panel has two numeric columns: the message asks for one, with the flag that names it.
        var two = CliRunner.Run("index", "hhi", "--input", Repo.Path("data", "regional-employment.csv"), "--year", "2023");
        Assert.That(two.Code, Is.EqualTo(CliApp.InvalidInput));
        Assert.That(two.Err, Does.Contain("employment, establishments").And.Contain("(on the command line: --value-column NAME)"));
        var unnamed = File("jobs.csv", "region,industry,jobs\nA,x,1\nA,y,2\nB,x,3\nB,y,4\n");
        Assert.That(CliRunner.Run("index", "lq", "--input", unnamed).Out, Is.EqualTo(CliRunner.Run("index", "lq", "--input", plain).Out), "the one numeric column is the value");
    }

    [Test]
    public void Parse_takes_units_of_your_own_and_extract_reads_gb18030()
    {
        var units = File("units.csv", "code,kind,aliases\nlooms,count,loom|织机\n");
        Assert.That(CliRunner.Run("parse", "12", "--unit", "织机").Code, Is.EqualTo(CliApp.UsageError), "not a built-in unit");
        var r = CliRunner.Run("parse", "12", "--unit", "织机", "--units", units);
        Assert.That(r.Code, Is.Zero, r.Err);
        Assert.That(r.Out, Does.Contain("12,looms,"));
        var article = Path.Combine(Folder, "article.txt");
        System.IO.File.WriteAllBytes(article, System.Text.Encoding.GetEncoding("GB18030").GetBytes("大唐袜业\n诸暨大唐镇年产袜子258亿双。\n"));
        Assert.That(CliRunner.Run("extract", "--input", article).Code, Is.EqualTo(CliApp.InvalidInput));
        var auto = CliRunner.Run("extract", "--input", article, "--encoding", "auto", "--format", "csv");
        Assert.That(auto.Code, Is.Zero, auto.Err);
        Assert.That(auto.Err, Does.Contain("article.txt: read as gb18030 (--encoding auto)"));
        Assert.That(auto.Out, Does.Contain("25800000000").And.Contain("大唐袜业"));
    }

    [Test]
    public void The_reference_economy_of_an_index_is_read_with_the_commands_encoding()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var gb = System.Text.Encoding.GetEncoding("GB18030");
        var input = File("input.csv", "region,industry,value\n浙江,袜业,30\n浙江,纺织,70\n江苏,袜业,10\n江苏,纺织,90\n");
        var nation = Path.Combine(Folder, "nation.csv");
        System.IO.File.WriteAllBytes(nation, gb.GetBytes("industry,value\n袜业,100\n纺织,900\n"));
        var utf8 = CliRunner.Run("index", "lq", "--input", input, "--nation", nation);
        Assert.That(utf8.Code, Is.EqualTo(CliApp.InvalidInput), "GB18030 bytes are not UTF-8");
        Assert.That(utf8.Err, Does.Contain("nation.csv:2:"));
        var auto = CliRunner.Run("index", "lq", "--input", input, "--nation", nation, "--encoding", "auto");
        Assert.That(auto.Code, Is.Zero, auto.Err);
        Assert.That(auto.Err, Does.Contain("nation.csv: read as gb18030 (--encoding auto)"));
        Assert.That(auto.Out, Does.Contain("浙江,袜业,3").And.Contain("江苏,袜业,1"), "LQ = (30/100) / (100/1000) = 3 against the reference economy");

        var panel = File("panel.csv", "region,industry,year,value\n浙江,袜业,2020,10\n浙江,袜业,2021,20\n");
        var nationByYear = Path.Combine(Folder, "nation-years.csv");
        System.IO.File.WriteAllBytes(nationByYear, gb.GetBytes("industry,year,value\n袜业,2020,100\n袜业,2021,110\n"));
        Assert.That(CliRunner.Run("index", "shift-share", "--input", panel, "--base", "2020", "--end", "2021", "--nation", nationByYear).Code, Is.EqualTo(CliApp.InvalidInput));
        var shift = CliRunner.Run("index", "shift-share", "--input", panel, "--base", "2020", "--end", "2021", "--nation", nationByYear, "--encoding", "auto");
        Assert.That(shift.Code, Is.Zero, shift.Err);
        Assert.That(shift.Err, Does.Contain("nation-years.csv: read as gb18030").And.Contain("panel.csv: read as utf-8"), "each file detected on its own");
    }
}
