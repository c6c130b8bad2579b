using ClusterStats.Tests.Evidence;
using System.Text.RegularExpressions;

namespace ClusterStats.Tests.Reporting;

/// <summary>One HTML rendering per type: the notebook formatters, the report and the pages all go through HtmlRendering.</summary>
public class HtmlRenderingTests
{
    private static string Extension => File.ReadAllText(Repo.Path("src", "ClusterStats", "interactive-extensions", "extension.dib"));

    [TestCase("ClusterStats.FigureSet")]
    [TestCase("ClusterStats.Figure")]
    [TestCase("IEnumerable<ClusterStats.ConflictGroup>")]
    [TestCase("ClusterStats.ConflictGroup")]
    [TestCase("ClusterStats.Comparison")]
    [TestCase("ClusterStats.Indices.IIndexResult")]
    [TestCase("Microsoft.Data.Analysis.DataFrame")]
    [TestCase("ScottPlot.Plot")]
    [TestCase("ClusterStats.Quantity")]
    [TestCase("ClusterStats.QualifiedQuantity")]
    public void Every_notebook_formatter_writes_the_library_rendering_of_its_type(string type)
    {
        var registration = Regex.Matches(Extension, @"Formatter\.Register<(.+?)>\(\(\w+, writer\) => writer\.Write\((.+?)\), ""text/html""\);")
            .Where(m => m.Groups[1].Value == type).ToList();
        Assert.That(registration, Has.Count.EqualTo(1), $"one formatter for {type}");
        Assert.That(registration[0].Groups[2].Value, Does.Match(@"^ClusterStats\.HtmlRendering\.To(Png)?Html\(\w+\)$"));
    }

    [Test]
    public void Every_formatter_of_the_extension_is_one_of_the_checked_types()
    {
        Assert.That(Regex.Matches(Extension, @"Formatter\.Register<").Count, Is.EqualTo(10));
    }

    [Test]
    public void A_comparison_and_a_shared_source_list_render_a_source_alike()
    {
        // One source with text to encode, a link that must not be made, a publication date: the comparison's own
        // list and the list of a report's SourceNotes are one rendering.
        var source = new Source("A & B <i>report</i>", "javascript:alert(1)", "Bureau \"x\"", "2024-03", "quote", Confidence.Medium);
        var set = new FigureSet([new Figure("xiaobeihe", Indicator.PairsPerYear, Quantity.Pairs(5m), Qualifier.Exact, false, null, ReferenceYear.Exact(2024), source)]);
        var comparison = ClusterStats.Comparison.Create(set, new ComparisonOptions("xiaobeihe") { Peers = [] });
        var notes = new SourceNotes();
        var shared = comparison.ToHtml(notes);
        Assert.That(shared, Does.Not.Contain("clusterstats-sources"), "the list is left to the page");
        var list = notes.ToHtml();
        Assert.That(list, Is.EqualTo("<ol class=\"clusterstats-sources\"><li id=\"source-1\">A &amp; B &lt;i&gt;report&lt;/i&gt; — Bureau &quot;x&quot;, 2024-03 <span class=\"confidence\">(medium confidence)</span></li></ol>"));
        Assert.That(comparison.ToHtml(), Does.Contain(list));
        Assert.That(set.ToHtml(), Does.EndWith(list));
        Assert.That(set[0].ToHtml(), Is.EqualTo(set.ToHtml()));
    }

    [Test]
    public void A_conflict_group_alone_renders_as_the_list_of_that_group()
    {
        var figures = ReferenceData.Load().Figures.Where(regionId: "xiaobeihe");
        var groups = figures.Conflicts();
        Assert.That(groups, Is.Not.Empty);
        Assert.That(groups[0].ToHtml(), Is.EqualTo(groups.Take(1).ToHtml()));
        Assert.That(Array.Empty<ConflictGroup>().ToHtml(), Does.Contain("No conflicts"));
    }

    [Test]
    public void An_index_result_renders_as_its_data_frame()
    {
        var matrix = new ClusterStats.Indices.RegionIndustryMatrix(["north", "south"], ["socks", "<b>shoes</b>"], new double[] { 3, 1, 1, 3 });
        ClusterStats.Indices.IIndexResult result = ClusterStats.Indices.RegionalIndices.LocationQuotient(matrix);
        Assert.That(result.ToHtml(), Is.EqualTo(result.ToDataFrame().ToHtml()));
        Assert.That(result.ToHtml(), Does.Contain("&lt;b&gt;shoes&lt;/b&gt;").And.Not.Contain("<b>"));
    }
}
