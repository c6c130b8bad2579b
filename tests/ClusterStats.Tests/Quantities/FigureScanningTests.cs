namespace ClusterStats.Tests.Quantities;

public class FigureScanningTests
{
    // Seed article, first sentence (seeds/README.md rows 1 and 2).
    private const string Sentence = "現在では年間22億足の靴下を生産し、生産額は35億元に達し";

    [TestCase("22億足", "22億", "足", "2200000000 pairs")]
    [TestCase("35億元", "35億", "元", "3500000000 CNY")]
    public void Finds_a_figure_inside_running_text_with_precise_spans(string figureText, string numberText, string unitWord, string machine)
    {
        int start = Sentence.IndexOf(figureText, StringComparison.Ordinal);
        var match = QualifiedQuantity.TryParseAt(Sentence, start).Value;
        Assert.Multiple(() =>
        {
            Assert.That(match.Figure.ToString(), Is.EqualTo(machine));
            Assert.That(Sentence[match.Start..match.End], Is.EqualTo(figureText));
            Assert.That(Sentence.Substring(match.NumberStart, match.NumberLength), Is.EqualTo(numberText));
            Assert.That(Sentence.Substring(match.UnitStart, match.UnitLength), Is.EqualTo(unitWord));
        });
    }

    [Test]
    public void Prefix_and_suffix_words_belong_to_the_span()
    {
        const string text = "创造产值约35亿元左右，带动就业2万多人。";
        var value = QualifiedQuantity.TryParseAt(text, text.IndexOf('约', StringComparison.Ordinal)).Value;
        Assert.That(text[value.Start..value.End], Is.EqualTo("约35亿元左右"));
        Assert.That(value.Figure.Qualifier, Is.EqualTo(Qualifier.Approximately));
        var jobs = QualifiedQuantity.TryParseAt(text, text.IndexOf('2', StringComparison.Ordinal)).Value;
        Assert.That(text[jobs.Start..jobs.End], Is.EqualTo("2万多人"));
        Assert.That(jobs.Figure.ToString(), Is.EqualTo("20000 persons at-least"));
    }

    [TestCase("2024年7月25日", 0, 4)]
    [TestCase("2024年7月25日", 5, 6)]
    [TestCase("2024年7月25日", 7, 9)]
    [TestCase("7月20日から24日までの5日間", 2, 4)]
    [TestCase("7月20日から24日までの5日間", 7, 9)]
    [TestCase("7月20日から24日までの5日間", 13, 14)]
    [TestCase("40年来、遼陽県", 0, 2)]
    [TestCase("2300年の歳月", 0, 4)]
    public void Dates_durations_and_ages_are_not_figures(string text, int start, int failAt)
    {
        var result = QualifiedQuantity.TryParseAt(text, start);
        Assert.That(result.Success, Is.False);
        Assert.That(result.Position, Is.EqualTo(failAt));
        Assert.That(result.Expected, Does.Contain("not a date"));
    }

    [Test]
    public void Scanning_the_seed_article_at_every_digit_finds_its_figures_and_no_dates()
    {
        string article = File.ReadAllText(Path.Combine(RepoRoot(), "seeds", "000_c6e03cb025974693.txt"));
        var found = new List<string>();
        for (int i = 0; i < article.Length; i++)
        {
            if (!char.IsAsciiDigit(article[i]) || (i > 0 && (char.IsAsciiDigit(article[i - 1]) || article[i - 1] is '.' or ','))) continue;
            if (i > 0 && article[i - 1] == '第') continue; // read from 第 below
            var match = QualifiedQuantity.TryParseAt(article, i);
            if (match.TryGetValue(out var m)) found.Add(m.Figure.ToString());
        }
        foreach (int i in AllIndexesOf(article, "第2位"))
        {
            found.Add(QualifiedQuantity.TryParseAt(article, i).Value.Figure.ToString());
        }
        // The six quantities the article states (seeds/README.md); dates, times, 40年来, 2300年 and 3年間 are not read.
        Assert.That(found, Is.EqualTo(new[] { "2200000000 pairs", "3500000000 CNY", "226 firms", "15 projects", "8 firms", "2 rank" }));
    }

    [Test]
    public void Start_outside_the_text_is_an_argument_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => QualifiedQuantity.TryParseAt("22億足", 5));

    private static IEnumerable<int> AllIndexesOf(string text, string word)
    {
        for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal)) yield return i;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClusterStats.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("ClusterStats.sln not found above the test directory.");
    }
}
