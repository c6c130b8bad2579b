using System.Text;
using ClusterStats.Extraction;
using ClusterStats.Internal;
using ClusterStats.Microdata;
using ClusterStats.Tests.Evidence;
using ClusterStats.Tests.Indices;

namespace ClusterStats.Tests.Safety;

/// <summary>
/// One scheme check for input URLs written into HTML, one encoder for text (control characters shown escaped), and one
/// rule for formula-like CSV cells in every writer, tried with attack inputs.
/// </summary>
public class HtmlAndCsvSafetyTests : TempFolderTest
{
    private static readonly string[] HostileUrls =
    [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\u0001javascript:alert(1)", "\tjavascript:alert(1)",
        "java\tscript:alert(1)", "java\nscript:alert(1)", "java\rscript:alert(1)", "javascript\u0000:alert(1)", "data:text/html,<script>alert(1)</script>",
        "DATA:image/svg+xml;base64,PHN2Zz4=", "vbscript:msgbox(1)", "file:///etc/passwd", "//evil.example/x", "\u200Bjavascript:alert(1)",
        "ｊavascript:alert(1)", "javascript&#58;alert(1)", "http:alert(1)", "https://", "http://exa mple.com/", "http://example.com/\u202Egpj.exe",
        "https://example.com/\u001b[2J", "mailto:\nx@example.com", "", "   ",
    ];

    [TestCaseSource(nameof(HostileUrls))]
    public void A_hostile_or_malformed_url_gets_no_link(string url) => Assert.That(Html.SafeUrl(url), Is.Null);

    [TestCase("http://example.com/a?b=1&c=2", "http://example.com/a?b=1&c=2")]
    [TestCase("HTTPS://Example.COM/x", "https://example.com/x")]
    [TestCase("mailto:press@example.com", "mailto:press@example.com")]
    [TestCase("https://example.com/\"><script>", "https://example.com/%22%3E%3Cscript%3E")]
    public void Web_and_mail_urls_stay_links(string url, string expected) => Assert.That(Html.SafeUrl(url), Is.EqualTo(expected));

    private static Figure Hostile(string url, string title = "<b>Evil</b> \u001b[31mtitle") =>
        new("xiaobeihe", Indicator.PairsPerYear, Quantity.Pairs(1_000m), Qualifier.Exact, false, null, ReferenceYear.Exact(2024),
            new Source(title, url, "Publisher\u0007", null, "quote", Confidence.Low));

    private static void AssertNoActiveContent(string html)
    {
        Assert.That(html, Does.Not.Contain("javascript:").IgnoreCase.And.Not.Contain("vbscript:").IgnoreCase);
        Assert.That(html, Does.Not.Contain("href=\"data:").IgnoreCase.And.Not.Contain("<b>Evil"));
        Assert.That(html.Any(c => c is < ' ' and not '\n' and not '\t' and not '\r'), Is.False, "no raw control character");
    }

    [TestCaseSource(nameof(HostileUrls))]
    public void Every_html_writer_drops_the_link_and_keeps_the_text(string url)
    {
        var figures = new FigureSet([Hostile(url)]);
        foreach (var html in new[] { figures.ToHtml(), HtmlRendering.ToHtml(figures.Conflicts()), ClusterStats.Comparison.Create(figures, new ComparisonOptions("xiaobeihe") { Peers = [] }).ToHtml() })
        {
            AssertNoActiveContent(html);
            Assert.That(html, Does.Contain("&lt;b&gt;Evil&lt;/b&gt; \\u001b[31mtitle").Or.Not.Contain("Evil"));
        }
        var md = ClusterStats.Comparison.Create(figures, new ComparisonOptions("xiaobeihe") { Peers = [] }).ToMarkdown() + figures.ToMarkdown();
        Assert.That(md, Does.Not.Contain("javascript:").IgnoreCase.And.Not.Contain("](data:").IgnoreCase);
    }

