namespace ClusterStats.EndToEnd;

/// <summary>
/// The executed notebooks show what their markdown promises: tables, conflicts, comparisons and charts inline, in the
/// run of each runner (dotnet-repl, and Jupyter with the .NET Interactive kernel).
/// </summary>
[TestFixture]
public class NotebookContentTests
{
    private const string PngImage = "data:image/png;base64,";

    private static int Count(string text, string part)
    {
        int n = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    [TestCaseSource(typeof(NotebookTests), nameof(NotebookTests.Runners))]
    public void Xiaobeihe_notebook_shows_figures_conflicts_comparison_and_charts(string runner)
    {
        var outputs = NotebookTests.AllOutputs(runner, "xiaobeihe.ipynb");
        Assert.That(outputs, Does.Contain("<table class=\\\"clusterstats figures\\\">"), "the figure table");
        Assert.That(outputs, Does.Contain("clusterstats conflicts").And.Contain("2.2 billion pairs").And.Contain("2.6 billion pairs"), "the conflict between the seed and other sources");
        Assert.That(outputs, Does.Contain("clusterstats-comparison").And.Contain("Datang"), "the HTML comparison table");
        Assert.That(outputs, Does.Contain("USD"), "money converted to US dollars");
        Assert.That(outputs, Does.Contain("1.5909").And.Contain("9734513"), "the seed's own arithmetic: 3.5e9 / 2.2e9 CNY per pair, 2.2e9 / 226 pairs per firm");
        // The raw JSON of an output may escape the mark.
        Assert.That(outputs.Replace("\\u2248", "≈", StringComparison.Ordinal), Does.Contain("≈1.591 CNY/pair").And.Contain("≈9.735 million pairs/firm"), "the same for a table: 4 significant digits marked ≈, the unit once");
        Assert.That(outputs, Does.Not.Contain("CNY/pair per pair"));
        Assert.That(outputs, Does.Contain("<span class=\\\"refs\\\">[<a href=\\\"#source-"), "source numbers as [1, 2, 3], the report's markup");
        Assert.That(outputs, Does.Not.Contain("<sup>"), "no run-together superscript source numbers");
        Assert.That(Count(outputs, PngImage), Is.GreaterThanOrEqualTo(2), "two charts inline as PNG");
    }

    [TestCaseSource(typeof(NotebookTests), nameof(NotebookTests.Runners))]
    public void Regional_indices_notebook_shows_lq_maps_herfindahl_shift_share_and_strong_clusters(string runner)
    {
        var outputs = NotebookTests.AllOutputs(runner, "regional-indices.ipynb");
        Assert.That(outputs, Does.Contain("<th>lq</th>"), "the location quotient table");
        Assert.That(outputs, Does.Contain("浙江"), "Chinese region names");
        Assert.That(outputs, Does.Contain("hosiery"));
        Assert.That(Count(outputs, PngImage), Is.GreaterThanOrEqualTo(4), "the LQ heatmap, the LQ map, the LISA cluster map and the shift-share bars inline");
        Assert.That(outputs, Does.Contain("<th>quadrant</th>").And.Contain("<th>p_permutation</th>"), "the local Moran table behind the cluster map");
        Assert.That(outputs, Does.Contain("LQ "), "the strong clusters listed");
    }

    [TestCaseSource(typeof(NotebookTests), nameof(NotebookTests.Runners))]
    public void Your_own_data_notebook_fixes_a_gb18030_file_from_its_errors_and_reports_the_cluster_against_the_reference(string runner)
    {
        var outputs = NotebookTests.AllOutputs(runner, "your-own-data.ipynb");
        Assert.That(outputs, Does.Contain("example-town-figures-gb18030.csv:2:source_title: found '0xC0 0xFD 0xD5 0xF2'; expected UTF-8 text"));
        Assert.That(outputs, Does.Contain("read it with the encoding option CsvReadOptions.Encoding = CsvEncoding.GB18030"));
        Assert.That(outputs, Does.Contain("example-town-figures-gb18030.csv: read as GB18030"));
        Assert.That(outputs, Does.Contain("example-town-figures-gb18030.csv:2:unit: found 'paris'; expected a known unit: 'paris' is not a unit; did you mean 'pairs'?"));
        Assert.That(outputs, Does.Contain("example-town-figures-gb18030.csv:3:unit: found '亿元'; expected a unit without a scale word"));
        Assert.That(outputs, Does.Contain("example-town-figures-gb18030.csv:5:year: found '2023年'"));
        Assert.That(outputs, Does.Contain("4.5 billion yuan"), "the fixed output value");
        Assert.That(outputs, Does.Contain("about 800 million pairs").And.Contain("about 5.625"), "an approximate figure, and the value derived from it, say so");
        Assert.That(outputs, Does.Contain("example-town-figures.xlsx:说明!1:1: found").And.Contain("the workbook also has '袜业统计'"), "the workbook read without a sheet name names its sheets");
        Assert.That(outputs, Does.Contain("about 6,000 machines").And.Contain("about 35%"), "the workbook's figures, from its sheet 袜业统计");
        Assert.That(Count(outputs, "knitting_machines"), Is.GreaterThanOrEqualTo(2), "the workbook's figures read, and again among the report's figures");
        Assert.That(outputs, Does.Contain("示例镇（示意）"), "the Chinese name of the regions file");
        Assert.That(outputs, Does.Contain("clusterstats-comparison").And.Contain("Datang (Zhuji)"), "compared with the reference sock clusters");
        Assert.That(outputs, Does.Contain("index.html").And.Contain("figures.csv"), "the report written");
    }
}
