using System.Text;
using ClusterStats.Extraction;

namespace ClusterStats.Tests.Extraction;

public class RangeAndLinearExtractionTests
{
    private static readonly ArticleInfo Article = new("t", Published: "2024");

    private static IReadOnlyList<CandidateFigure> Extract(string text, ExtractionOptions? options = null) =>
        new FigureExtractor(options).Extract(text, Article);

    // Digits split by a zero-width space, a direction mark, a joiner, a lone CR or another control character are a
    // broken number: nothing is proposed from its tail (0亿 or 20亿 exact would be wrong figures).
    [TestCase("大唐袜业年产袜子22\u200B0亿双。")]
    [TestCase("大唐袜业年产袜子2\r20亿双。")]
    [TestCase("大唐袜业年产袜子2\u001b20亿双。")]
    [TestCase("大唐袜业年产袜子2\u200E\u200D20亿双。")]
    [TestCase("大唐袜业年产袜子2.\u00AD5亿双。")]
    [TestCase("大唐袜业年产袜子二\u200B二十亿双。")]
    public void A_number_split_by_an_invisible_character_proposes_nothing_from_its_tail(string text)
    {
        Assert.That(Extract(text), Is.Empty);
        // The same sentence without the break gives its figure, and a tab or a line end still separates two numbers.
        Assert.That(Extract("大唐袜业年产袜子220亿双。").Single().Figure.Quantity.Value, Is.EqualTo(22_000_000_000m));
        Assert.That(Extract("大唐袜业 2\t年产袜子20亿双。").Single().Figure.Quantity.Value, Is.EqualTo(2_000_000_000m));
        Assert.That(Extract("第2\r\n年产袜子20亿双。").Single().Figure.Quantity.Value, Is.EqualTo(2_000_000_000m));
    }