    [Test]
    public void The_report_page_links_only_safe_urls_and_keeps_its_own_images_and_files()
    {
        var figures = new FigureSet([.. ReferenceData.Load().Figures, Hostile("JaVaScRiPt:alert(document.cookie)"), Hostile("https://ok.example/news", "Fine source")]);
        var dir = Path.Combine(Folder, "report");
        ClusterReport.Create(figures, "xiaobeihe").WriteTo(dir);
        var html = System.IO.File.ReadAllText(Path.Combine(dir, ClusterReport.IndexFile));
        AssertNoActiveContent(html);
        Assert.That(html, Does.Contain("&lt;b&gt;Evil&lt;/b&gt; \\u001b[31mtitle"));
        Assert.That(html, Does.Contain("<a href=\"https://ok.example/news\">Fine source</a>"));
        Assert.That(html, Does.Contain("<img src=\"compare-pairs_per_year.png\"").And.Contain("href=\"figures.csv\""));
    }

    [Test]
    public void Quantities_for_notebooks_go_through_the_one_encoder_and_show_both_bounds()
    {
        Assert.That(HtmlRendering.ToHtml(Quantity.Pairs(2_200_000_000m)), Is.EqualTo("<span class=\"clusterstats-quantity\">2.2 billion pairs (2200000000 pairs)</span>"));
        Assert.That(HtmlRendering.ToHtml(QualifiedQuantity.Parse("三四万人")), Is.EqualTo("<span class=\"clusterstats-quantity\">30,000–40,000 persons (30000..40000 persons range)</span>"));
        var target = QualifiedQuantity.Parse("more than 5,000 firms (target)");
        Assert.That(HtmlRendering.ToHtml(target), Is.EqualTo("<span class=\"clusterstats-quantity\">" + Html.Encode(FigureFormat.ForPeople(target.Quantity, target.Qualifier) + " (target) (" + target + ")") + "</span>"));
        Assert.That(HtmlRendering.ToHtml(target), Does.Contain(">more than 5,000 firms (target) ("));
    }

