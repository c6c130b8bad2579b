using ClusterStats.Extraction;

namespace ClusterStats.Tests.Extraction;

/// <summary>A number is read whole, with the words that qualify it, or not proposed: never its tail or its head alone.</summary>
public class NumberReadingTests
{
    private static readonly ArticleInfo Article = new("t", Published: "2024-01-01");

    private static IReadOnlyList<CandidateFigure> Extract(string text) => new FigureExtractor().Extract(text, Article);

    private static string[] Figures(string text) =>
        [.. Extract(text).Select(c => c.Figure.Quantity.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + Code(c.Figure.Qualifier)
            + (c.Figure.ValueHigh is decimal h ? "-" + h.ToString(System.Globalization.CultureInfo.InvariantCulture) : ""))];

    private static string Code(Qualifier q) => q.ToCode();

    // A number in groups, a number broken by a space or by inline markup, a leading decimal point: nothing from its tail.
    [TestCase("한국 양말 생산량은 1억  2천만 켤레이다.")]
    [TestCase("한국 양말 생산량은 2 1억 켤레이다.")]
    [TestCase("诸暨袜业年产量1亿 2千万双。")]
    [TestCase("诸暨袜业年产量1亿\u30002千万双。")]
    [TestCase("Datang produces 1 million 200 thousand pairs a year.")]
    [TestCase("Datang produces 3 billion 500 million pairs a year.")]
    [TestCase("诸暨袜业产值.5亿元。")]
    [TestCase("诸暨袜业产值．5亿元。")]
    [TestCase("Datang produces .5 billion pairs a year.")]
    [TestCase("诸暨袜业年产量2 2亿双。")]
    [TestCase("诸暨袜业年产量2  2亿双。")]
    [TestCase("<html><body><p>诸暨袜业年产量<b>2</b>2亿双。</p></body></html>")]
    [TestCase("<html><body><p>诸暨袜业产值<span>3</span>.5亿元。</p></body></html>")]
    [TestCase("<html><body><p>诸暨袜业企业1<!-- x -->226家。</p></body></html>")]
    [TestCase("<html><body><p>诸暨袜业企业<i>1</i> <i>226</i>家。</p></body></html>")]
    public void The_tail_of_a_number_is_never_proposed(string text)
    {
        Assert.That(Figures(text), Is.Empty);
    }

    // What must still be read: a number after a year, after a line or block break, a rank prefix with a point.
    [TestCase("In 2023 22 billion pairs were made in Datang.", "22000000000 exact")]
    [TestCase("诸暨袜业年产量\n22亿双。", "2200000000 exact")]
    [TestCase("<html><body><p>2023</p><p>诸暨袜业年产量22亿双。</p></body></html>", "2200000000 exact")]
    [TestCase("<html><body><p>诸暨袜业年产量<b>22亿双</b>。</p></body></html>", "2200000000 exact")]
    [TestCase("诸暨袜业产值0.5亿元。", "50000000 exact")]
    [TestCase("Datang produces 0.5 billion pairs a year.", "500000000 exact")]
    public void Whole_numbers_are_still_read(string text, string expected)
    {
        Assert.That(Figures(text), Is.EqualTo(new[] { expected }));
    }

    // Korean groups of 만 with a space after each group word are one number; two numbers side by side are none.
    [TestCase("도봉구 양말 생산량은 1억 2천만 켤레이다.", new[] { "120000000 exact" })]
    [TestCase("도봉구 양말 생산액은 3조 5천억 원이다.", new[] { "3500000000000 exact" })]
    [TestCase("도봉구 양말 종사자는 1만 5천 명이다.", new[] { "15000 exact" })]
    [TestCase("도봉구 양말 생산량은 1억2천만 켤레이다.", new[] { "120000000 exact" })]
    [TestCase("도봉구 양말 생산량은 3억 5억 켤레이다.", new string[0])]
    public void Korean_groups_are_one_number(string text, string[] expected)
    {
        Assert.That(Figures(text), Is.EqualTo(expected));
    }

    [TestCase("Datang produces half a billion pairs a year.", "500000000 exact")]
    [TestCase("Datang produces a quarter of a million pairs a year.", "250000 exact")]
    [TestCase("Datang produces three quarters of a billion pairs a year.", "750000000 exact")]
    [TestCase("Datang produces two hundred and fifty million pairs a year.", "250000000 exact")]
    [TestCase("Datang produces a hundred and twenty million pairs a year.", "120000000 exact")]
    [TestCase("Datang produces nine hundred ninety-nine million pairs a year.", "999000000 exact")]
    [TestCase("Datang output value reached twenty-five million dollars.", "25000000 exact")]
    [TestCase("Datang produces eight billion pairs a year.", "8000000000 exact")]
    [TestCase("Datang produces a million pairs a year.", "1000000 exact")]
    public void English_number_words_are_read_whole(string text, string expected)
    {
        Assert.That(Figures(text), Is.EqualTo(new[] { expected }));
    }

    [TestCase("Datang produces two three million pairs a year.")]
    [TestCase("Datang produces twenty five hundred million pairs a year.")]
    [TestCase("Datang produces several hundred million pairs a year.")]
    [TestCase("Datang produces fifty twenty million pairs a year.")]
    public void Number_words_that_are_not_one_number_are_refused(string text)
    {
        Assert.That(Figures(text), Is.Empty);
    }

