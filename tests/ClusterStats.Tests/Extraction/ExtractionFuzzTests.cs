using System.Diagnostics;
using System.Text;
using ClusterStats.Extraction;

namespace ClusterStats.Tests.Extraction;

/// <summary>
/// Random and mutated text (mixed scripts, huge numbers, unbalanced brackets, unpaired surrogates, megabyte lines) fed
/// to the parser and the extractor, from a fixed seed: every call gives a result or the documented
/// ClusterStatsFormatException (from Parse only), never another exception, and the time per kilobyte stays bounded.
/// </summary>
public class ExtractionFuzzTests
{
    private static readonly string[] Pieces =
    [
        "22億足", "35亿元", "226社", "第二に", "全国第2位", "2万多人", "约3.5亿元", "近32亿元", "25억 켤레", "2.2 billion pairs", "¥2.7 billion",
        "€486.2 million", "600 million dozen pairs", "三十五亿元", "２２億足", "第", "亿", "億", "万", "多", "余", "约", "近", "不到", "以上", "目标",
        "(", ")", "（", "）", "「", "」", "[", "]", "$", "¥", "%", "/", ":", "-", ".", ",", "，", "、", "。", "\n", " ", "\t", "2024/7/25 11:22:00",
        "7月24日", "40年来", "2021年", "称号", "产值", "出口", "占全国", "三分之一", "a third of the world", "second-highest", "日本一", "passando da 9.181 a",
        "641,8 milioni di euro", "più di 7mila dipendenti", "more than 200 socks factories", "employ about 600", "小北河", "Fort Payne", "\uD800", "\uDC00",
        "\uDBFF\uDFFF", "\u0000", "\uFFFF", "🧦", "١٢٣", "𠀀", "10000000000000000000000000000000000000000", "0.0000000000000000000000000000001",
    ];

    private static string RandomText(Random rng, int pieces)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < pieces; i++)
        {
            switch (rng.Next(6))
            {
                case 0:
                    sb.Append((char)rng.Next(0, 0x10000));
                    break;
                case 1:
                    sb.Append(new string('9', rng.Next(1, 60)));
                    break;
                default:
                    sb.Append(Pieces[rng.Next(Pieces.Length)]);
                    break;
            }
        }
        return sb.ToString();
    }

    private static string Mutate(Random rng, string text)
    {
        var chars = new StringBuilder(text);
        int edits = rng.Next(1, 20);
        for (int i = 0; i < edits && chars.Length > 0; i++)
        {
            int at = rng.Next(chars.Length);
            switch (rng.Next(4))
            {
                case 0: chars.Remove(at, Math.Min(rng.Next(1, 10), chars.Length - at)); break;
                case 1: chars.Insert(at, Pieces[rng.Next(Pieces.Length)]); break;
                case 2: chars[at] = (char)rng.Next(0, 0x10000); break;
                default: chars.Insert(at, "(" + new string('0', rng.Next(1, 45))); break;
            }
        }
        return chars.ToString();
    }

    private static long _chars;

    private static void Exercise(string text)
    {
        _chars += text.Length;
        var whole = QualifiedQuantity.TryParse(text);
        if (!whole.Success)
        {
            Assert.That(whole.Position, Is.InRange(0, text.Length));
            Assert.That(whole.Expected, Is.Not.Empty);
            Assert.Throws<ClusterStatsFormatException>(() => QualifiedQuantity.Parse(text));
        }
        for (int i = 0; i < text.Length; i += Math.Max(1, text.Length / 16))
        {
            var at = QualifiedQuantity.TryParseAt(text, i);
            if (at.TryGetValue(out var m)) Assert.That(m.End, Is.InRange(i, text.Length));
        }
        var found = new FigureExtractor().Extract(text, new ArticleInfo("fuzz", Published: "2024"));
        foreach (var c in found)
        {
            Assert.That(c.QuoteStart, Is.InRange(0, c.QuoteEnd));
            Assert.That(c.QuoteEnd, Is.LessThanOrEqualTo(text.Length));
            Assert.That(c.Quote, Is.EqualTo(text[c.QuoteStart..c.QuoteEnd]));
            Assert.That(c.ExtractionConfidence, Is.InRange(0m, 1m));
        }
    }

    [Test]
    public void Random_and_mutated_text_gives_results_or_documented_errors_in_bounded_time()
    {
        var rng = new Random(20240725);
        var seed = SeedExtractionTests.SeedText();
        var quotes = CitedQuoteExtractionTests.ClusterRows.Select(r => r.Quote).ToArray();
        _chars = 0;
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < 400; i++) Exercise(RandomText(rng, rng.Next(1, 80)));
        for (int i = 0; i < 200; i++) Exercise(Mutate(rng, quotes[rng.Next(quotes.Length)]));
        for (int i = 0; i < 20; i++) Exercise(Mutate(rng, seed));
        // Megabyte-long lines: one of figures, one of digits with no unit, one of random text, one of letters between digits.
        var figures = new StringBuilder();
        while (figures.Length < 1_000_000) figures.Append(Pieces[rng.Next(20)]);
        Exercise(figures.ToString().Replace("\n", " ", StringComparison.Ordinal));
        Exercise(new string('0', 1_000_000));
        Exercise(RandomText(rng, 60_000).Replace("\n", " ", StringComparison.Ordinal));
        Exercise(string.Concat(Enumerable.Repeat("1a", 150_000)));
        watch.Stop();
        double msPerKb = watch.Elapsed.TotalMilliseconds / (_chars / 1024.0);
        TestContext.Out.WriteLine($"{_chars} characters in {watch.Elapsed.TotalMilliseconds:F0} ms: {msPerKb:F2} ms per KB");
        Assert.That(msPerKb, Is.LessThan(50), "average time per kilobyte");
    }

    [Test]
    public void Huge_numbers_are_errors_not_overflows()
    {
        var forty = "1" + new string('0', 40) + "双";
        var result = QualifiedQuantity.TryParse(forty);
        Assert.That(result.Success, Is.False);
        Assert.That(result.Expected, Does.Contain("28 significant digits"));
        Assert.That(new FigureExtractor().Extract("年产袜子" + forty, new ArticleInfo("t")), Is.Empty);
    }
}
