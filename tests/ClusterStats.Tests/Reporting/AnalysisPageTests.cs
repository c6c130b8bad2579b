using System.Text.RegularExpressions;
using ClusterStats.Plotting;
using Microsoft.Data.Analysis;

namespace ClusterStats.Tests.Reporting;

public class AnalysisPageTests
{
    private static readonly ReferenceDataset Data = ReferenceData.Load();

    [TestCase("# Title", "<h1>Title</h1>\n")]
    [TestCase("### Three *em*", "<h3>Three <em>em</em></h3>\n")]
    [TestCase("####### seven", "<p>####### seven</p>\n")]
    [TestCase("#no space", "<p>#no space</p>\n")]
    [TestCase("one\ntwo\n\nthree", "<p>one\ntwo</p>\n<p>three</p>\n")]
    [TestCase("a **bold** and *em* and `x < y`", "<p>a <strong>bold</strong> and <em>em</em> and <code>x &lt; y</code></p>\n")]
    [TestCase("`**not bold**`", "<p><code>**not bold**</code></p>\n")]
    [TestCase("2 * 3 * 4", "<p>2 * 3 * 4</p>\n")]
    [TestCase("an *open star", "<p>an *open star</p>\n")]
    [TestCase("\\*literal\\*", "<p>*literal*</p>\n")]
    [TestCase("- one\n- two\n  more\n\n1. first\n2. second", "<ul>\n<li>one</li>\n<li>two\nmore</li>\n</ul>\n<ol>\n<li>first</li>\n<li>second</li>\n</ol>\n")]
    [TestCase("text\n- item", "<p>text</p>\n<ul>\n<li>item</li>\n</ul>\n")]
    [TestCase("```\n<b>x</b> **y**\n```\nafter", "<pre><code>&lt;b&gt;x&lt;/b&gt; **y**</code></pre>\n<p>after</p>\n")]
    [TestCase("```\nnever closed", "<pre><code>never closed</code></pre>\n")]
    [TestCase("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n")]
    [TestCase("[site](https://example.org/a?b=1&c=2)", "<p><a href=\"https://example.org/a?b=1&amp;c=2\">site</a></p>\n")]
    [TestCase("[x](javascript:alert(1))", "<p>x)</p>\n")]
    [TestCase("[x](JavaScript:alert`1`)", "<p>x</p>\n")]
    [TestCase("[x](seeds/000.txt)", "<p>x</p>\n")]
    [TestCase("[x\" onmouseover=\"a](https://e.org)", "<p><a href=\"https://e.org/\">x&quot; onmouseover=&quot;a</a></p>\n")]
    [TestCase("[no close](https://e.org", "<p>[no close](https://e.org</p>\n")]
    [TestCase("小北河镇 **226 家**", "<p>小北河镇 <strong>226 家</strong></p>\n")]
    [TestCase("bell \u0007 here", "<p>bell \\u0007 here</p>\n")]
    [TestCase("", "")]
    [TestCase("<!-- a note -->\n## Heading", "<h2>Heading</h2>\n")]
    [TestCase("before\n<!-- a note\nover two lines -->\nafter", "<p>before</p>\n<p>after</p>\n")]
    [TestCase("<!-- note --> kept *text*", "<p>kept <em>text</em></p>\n")]
    [TestCase("<!-- never closed\nrest", "<p>&lt;!-- never closed\nrest</p>\n")]
    [TestCase("<!---->", "")]
    [TestCase("text <!-- inline --> more", "<p>text &lt;!-- inline --&gt; more</p>\n")]
    [TestCase("```\n<!-- code -->\n```", "<pre><code>&lt;!-- code --&gt;</code></pre>\n")]
    public void Markdown_subset_renders_and_encodes(string markdown, string html)
    {
        Assert.That(MarkdownText.ToHtml(markdown), Is.EqualTo(html));
    }