    // What follows the figure belongs to it: more digits, or a word that bounds it.
    [TestCase("大阪の靴下は全国シェアの6割5分を占める。", new string[0])]
    [TestCase("诸暨袜业占全国的三成五。", new string[0])]
    [TestCase("诸暨袜业占全国的3成5。", new string[0])]
    [TestCase("诸暨袜业企业有上千家。", new string[0])]
    [TestCase("诸暨袜业年产袜子上百亿双。", new string[0])]
    [TestCase("大阪の靴下は全国シェアの6割強を占める。", new[] { "60 at-least" })]
    [TestCase("大阪の靴下は全国シェアの6割弱を占める。", new[] { "60 nearly" })]
    [TestCase("奈良県の靴下生産量は年間1億足弱である。", new[] { "100000000 nearly" })]
    [TestCase("奈良県の靴下生産量は年間1億足強である。", new[] { "100000000 at-least" })]
    [TestCase("奈良県の靴下生産量は年間約1億足強である。", new string[0])]
    [TestCase("大阪の靴下は全国シェアの6割を占める。", new[] { "60 exact" })]
    [TestCase("诸暨袜业占全国的三成。", new[] { "30 exact" })]
    public void The_text_after_a_figure_is_part_of_it(string text, string[] expected)
    {
        Assert.That(Figures(text), Is.EqualTo(expected));
    }

    [TestCase("Datang produces 1.5 billion to 2 billion pairs a year.", "1500000000 range-2000000000")]
    [TestCase("Datang produces 1.5 billion-2 billion pairs a year.", "1500000000 range-2000000000")]
    [TestCase("Datang produces 1.5 billion – 2 billion pairs a year.", "1500000000 range-2000000000")]
    [TestCase("Datang has between 2,000 and 3,000 firms.", "2000 range-3000")]
    [TestCase("Datang has 2,000 to 3,000 sock factories.", "2000 range-3000")]
    [TestCase("Datang has 20 to 30 sock factories.", "20 range-30")]
    public void A_range_is_one_figure(string text, string expected)
    {
        Assert.That(Figures(text), Is.EqualTo(new[] { expected }));
        Assert.That(Extract(text).Single().Figure.Qualifier, Is.EqualTo(Qualifier.Range));
    }

    // Bounds that do not read alike, or the wrong way round: nothing rather than a guess.
    [TestCase("Datang produces from 1.5 to 2 billion pairs a year.")]
    [TestCase("Datang produces 1.5 to 2 billion pairs a year.")]
    [TestCase("The count of sock firms went from 200 to 300 firms.")]
    [TestCase("Datang produces 2 billion to 1.5 billion pairs a year.")]
    [TestCase("Datang produces 1.5 billion to more than 2 billion pairs a year.")]
    public void A_range_that_is_not_honest_is_refused(string text)
    {
        Assert.That(Figures(text).Where(f => f.Contains("exact", StringComparison.Ordinal) || f.Contains("range", StringComparison.Ordinal)), Is.Empty);
    }

    [TestCase("Il distretto di Castel Goffredo ha un fatturato di 1,500 milioni di euro e sono 200 aziende.", "1500000 exact", "200 exact")]
    [TestCase("Il distretto di Castel Goffredo ha un fatturato di 1,25 miliardi di euro e sono 200 aziende.", "1250000000 exact", "200 exact")]
    [TestCase("Il distretto di Castel Goffredo ha un fatturato di 641,8 milioni di euro e sono 200 aziende.", "641800000 exact", "200 exact")]
    public void Italian_comma_is_a_decimal_sign_before_a_scale_word(string text, string money, string firms)
    {
        Assert.That(Figures(text), Is.EqualTo(new[] { money, firms }));
    }

    [TestCase("Datang has 12.000 firms.")]
    [TestCase("Datang produces 1.500 billion pairs a year.")]
    [TestCase("Datang has 12.5 firms in the sock park.")] // firms are whole: no such count is proposed
    public void A_dot_and_three_digits_in_english_is_refused(string text)
    {
        Assert.That(Figures(text), Is.Empty);
    }

    [TestCase("Datang's sock park made 12.5 million yuan of output value.", "12500000 exact")]
    [TestCase("Datang has 12,000 firms.", "12000 exact")]
    [TestCase("Datang produces 1,234.567 million pairs a year.", "1234567000 exact")]
    [TestCase("诸暨袜业年产值3.125亿元。", "312500000 exact")]
    public void Other_decimals_are_still_read(string text, string expected)
    {
        Assert.That(Figures(text), Is.EqualTo(new[] { expected }));
    }

    [TestCase("Datang has as many as 10,000 firms.", "10000 at-most")]
    [TestCase("Datang output value is in excess of 50 billion yuan.", "50000000000 at-least")]
    [TestCase("Datang produces 25 billion-plus pairs a year.", "25000000000 at-least")]
    [TestCase("Datang produces an estimated 25 billion pairs a year.", "25000000000 approximately")]
    [TestCase("Datang production went up to 26 billion pairs.", "26000000000 exact")]
    [TestCase("Datang produces up to 26 billion pairs a year.", "26000000000 at-most")]
    [TestCase("诸暨袜业占全国三分之一以上。", "33.3 at-least")]
    [TestCase("诸暨袜业占全国三分之一多。", "33.3 at-least")]
    [TestCase("诸暨袜业占全国近三分之一。", "33.4 nearly")]
    [TestCase("Datang has more than a third of the national market share.", "33.3 at-least")]
    [TestCase("Datang has less than two thirds of the national market share.", "66.7 at-most")]
    [TestCase("Datang has more than half of the national market share.", "50 at-least")]
    [TestCase("Datang has a third of the national market share.", "33.3 approximately")]
    public void Qualifying_words_are_kept(string text, string expected)
    {
        Assert.That(Figures(text), Is.EqualTo(new[] { expected }));
    }

    [TestCase("Datang has 1,000s of firms.")]
    [TestCase("Datang has 100s of sock factories.")]
    public void A_number_glued_to_a_word_is_not_a_count(string text)
    {
        Assert.That(Figures(text), Is.Empty);
    }
}
