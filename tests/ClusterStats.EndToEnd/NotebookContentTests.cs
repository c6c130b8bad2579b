namespace ClusterStats.EndToEnd;

/// <summary>The executed notebooks show what their markdown promises: tables, conflicts, comparisons and charts inline.</summary>
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

    [Test]
    public void Xiaobeihe_notebook_shows_figures_conflicts_comparison_and_charts()
    {
        var outputs = NotebookTests.AllOutputs("xiaobeihe.ipynb");
        Assert.That(outputs, Does.Contain("<table class=\\\"clusterstats figures\\\">"), "the figure table");
        Assert.That(outputs, Does.Contain("clusterstats conflicts").And.Contain("2.2 billion pairs").And.Contain("2.6 billion pairs"), "the conflict between the seed and other sources");
        Assert.That(outputs, Does.Contain("clusterstats-comparison").And.Contain("Datang"), "the HTML comparison table");
        Assert.That(outputs, Does.Contain("USD"), "money converted to US dollars");
        Assert.That(outputs, Does.Contain("1.5909").And.Contain("9734513"), "the seed's own arithmetic: 3.5e9 / 2.2e9 CNY per pair, 2.2e9 / 226 pairs per firm");
        Assert.That(outputs, Does.Contain("1.591 CNY/pair").And.Contain("9.735 million pairs/firm"), "the same for people: 4 significant digits, the unit once");
        Assert.That(outputs, Does.Not.Contain("CNY/pair per pair"));
        Assert.That(outputs, Does.Contain("<span class=\\\"refs\\\">[<a href=\\\"#source-"), "source numbers as [1, 2, 3], the report's markup");
        Assert.That(outputs, Does.Not.Contain("<sup>"), "no run-together superscript source numbers");
        Assert.That(Count(outputs, PngImage), Is.GreaterThanOrEqualTo(2), "two charts inline as PNG");
    }

    [Test]
    public void Regional_indices_notebook_shows_lq_maps_herfindahl_shift_share_and_strong_clusters()
    {
        var outputs = NotebookTests.AllOutputs("regional-indices.ipynb");
        Assert.That(outputs, Does.Contain("<th>lq</th>"), "the location quotient table");
        Assert.That(outputs, Does.Contain("浙江"), "Chinese region names");
        Assert.That(outputs, Does.Contain("hosiery"));
        Assert.That(Count(outputs, PngImage), Is.GreaterThanOrEqualTo(4), "the LQ heatmap, the LQ map, the LISA cluster map and the shift-share bars inline");
        Assert.That(outputs, Does.Contain("<th>quadrant</th>").And.Contain("<th>p_permutation</th>"), "the local Moran table behind the cluster map");
        Assert.That(outputs, Does.Contain("LQ "), "the strong clusters listed");
    }

    [Test]
    public void Your_own_data_notebook_shows_the_errors_the_fix_the_gb18030_file_and_the_comparison()
    {
        var outputs = NotebookTests.AllOutputs("your-own-data.ipynb");
        Assert.That(outputs, Does.Contain("county-office-figures.csv:3:value: found '35亿'; expected a number"));
        Assert.That(outputs, Does.Contain("county-office-figures.csv:4:unit: found '双'"));
        Assert.That(outputs, Does.Contain("expected 12 fields as in the header, not 11"));
        Assert.That(outputs, Does.Contain("read it with the encoding option CsvReadOptions.Encoding = CsvEncoding.GB18030"));
        Assert.That(outputs, Does.Contain("the same as the fixed UTF-8 file: True"));
        Assert.That(outputs, Does.Contain("clusterstats-comparison"));
    }
}
