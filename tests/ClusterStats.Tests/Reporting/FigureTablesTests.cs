using Microsoft.Data.Analysis;

namespace ClusterStats.Tests.Reporting;

public class FigureTablesTests
{
    private static FigureSet Xiaobeihe => ReferenceData.Load().Figures.Where(regionId: "xiaobeihe", indicator: Indicator.PairsPerYear);

    [Test]
    public void Figure_table_shows_values_for_people_and_in_plain_digits_with_numbered_linked_sources()
    {
        var html = Xiaobeihe.ToHtml();
        // The seed article: 22億足 = 2.2 billion pairs, cited to the seed file.
        Assert.That(html, Does.Contain("<table class=\"clusterstats figures\">"));
        Assert.That(html, Does.Contain("2.2 billion pairs").And.Contain("<td>2200000000</td>"));
        Assert.That(html, Does.Contain("2.6 billion pairs"));
        Assert.That(html, Does.Contain("<ol class=\"clusterstats-sources\">").And.Contain("href=\"https://"));
        Assert.That(html, Does.Contain("<span class=\"refs\">[<a href=\"#source-1\">1</a>]</span>"));
    }

    [Test]
    public void Markdown_table_has_a_header_row_per_column_and_the_source_list()
    {
        var md = Xiaobeihe.ToMarkdown();
        var lines = md.Split('\n');
        Assert.That(lines[0], Is.EqualTo("| Region | Indicator | Value | Plain value | Unit | Qualifier | Year | Scope | Status | Source |"));
        Assert.That(lines[1], Is.EqualTo("|---|---|---|---|---|---|---|---|---|---|"));
        Assert.That(md, Does.Contain("| xiaobeihe | pairs_per_year | 2.2 billion pairs | 2200000000 | pairs | exact |"));
        Assert.That(md, Does.Contain("1. <a id=\"source-1\"></a>["));
    }

    [Test]
    public void Fort_Paynes_7_2_billion_pairs_stay_in_the_figures_table_marked_suspicious()
    {
        var fortPayne = ReferenceData.Load().Figures.Where(regionId: "fort-payne");
        Assert.That(fortPayne.ToMarkdown(), Does.Contain("| fort-payne | pairs_per_year | 7.2 billion pairs | 7200000000 | pairs | exact | ~2000 | converted from 600 million dozen; suspicious | suspicious |"));
        Assert.That(fortPayne.ToHtml(), Does.Contain("<td>suspicious</td>"));
    }

    [Test]
    public void Conflict_view_lists_the_seed_against_other_sources_and_undated_figures_beside_the_group()
    {
        var conflicts = Xiaobeihe.Conflicts();
        var html = conflicts.ToHtml();
        Assert.That(html, Does.Contain("2.2 billion pairs").And.Contain("2.6 billion pairs"));
        Assert.That(html, Does.Contain("undated — listed beside the group, not matched by year"));
        Assert.That(html, Does.Contain("sources disagree by"));
    }

    [Test]
    public void Html_encodes_text_that_looks_like_markup()
    {
        var source = new Source("<script>alert(1)</script>", null, "A & B", "2024", "\"quoted\"", Confidence.Low);
        var figure = new Figure("x", Indicator.FirmCount, Quantity.Firms(3), Qualifier.Exact, false, null, ReferenceYear.Exact(2024), source);
        var html = new[] { figure }.ToHtml();
        Assert.That(html, Does.Not.Contain("<script>"));
        Assert.That(html, Does.Contain("&lt;script&gt;").And.Contain("A &amp; B"));
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("JaVaScRiPt:alert(1)")]
    [TestCase("data:text/html,<b>x</b>")]
    [TestCase("seeds/000_c6e03cb025974693.txt")]
    [TestCase("//evil.example/x")]
    public void Source_lists_link_only_http_and_https_urls(string url)
    {
        var source = new Source("title", url, "publisher", null, "quote", Confidence.Low);
        var figure = new Figure("x", Indicator.FirmCount, Quantity.Firms(3), Qualifier.Exact, false, null, ReferenceYear.Exact(2024), source);
        var html = new[] { figure }.ToHtml();
        Assert.That(html, Does.Contain("<li id=\"source-1\">title — publisher"), "the title without a link");
        Assert.That(html, Does.Not.Contain("href=\"" + System.Net.WebUtility.HtmlEncode(url)));
        Assert.That(new[] { figure }.ToMarkdown(), Does.Contain("1. <a id=\"source-1\"></a>title — publisher"));
        var https = new Source("t2", "https://example.org/a?b=1&c=(2)", "p", null, "q", Confidence.Low);
        var linked = new[] { figure with { Source = https } };
        Assert.That(linked.ToHtml(), Does.Contain("<a href=\"https://example.org/a?b=1&amp;c=(2)\">t2</a>"));
        Assert.That(linked.ToMarkdown(), Does.Contain("[t2](https://example.org/a?b=1&c=%282%29)"));
    }

    [Test]
    public void DataFrame_html_keeps_exact_decimals_and_says_how_many_rows_are_left_out()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("region", ["xiaobeihe", "datang", "nara"]),
            new DecimalDataFrameColumn("pairs", [2_200_000_000m, 27_000_000_000m, 52_980_000m]));
        var html = frame.ToHtml(maxRows: 2);
        Assert.That(html, Does.Contain("<td>2200000000</td>").And.Contain("<td>27000000000</td>"));
        Assert.That(html, Does.Not.Contain("nara"));
        Assert.That(html, Does.Contain("1 more rows not shown."));
    }

    [TestCase(-1)]
    [TestCase(int.MinValue)]
    public void DataFrame_html_refuses_a_negative_row_count_instead_of_miscounting_the_rows_left_out(int maxRows)
    {
        var frame = new DataFrame(new StringDataFrameColumn("region", ["xiaobeihe", "datang"]));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => frame.ToHtml(maxRows));
        Assert.That(error!.ParamName, Is.EqualTo("maxRows"));
        Assert.That(frame.ToHtml(0), Does.Contain("2 more rows not shown."));
    }
}

public class FigureFormatTests
{
    [TestCase("2200000000", "pairs", "2.2 billion pairs")]
    [TestCase("20000", "persons", "20,000 persons")]
    [TestCase("2", "rank", "No. 2")]
    [TestCase("2021", "year", "2021")]
    public void Figures_for_people(string value, string unit, string expected) =>
        Assert.That(FigureFormat.ForPeople(new Quantity(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Unit.Parse(unit))), Is.EqualTo(expected));
}
