using ClusterStats.Cli;

namespace ClusterStats.Tests.Comparison;

public class CompareCommandTests
{
    private string _data = "";

    [OneTimeSetUp]
    public void WriteData()
    {
        _data = Path.Combine(Path.GetTempPath(), $"clusterstats-compare-{Guid.NewGuid():N}.csv");
        FigureCsv.Write(CitedRows.All(), _data);
    }

    [OneTimeTearDown]
    public void DeleteData() => File.Delete(_data);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        int code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Test]
    public void Table_for_people_shows_the_seeds_derived_figures()
    {
        var (code, output, error) = Run("compare", "xiaobeihe", "--peers", "datang", "--year", "2021", "--data", _data);
        Assert.That(code, Is.EqualTo(0), error);
        // Datang 2021: 75e9 / 27e9 = 2.78 CNY per pair (China Daily 2022, cited-figures.csv:51-52), ranked first.
        Assert.That(output, Does.Contain("output_value_per_pair (CNY/pair)"));
        Assert.That(output, Does.Contain("datang       2.78 CNY/pair"));
        Assert.That(output, Does.Contain("Sources"));
        Assert.That(output, Does.Contain("https://chinaservicesinfo.com/"));
    }

    [Test]
    public void Csv_has_full_precision_and_usd_names_the_rate()
    {
        var (code, output, error) = Run("compare", "datang", "--peers", "xiaobeihe", "--year", "2021", "--format", "csv", "--data", _data);
        Assert.That(code, Is.EqualTo(0), error);
        // 75e9 / 27e9 = 2.777... to 28 significant digits.
        Assert.That(output, Does.Contain(",output_value_per_pair,2.7777777777777777777777777778,CNY/pair,"));
        Assert.That(output.Split('\n')[0].TrimEnd('\r'), Is.EqualTo("region_id,label_en,label_zh,is_focal,row_year,metric,value,unit,low,high,year,rank,share_percent,share_of,ratio_to_focal,sources,notes"));
    }

    [Test]
    public void Unknown_id_exits_1_listing_the_known_ids()
    {
        var (code, output, error) = Run("compare", "atlantis", "--data", _data);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(output, Is.Empty);
        Assert.That(error, Is.EqualTo("clusterstats: Unknown cluster 'atlantis'. Known ids: datang, japan, nara, xiaobeihe." + Environment.NewLine));
    }

    [Test]
    public void Usage_errors_exit_2()
    {
        Assert.That(Run("compare", "xiaobeihe", "--format", "pdf", "--data", _data).Code, Is.EqualTo(2));
        Assert.That(Run("compare", "xiaobeihe", "--currency", "usd", "--data", _data).Code, Is.EqualTo(2));
        Assert.That(Run("compare").Code, Is.EqualTo(2));
    }

    [Test]
    public void Html_and_markdown_formats()
    {
        var html = Run("compare", "xiaobeihe", "--peers", "datang", "--format", "html", "--data", _data);
        Assert.That(html.Code, Is.EqualTo(0), html.Err);
        Assert.That(html.Out, Does.StartWith("<div class=\"clusterstats-comparison\">"));
        var md = Run("compare", "xiaobeihe", "--peers", "datang", "--format", "markdown", "--data", _data);
        Assert.That(md.Out, Does.Contain("### pairs_per_firm (pairs/firm)"));
    }
}