    [Test]
    public void No_source_file_but_the_encoder_calls_an_html_encoder_of_its_own()
    {
        var src = Repo.Path("src");
        var own = Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".dib", StringComparison.Ordinal))
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            // Encoders only: decoding an input page's character references (WebUtility.HtmlDecode) writes no HTML.
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(System.IO.File.ReadAllText(f), @"WebUtility\.(?!HtmlDecode\b)|HtmlEncode|HtmlAttributeEncode|JavaScriptEncoder"))
            .Select(f => Path.GetRelativePath(src, f).Replace('\\', '/'))
            .ToArray();
        Assert.That(own, Is.EqualTo(new[] { "ClusterStats/Reporting/Html.cs" }));
        Assert.That(System.IO.File.ReadAllText(Path.Combine(src, "ClusterStats", "interactive-extensions", "extension.dib")), Does.Contain("ClusterStats.HtmlRendering.ToHtml(q)"));
    }

    [TestCase("a\r\nb\tc", "a\nb\tc")]
    [TestCase("<i>\u001b[1m\u0000\u007f\u0085\u202e", "&lt;i&gt;\\u001b[1m\\u0000\\u007f\\u0085\\u202e")]
    [TestCase("lone\rreturn", "lone\\u000dreturn")]
    [TestCase("\"quoted\" & 'single'", "&quot;quoted&quot; &amp; &#39;single&#39;")]
    public void The_one_html_encoder(string text, string expected) => Assert.That(Html.Encode(text), Is.EqualTo(expected));

    [TestCase("=1+1", true)]
    [TestCase("+1", true)]
    [TestCase("-1", true)]
    [TestCase("@SUM(A1)", true)]
    [TestCase("  =cmd|' /C calc'!A0", true)]
    [TestCase("\t=1", true)]
    [TestCase("\r\n@x", true)]
    [TestCase("\tplain", true)]
    [TestCase("\rplain", true)]
    [TestCase(" \n -2", true)]
    [TestCase("a=b", false)]
    [TestCase("plain text", false)]
    [TestCase("   ", false)]
    [TestCase("", false)]
    [TestCase("'=already", true)]
    [TestCase("''+twice", true)]
    [TestCase("'plain", false)]
    [TestCase("＝1", false)]
    public void The_one_formula_rule(string text, bool formula)
    {
        // Text that starts with the escape before a formula is escaped too, so reading gives it back unchanged.
        Assert.That(CsvCells.IsFormulaLike(text), Is.EqualTo(formula && !text.StartsWith('\'')));
        Assert.That(CsvCells.Neutralize(text), Is.EqualTo(formula ? "'" + text : text));
        Assert.That(CsvCells.Restore(CsvCells.Neutralize(text)), Is.EqualTo(text));
    }

    [Test]
    public void Formula_like_text_after_spaces_is_neutralised_in_figure_files_and_read_back_unchanged()
    {
        var source = new Source("  =HYPERLINK(\"http://x\",\"y\")", null, "\t@pub", null, " \r\n+1 quote", Confidence.Low);
        var f = new Figure("xiaobeihe", new Indicator("trade_balance"), Quantity.Money(-5m, Currency.USD), Qualifier.Exact, false, "  -scope", ReferenceYear.Exact(2024), source) { Notes = "'=kept as written" };
        var text = FigureCsv.ToCsv([f]);
        Assert.That(text, Does.Contain("\"'  =HYPERLINK(").And.Contain("\"'\t@pub\"").And.Contain("\"'  -scope\"").And.Contain(",-5,").And.Contain("\"''=kept as written\""));
        Assert.That(FigureCsv.Read(Encoding.UTF8.GetBytes(text), "back.csv").Single(), Is.EqualTo(f));
        var candidates = CandidateCsv.ToCsv(new FigureExtractor().Extract("小北河镇年产袜子22亿双。", new ArticleInfo(" =title", null, "-publisher")));
        Assert.That(candidates, Does.Contain("\"' =title\"").And.Contain("\"'-publisher\""));
    }

    [Test]
    public void Index_output_neutralises_labels_and_keeps_numbers()
    {
        var input = File("m.csv", "region,industry,value\n\"=HYPERLINK(\"\"http://x\"\")\",\" @SUM(1)\",1\n\"=HYPERLINK(\"\"http://x\"\")\",-x,3\nB,\" @SUM(1)\",2\nB,-x,1\n");
        var r = CliRunner.Run("index", "lq", "--input", input);
        Assert.That(r.Code, Is.EqualTo(0), r.Err);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines.Skip(1).All(l => l.StartsWith("\"'=HYPERLINK(", StringComparison.Ordinal) || l.StartsWith("B,", StringComparison.Ordinal)), r.Out);
        Assert.That(r.Out, Does.Contain(",'@SUM(1),").And.Contain(",'-x,"));
        Assert.That(lines.Skip(1).Select(l => l[(l.LastIndexOf(',') + 1)..]).All(v => double.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out _)), r.Out);
    }

    [Test]
    public void Microdata_keys_and_headers_are_neutralised()
    {
        var input = File("firms.csv", "firm_id,region_code,region_name,industry_code,year,employees,output_value_yuan,pairs\n" +
            "1,=1+2,a,@cmd,2023,1,1.00,1\n2, -3,b,\t+x,-2023,2,2.00,2\n");
        var t = MicrodataReader.Aggregate(input, new MicrodataAggregation
        {
            Keys = [MicrodataKey.Text("region_code"), MicrodataKey.Text("industry_code"), MicrodataKey.Integer("year")],
            Sums = [MicrodataSum.Long("employees")],
        });
        var output = Path.Combine(Folder, "out.csv");
        t.WriteCsv(output, "=count");
        var text = System.IO.File.ReadAllText(output);
        Assert.That(text, Does.StartWith("region_code,industry_code,year,'=count,employees\n"));
        Assert.That(text, Does.Contain("'=1+2,'@cmd,2023,1,1").And.Contain("-2023"));
        Assert.That(text, Does.Not.Contain("'-2023"), "an integer key is a number");
    }
}