    [Test]
    public void A_page_shows_each_part_in_order_with_one_source_list_and_embedded_charts()
    {
        var figures = Data.Figures.Where(regionId: "xiaobeihe", indicator: Indicator.PairsPerYear);
        var comparison = ClusterStats.Comparison.Create(Data.Figures, new ComparisonOptions("xiaobeihe") { Regions = Data.Regions, Peers = ["datang"], Year = 2024 });
        var frame = new DataFrame(new StringDataFrameColumn("region", ["<b>x</b>"]), new DecimalDataFrameColumn("pairs", [2_200_000_000m]));
        var page = new AnalysisPage("Xiaobeihe <&> 小北河")
            .Markdown("Intro with **bold**.")
            .Add(figures)
            .Add(figures.Conflicts())
            .Add(comparison)
            .Add(frame)
            .Add(Quantity.Pairs(2_200_000_000m))
            .Add(QualifiedQuantity.Parse("三四万人"))
            .Text("line one\n<line two>")
            .Add(Charts.Comparison(comparison, "pairs_per_year"), 400, 300);
        var html = page.ToHtml();

        Assert.That(html, Does.StartWith("<!DOCTYPE html>").And.EndWith("</main>\n</body>\n</html>\n"));
        Assert.That(html, Does.Contain("<title>Xiaobeihe &lt;&amp;&gt; 小北河</title>").And.Contain("<h1>Xiaobeihe &lt;&amp;&gt; 小北河</h1>"));
        Assert.That(html, Does.Not.Contain("<b>x</b>").And.Contain("&lt;b&gt;x&lt;/b&gt;"));
        Assert.That(html, Does.Not.Contain("<link").And.Not.Contain("<script").And.Not.Contain("src=\"http"), "self-contained");
        string[] order = ["<strong>bold</strong>", "<table class=\"clusterstats figures\">", "<div class=\"clusterstats conflicts\">",
            "<div class=\"clusterstats-comparison\">", "<table class=\"clusterstats dataframe\">", "2.2 billion pairs (2200000000 pairs)",
            "30,000–40,000 persons", "<pre class=\"clusterstats-text\">line one\n&lt;line two&gt;</pre>", "<img src=\"data:image/png;base64,", "<h2 id=\"sources\">Sources</h2>"];
        var positions = order.Select(part => html.IndexOf(part, StringComparison.Ordinal)).ToList();
        Assert.That(positions, Has.None.EqualTo(-1), string.Join(", ", order.Where((_, i) => positions[i] < 0)));
        Assert.That(positions, Is.Ordered);
        // One list for the whole page: every reference points into it, and each number is listed once.
        Assert.That(Regex.Matches(html, "<ol class=\"clusterstats-sources\">").Count, Is.EqualTo(1));
        var listed = Regex.Matches(html, "<li id=\"source-(\\d+)\">").Select(m => m.Groups[1].Value).ToList();
        var referenced = Regex.Matches(html, "href=\"#source-(\\d+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.That(listed, Is.Unique.And.Not.Empty);
        Assert.That(referenced, Is.SubsetOf(listed));
        Assert.That(listed.Select(int.Parse), Is.EqualTo(Enumerable.Range(1, listed.Count)));
    }

    [Test]
    public void A_page_without_sources_has_no_source_list_and_renders_as_the_notebook_does()
    {
        var matrix = new ClusterStats.Indices.RegionIndustryMatrix(["north", "south"], ["socks", "shoes"], new double[] { 3, 1, 1, 3 });
        var lq = ClusterStats.Indices.RegionalIndices.LocationQuotient(matrix);
        var html = new AnalysisPage("LQ").Add(lq).ToHtml();
        Assert.That(html, Does.Contain(HtmlRendering.ToHtml(lq)));
        Assert.That(html, Does.Not.Contain("Sources"));
    }

    [Test]
    public void Save_writes_the_page_atomically_and_never_through_a_link()
    {
        var folder = Path.Combine(Path.GetTempPath(), "clusterstats-page-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            var page = new AnalysisPage("T").Markdown("text");
            var path = Path.Combine(folder, "sub", "page.html");
            Assert.That(page.Save(path), Is.EqualTo(Path.GetFullPath(path)));
            Assert.That(File.ReadAllText(path), Is.EqualTo(page.ToHtml()));
            Assert.That(Directory.GetFiles(Path.Combine(folder, "sub")), Has.Length.EqualTo(1), "no temporary file left");

            var target = Path.Combine(folder, "elsewhere.txt");
            File.WriteAllText(target, "keep");
            var link = Path.Combine(folder, "link.html");
            File.CreateSymbolicLink(link, target);
            Assert.Throws<ClusterStatsException>(() => page.Save(link));
            Assert.That(File.ReadAllText(target), Is.EqualTo("keep"));
            Assert.Throws<ArgumentException>(() => page.Save(""));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Null_parts_are_refused_by_name()
    {
        var page = new AnalysisPage("T");
        Assert.That(Assert.Throws<ArgumentNullException>(() => page.Add((ClusterStats.Comparison)null!))!.ParamName, Is.EqualTo("comparison"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => page.Markdown(null!))!.ParamName, Is.EqualTo("markdown"));
        Assert.Throws<ArgumentNullException>(() => _ = new AnalysisPage(null!));
    }
}