    // A lone digit after a place word is the next lower place in an article too; 1万2 is refused, not guessed.
    [TestCase("大唐镇年产袜子一万二双。", "12000", null)]
    [TestCase("大唐镇从业人员两万五人。", "25000", null)]
    [TestCase("大唐镇有袜业企业三千四五家。", "3400", "3500")]
    [TestCase("大唐镇年出口额一亿二元。", "120000000", null)]
    [TestCase("大唐镇从业人员一万零二人。", "10002", null)]
    [TestCase("大唐镇从业人员3万5000人。", "35000", null)]
    public void A_short_numeral_is_read_at_its_places(string text, string value, string? high)
    {
        var figure = Extract(text).Single().Figure;
        Assert.That(figure.Quantity.Value, Is.EqualTo(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)), text);
        Assert.That(figure.ValueHigh, Is.EqualTo(high is null ? null : decimal.Parse(high, System.Globalization.CultureInfo.InvariantCulture)), text);
    }

    [TestCase("大唐镇年产袜子1万2双。")]
    [TestCase("大唐镇从业人员3千4人。")]
    [TestCase("대당진 종업원 1만2명.")]
    public void A_number_whose_place_is_unclear_proposes_nothing(string text)
    {
        Assert.That(Extract(text), Is.Empty);
    }

    // A figure refused for a word before its number is not read again without that word.
    [TestCase("大唐镇当地工人不到2万多人。")]
    [TestCase("大唐镇年产值近3亿元以上。")]
    [TestCase("大唐镇从业人员不到约2万人。")]
    [TestCase("大唐镇有企业超过三四万家。")]
    [TestCase("Datang produces over 3 million pairs or less a year.")]
    [TestCase("Datang produces about 3 million pairs or more a year.")]
    [TestCase("大唐镇出口额$3亿元。")]
    public void A_figure_refused_for_its_qualifier_proposes_nothing(string text)
    {
        Assert.That(Extract(text), Is.Empty);
    }

    [TestCase("大唐镇从业人员约3万人左右。", "30000", Qualifier.Approximately)]
    [TestCase("大唐镇从业人员超过2万多人。", "20000", Qualifier.AtLeast)]
    [TestCase("大唐镇从业人员不到约定的2万人。", "20000", Qualifier.Exact)]
    [TestCase("大唐镇从业人员不到2万人。", "20000", Qualifier.AtMost)]
    public void Qualifiers_that_agree_or_are_no_qualifier_still_propose(string text, string value, Qualifier qualifier)
    {
        var figure = Extract(text).Single().Figure;
        Assert.That(figure.Quantity.Value, Is.EqualTo(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)), text);
        Assert.That(figure.Qualifier, Is.EqualTo(qualifier), text);
    }

    [TestCase("小北河镇从业人员三四万人。", "employees", "30000", "40000", "persons")]
    [TestCase("小北河镇年产袜子五六亿双。", "pairs_per_year", "500000000", "600000000", "pairs")]
    [TestCase("小北河镇有织袜企业七八十家。", "firm_count", "70", "80", "firms")]
    [TestCase("小北河镇从业人员两三千人。", "employees", "2000", "3000", "persons")]
    [TestCase("小北河镇有袜业企业二十七八家。", "firm_count", "27", "28", "firms")]
    [TestCase("小北河镇就业人数一两万人。", "employees", "10000", "20000", "persons")]
    [TestCase("小北河镇从业人员十七八万人。", "employees", "170000", "180000", "persons")]
    [TestCase("小北河镇年产值2-3亿元。", "output_value", "200000000", "300000000", "CNY")]
    [TestCase("小北河镇有企业十几家。", "firm_count", "11", "19", "firms")]
    [TestCase("小北河镇从业人员2到3万人。", "employees", "20000", "30000", "persons")]
    [TestCase("小北河镇从业人员2、3万人。", "employees", "20000", "30000", "persons")]
    [TestCase("小北河镇从业人员二、三万人。", "employees", "20000", "30000", "persons")]
    [TestCase("Xiaobeihe produces 2–3 billion pairs of socks a year.", "pairs_per_year", "2000000000", "3000000000", "pairs")]
    public void Ranges_are_proposed_as_ranges(string text, string indicator, string low, string high, string unit)
    {
        var c = Extract(text).Single(x => x.Figure.Indicator.Name == indicator);
        Assert.That(c.Figure.Qualifier, Is.EqualTo(Qualifier.Range));
        Assert.That(c.Figure.Quantity.Value, Is.EqualTo(decimal.Parse(low, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(c.Figure.ValueHigh, Is.EqualTo(decimal.Parse(high, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(c.Figure.Quantity.Unit.Code, Is.EqualTo(unit));
        Assert.That(c.Quote, Is.EqualTo(text[c.QuoteStart..c.QuoteEnd]));
        var csv = CandidateCsv.ToCsv([c]);
        var back = FigureCsv.Read(Encoding.UTF8.GetBytes(csv), "candidates.csv").Single();
        Assert.That(back.ValueHigh, Is.EqualTo(c.Figure.ValueHigh));
        Assert.That(back.Qualifier, Is.EqualTo(Qualifier.Range));
    }

    // Refused numbers are never proposed from their middle (5亿双 out of 3亿5亿双, 十家 out of 几十家).
    [TestCase("小北河镇年产袜子3亿5亿双。")]
    [TestCase("小北河镇年产袜子1亿亿亿双。")]
    [TestCase("小北河镇有织袜企业几十家。")]
    [TestCase("小北河镇有织袜企业数百家。")]
    [TestCase("小北河镇从业人员三四万五千人。")]
    [TestCase("小北河镇从业人员几万人。")]
    [TestCase("小北河镇从业人员2万到3万人。")]
    [TestCase("小北河镇年产袜子5亿-3亿双。")]
    public void Refused_numbers_give_no_candidate(string text)
    {
        Assert.That(Extract(text), Is.Empty);
    }

    [Test]
    public void No_candidate_reads_a_range_numeral_as_one_exact_number()
    {
        var text = "小北河镇从业人员三四万人,年产袜子五六亿双,有企业七八十家,又有二十七八家配套企业。";
        var candidates = Extract(text);
        Assert.That(candidates, Has.Count.EqualTo(4));
        Assert.That(candidates.Select(c => c.Figure.Qualifier), Is.All.EqualTo(Qualifier.Range));
        Assert.That(candidates.Select(c => c.Figure.Quantity.Value), Is.EqualTo(new[] { 30_000m, 500_000_000m, 70m, 27m }));
    }

    [Test]
    public void A_184_KB_single_line_gives_quotes_of_at_most_300_characters_and_output_linear_in_the_input()
    {
        long Size(int repeats, out IReadOnlyList<CandidateFigure> found)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < repeats; i++) sb.Append("小北河镇年产袜子26亿双,产值38亿元,企业226家,从业人员2万多人,");
            var text = sb.ToString();
            found = Extract(text);
            foreach (var c in found)
            {
                Assert.That(c.QuoteEnd - c.QuoteStart, Is.LessThanOrEqualTo(300));
                Assert.That(c.Quote, Is.EqualTo(text[c.QuoteStart..c.QuoteEnd]));
                Assert.That(c.QuoteStart, Is.LessThanOrEqualTo(c.FigureStart));
                Assert.That(c.QuoteEnd, Is.GreaterThanOrEqualTo(c.FigureEnd));
            }
            return CandidateCsv.ToCsv(found).Length;
        }
        long small = Size(500, out var few);
        long large = Size(4000, out var many);
        int line = "小北河镇年产袜子26亿双,产值38亿元,企业226家,从业人员2万多人,".Length;
        Assert.That(line * 4000 * 2, Is.GreaterThan(184_000), "the large input is at least 184 KB in UTF-16");
        Assert.That(many.Count, Is.EqualTo(8 * few.Count));
        // Output grows with the input, not with its square: eight times the input, at most nine times the output.
        Assert.That(large, Is.LessThan(9 * small));
        Assert.That(large, Is.LessThan(1000L * many.Count));
    }

    [Test]
    public void Narrowing_keeps_the_figure_inside_and_never_splits_a_surrogate_pair()
    {
        var text = new string('a', 200) + "😀" + new string('b', 1000) + "22亿双" + new string('c', 1000);
        int fs = text.IndexOf("22亿双", StringComparison.Ordinal), fe = fs + 4;
        var (s, e) = FigureExtractor.Narrow(text, 0, text.Length, fs, fe);
        Assert.That(e - s, Is.LessThanOrEqualTo(300));
        Assert.That(s, Is.LessThanOrEqualTo(fs));
        Assert.That(e, Is.GreaterThanOrEqualTo(fe));
        // Surrogate pairs on both sides of the figure, at every parity of the cut.
        for (int pad = 0; pad < 6; pad++)
        {
            var emoji = new string('x', pad) + string.Concat(Enumerable.Repeat("😀", 200)) + "22亿双" + string.Concat(Enumerable.Repeat("😀", 200));
            int start = pad + 400;
            var (a, b) = FigureExtractor.Narrow(emoji, 0, emoji.Length, start, start + 4);
            Assert.That(b - a, Is.LessThanOrEqualTo(300));
            Assert.That(a <= start && b >= start + 4, Is.True);
            Assert.That(char.IsLowSurrogate(emoji[a]), Is.False, $"pad {pad}");
            Assert.That(char.IsHighSurrogate(emoji[b - 1]), Is.False, $"pad {pad}");
        }
    }

    [Test]
    public void Html_markup_scripts_styles_comments_and_attributes_are_not_article_text()
    {
        const string html = "<!DOCTYPE html><html><head><title>小北河镇</title><style>.a{content:'年产袜子99亿双'}</style>" +
            "<script>var s = '小北河镇年产袜子88亿双';</script></head><body><!-- 小北河镇年产袜子77亿双 -->" +
            "<p data-note=\"小北河镇年产袜子66亿双\">小北河镇年产袜子<b>26亿双</b>。</p></body></html>";
        var candidates = Extract(html);
        var c = candidates.Single();
        Assert.That(c.Figure.Quantity.Value, Is.EqualTo(2_600_000_000m));
        Assert.That(c.Quote, Is.EqualTo(html[c.QuoteStart..c.QuoteEnd]));
        Assert.That(html[c.FigureStart..c.FigureEnd], Does.StartWith("26亿"));
        // The same page as a .html file without a doctype: the option says it is HTML.
        var body = html[html.IndexOf("<body>", StringComparison.Ordinal)..];
        Assert.That(Extract(body, new ExtractionOptions { IsHtml = true }).Select(x => x.Figure.Quantity.Value), Is.EqualTo(new[] { 2_600_000_000m }));
        Assert.That(Extract(body).Select(x => x.Figure.Quantity.Value), Has.Member(6_600_000_000m), "plain text keeps every number");
    }

    // A character reference in the middle of a number is part of it: no figure is read from half a number.
    [TestCase("The town has 3&nbsp;500 sock firms.", 3_500, "firms")]
    [TestCase("The town makes 2&#46;5 billion pairs of socks a year.", 2_500_000_000, "pairs")]
    [TestCase("The town makes 1&#x2c;200 million pairs of socks a year.", 1_200_000_000, "pairs")]
    [TestCase("小北河镇年产袜子22&#20159;双。", 2_200_000_000, "pairs")]
    [TestCase("小北河镇有袜业企业3&nbsp;500家。", 3_500, "firms")]
    public void Html_character_references_are_decoded_before_numbers_are_read(string paragraph, long value, string unit)
    {
        string html = "<!doctype html><html><body><p>" + paragraph + "</p></body></html>";
        var c = Extract(html).Single();
        Assert.That((c.Figure.Quantity.Value, c.Figure.Quantity.Unit.Code), Is.EqualTo(((decimal)value, unit)));
        // Spans still index the raw page, the reference included.
        Assert.That(c.Quote, Is.EqualTo(html[c.QuoteStart..c.QuoteEnd]));
        Assert.That(html[c.FigureStart..c.FigureEnd], Does.Contain("&"));
        // In plain text a reference is text as written: nothing is decoded there, and no figure is read from the
        // number's tail after it (500 firms, 5 billion pairs).
        var plain = Extract(paragraph).Select(x => x.Figure.Quantity.Value).ToList();
        Assert.That(plain, Has.No.Member((decimal)value));
        Assert.That(plain.Where(v => v is 500m or 5_000_000_000m or 200_000_000m), Is.Empty);
    }

    // Thousands grouped by a no-break, narrow no-break, thin or figure space are one number; grouped by a plain space
    // they read as one number or as two, so neither is proposed, nor the tail of digits split by any space (3 5000);
    // a year before a number is no group.
    [TestCase("The town has 3\u00A0500 sock firms.", 3_500)]
    [TestCase("The town employs 12\u202F000 workers.", 12_000)]
    [TestCase("The town has 1\u2009234\u2009567 workers.", 1_234_567)]
    [TestCase("The town has 3\u2007500 sock firms.", 3_500)]
    [TestCase("The town has 3 500 sock firms.", null)]
    [TestCase("The town employs 12 000 000 workers.", null)]
    [TestCase("In 2023 500 sock firms moved to the town.", 500)]
    [TestCase("The town has 3\u00A05000 sock firms.", null)]
    public void Digit_groups_joined_by_spaces_are_one_number_or_none(string text, long? value)
    {
        var values = Extract(text).Where(c => c.Figure.Quantity.Unit.Code is "firms" or "persons").Select(c => c.Figure.Quantity.Value).ToList();
        if (value is long v) Assert.That(values, Is.EqualTo(new[] { (decimal)v }));
        else Assert.That(values, Is.Empty);
    }

    [TestCase("<HTML><body>x</body></HTML>", null, true)]
    [TestCase("\uFEFF  <!doctype html>", null, true)]
    [TestCase("<p>not a page</p>", null, false)]
    [TestCase("<p>a fragment</p>", "article.HTM", true)]
    [TestCase("plain", "article.html", true)]
    [TestCase("plain", "article.txt", false)]
    public void Html_is_recognised_by_extension_or_opening(string text, string? file, bool html)
    {
        Assert.That(HtmlArticle.IsHtml(text, file), Is.EqualTo(html));
    }

    [Test]
    public void The_mask_keeps_length_and_survives_unclosed_markup()
    {
        foreach (var s in new[] { "<p>22亿双", "<!-- 22亿双", "<script>22亿双", "<a href='>'>22亿双</a>", "<", "a < b > c 22亿双" })
        {
            var masked = HtmlArticle.Mask(s);
            Assert.That(masked, Has.Length.EqualTo(s.Length), s);
        }
        Assert.That(HtmlArticle.Mask("<a href='>'>22亿双</a>").Trim(), Is.EqualTo("22亿双"));
        Assert.That(HtmlArticle.Mask("<!-- 22亿双").Trim(), Is.Empty);
        Assert.That(HtmlArticle.Mask("a < b > c").Trim(), Is.EqualTo("a < b > c"));
    }

    [Test]
    public void The_extract_verb_cuts_a_long_first_line_title_at_200_characters_and_reads_html_files()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"extract-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var line = string.Concat(Enumerable.Range(1, 8000).Select(i => $"小北河镇年产袜子{i}亿双,"));
            var txt = Path.Combine(dir, "long.txt");
            File.WriteAllText(txt, line);
            var (code, output, error) = CliRunner.Run(["extract", "--input", txt, "--format", "csv"]);
            Assert.That(code, Is.EqualTo(0), error);
            var rows = FigureCsv.Read(Encoding.UTF8.GetBytes(output), "out.csv");
            Assert.That(rows, Is.Not.Empty);
            Assert.That(rows.Select(f => f.Source.Title).Distinct().Single(), Is.EqualTo(line[..200]));
            Assert.That(rows.Max(f => f.Source.Quote.Length), Is.LessThanOrEqualTo(300));
            Assert.That(output.Length, Is.LessThan(rows.Count * 1000L));

            var page = Path.Combine(dir, "page.htm");
            File.WriteAllText(page, "<h1>小北河袜业</h1>\n<script>年产袜子99亿双</script><p>小北河镇年产袜子26亿双。</p>");
            (code, output, error) = CliRunner.Run(["extract", "--input", page, "--format", "csv"]);
            Assert.That(code, Is.EqualTo(0), error);
            var figures = FigureCsv.Read(Encoding.UTF8.GetBytes(output), "page.csv");
            Assert.That(figures.Select(f => f.Quantity.Value), Is.EqualTo(new[] { 2_600_000_000m }));
            Assert.That(figures.Single().Source.Title, Is.EqualTo("小北河袜业"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
