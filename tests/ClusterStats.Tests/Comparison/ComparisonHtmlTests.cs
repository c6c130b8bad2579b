using System.Net;
using System.Text.RegularExpressions;

namespace ClusterStats.Tests.Comparison;

/// <summary>
/// The comparison as people read it in the report and in notebooks (the same markup): one table per metric, the unit
/// once in the caption, values to 4 significant digits, source numbers as [1, 2] and notes as numbered footnotes.
/// </summary>
public class ComparisonHtmlTests
{
    private static readonly ClusterStats.Comparison Xiaobeihe = ClusterReport.Create(ReferenceData.Load(), "xiaobeihe").Comparison;
    private static readonly string Html = Xiaobeihe.ToHtml();

    // The markup of each metric's table and the footnotes under it.
    private static string TableOf(string metric)
    {
        int start = Html.IndexOf($"<table class=\"clusterstats comparison\" id=\"comparison-{metric}\">", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), metric);
        int end = Html.IndexOf("<table ", start + 1, StringComparison.Ordinal);
        if (end < 0) end = Html.IndexOf("<ol class=\"clusterstats-sources\">", start, StringComparison.Ordinal);
        return Html[start..end];
    }

    [Test]
    public void One_table_per_metric_names_its_unit_once_and_values_do_not_repeat_it()
    {
        Assert.That(Regex.Matches(Html, "<table class=\"clusterstats comparison\"").Count, Is.EqualTo(Xiaobeihe.Metrics.Count));
        foreach (var metric in Xiaobeihe.Metrics)
        {
            var table = TableOf(metric);
            if (Xiaobeihe.UnitOf(metric) is not Unit unit) continue;
            Assert.That(table, Does.Contain($", in {WebUtility.HtmlEncode(unit.Code)} <small>{metric}</small></caption>"), metric);
            var cells = Regex.Matches(table, "<td class=\"num value\">(?:<span title=\"([^\"]*)\">)?([^<]*)(?:</span>)?</td>")
                .Select(m => (Title: m.Groups[1].Success ? WebUtility.HtmlDecode(m.Groups[1].Value) : null, Text: WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
            var values = cells.Select(c => c.Text).ToList();
            Assert.That(values, Has.Count.EqualTo(Xiaobeihe.Rows.Count), metric);
            // A value in the caption's unit is a bare number; only a value in another unit names its own.
            foreach (var c in Xiaobeihe.Rows.Select(r => r[metric]).Where(c => c.Point?.Unit == unit))
            {
                decimal point = c.Point!.Value.Value;
                string number = FigureFormat.Number(point, FigurePrecision.Table);
                string value = Internal.FigureFormatter.EnglishPrefix(c.Qualifier) + number;
                Assert.That(values, Does.Contain(value), metric);
                // A rounded value shows "≈" and carries every digit in its title; an exact one has no title.
                string? title = cells.First(c => c.Text == value).Title;
                Assert.That(title, number.StartsWith('≈') ? Is.EqualTo(Internal.DecimalText.Plain(point)) : Is.Null, metric + " " + value);
            }
            Assert.That(values, Has.None.EndsWith(" " + unit.Code), metric);
        }
    }

    [Test]
    public void Values_ranges_and_ratios_keep_at_most_four_significant_digits()
    {
        var cells = Regex.Matches(Html, "<td class=\"(num[^\"]*|range|share)\">(?:<span title=\"[^\"]*\">)?([^<]*)(?:</span>)?</td>").Select(m => WebUtility.HtmlDecode(m.Groups[2].Value)).ToList();
        var decimals = cells.SelectMany(c => Regex.Matches(c, @"\d[\d,]*\.\d+").Select(m => m.Value.Replace(",", "", StringComparison.Ordinal))).ToList();
        Assert.That(decimals, Is.Not.Empty, "the tables have fractional values (ratios, per-pair values)");
        foreach (var d in decimals)
        {
            Assert.That(d.Replace(".", "", StringComparison.Ordinal).TrimStart('0').Length, Is.LessThanOrEqualTo(4), d);
        }
        // Xiaobeihe ~2024: 3.8e9 CNY / 2.6e9 pairs = 1.4615… CNY per pair: rounded, so marked, with every digit in its title.
        Assert.That(TableOf("output_value_per_pair"), Does.Contain($"<td class=\"num value\"><span title=\"{Internal.DecimalText.Plain(3_800_000_000m / 2_600_000_000m)}\">≈1.462</span></td>"));
    }

    [Test]
    public void Every_rounded_cell_is_marked_and_carries_its_exact_digits_as_title()
    {
        // Every "≈" in a table cell stands in a span whose title holds the plain digits (both bounds of a range).
        var cells = Regex.Matches(Html, "<td[^>]*>(.*?)</td>").Select(m => m.Groups[1].Value).ToList();
        var titled = cells.Select(c => Regex.Match(c, "^<span title=\"([^\"]*)\">([^<]*)</span>$")).Where(m => m.Success).ToList();
        Assert.That(titled.Count, Is.GreaterThanOrEqualTo(4), "values, ranges and ratios of the per-pair and per-firm tables are rounded");
        foreach (var m in titled)
        {
            Assert.That(m.Groups[2].Value, Does.Contain("≈"), m.Value);
            foreach (var bound in m.Groups[1].Value.Split(".."))
                Assert.That(decimal.TryParse(bound, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out _), Is.True, m.Value);
        }
        Assert.That(cells.Where(c => c.Contains('≈', StringComparison.Ordinal)).Count(), Is.EqualTo(titled.Count), "no rounded cell without its title");
        Assert.That(Html, Does.Contain("<td class=\"num\"><span title=\"" + Internal.DecimalText.Plain(25_000_000_000m / 2_600_000_000m) + "\">&#215;≈9.615</span></td>"), "a rounded ratio too: Datang's 25 billion pairs against Xiaobeihe's 2.6 billion");
    }

    [Test]
    public void Every_cell_note_is_a_numbered_footnote_under_its_table_and_no_box_holds_long_text()
    {
        Assert.That(Html, Does.Not.Contain("<div class=\"notes\">").And.Not.Contain("<sup>"));
        int checkedNotes = 0;
        foreach (var metric in Xiaobeihe.Metrics)
        {
            var table = TableOf(metric);
            var footnotes = Regex.Matches(table, $"<li id=\"comparison-{metric}-note-(\\d+)\">([^<]*)</li>")
                .ToDictionary(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m => WebUtility.HtmlDecode(m.Groups[2].Value));
            var distinct = Xiaobeihe.Rows.SelectMany(r => r[metric].Notes).Distinct(StringComparer.Ordinal).ToList();
            Assert.That(footnotes.Values, Is.EquivalentTo(distinct), metric + ": each distinct note once");
            Assert.That(footnotes.Keys, Is.EqualTo(Enumerable.Range(1, footnotes.Count)), metric + ": numbered 1..n");
            var rows = Regex.Matches(table, "<tr[^>]*><th scope=\"row\">.*?</tr>", RegexOptions.Singleline).Select(m => m.Value).ToList();
            foreach (var (row, cell) in Xiaobeihe.Rows.Select(r => (r, r[metric])))
            {
                var line = rows.Single(l => l.Contains(">" + WebUtility.HtmlEncode(Label(row)) + "</th>", StringComparison.Ordinal));
                var numbers = Regex.Matches(line, $"href=\"#comparison-{metric}-note-(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
                Assert.That(numbers, Is.Ordered.And.Unique, $"{metric} {row.RegionId}: a row's note numbers ascend");
                var linked = numbers.Select(n => footnotes[n]).ToList();
                Assert.That(linked, Is.EquivalentTo(cell.Notes.Distinct(StringComparer.Ordinal)), $"{metric} {row.RegionId}");
                checkedNotes += linked.Count;
            }
        }
        Assert.That(checkedNotes, Is.GreaterThan(20), "the reference comparison has many notes");
    }

    [Test]
    public void Source_numbers_are_one_bracketed_list_separated_by_commas()
    {
        var pairs = Xiaobeihe.Rows[0]["pairs_per_year"];
        Assert.That(pairs.Sources.Distinct().Count(), Is.GreaterThanOrEqualTo(2));
        var expected = "[" + string.Join(", ", pairs.Sources.Distinct().Order().Select(n => $"<a href=\"#source-{n}\">{n}</a>")) + "]";
        Assert.That(TableOf("pairs_per_year"), Does.Contain("<span class=\"refs\">" + expected + "</span>"));
        Assert.That(Html, Does.Not.Match("</a><a href=\"#source-"), "numbers never run together");
    }

    private static string Label(ComparisonRow r) =>
        (string.Equals(r.LabelEn, r.RegionId, StringComparison.Ordinal) ? r.RegionId : r.LabelEn) + (r.LabelZh is null ? "" : " " + r.LabelZh);
}
