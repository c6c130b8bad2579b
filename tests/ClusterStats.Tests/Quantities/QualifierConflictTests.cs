namespace ClusterStats.Tests.Quantities;

/// <summary>
/// A figure has one qualifier. Two words that say the same thing (约3万人左右) are redundant and read; two that say
/// different things (不到2万多人) are an error naming both words, never "the first one wins".
/// </summary>
public class QualifierConflictTests
{
    [TestCase("over 3 million pairs or less", 21, "over", "or less")]
    [TestCase("不到2万多人", 4, "不到", "多")]
    [TestCase("近3亿元以上", 4, "近", "以上")]
    [TestCase("about 3 million pairs or more", 22, "about", "or more")]
    [TestCase("不到约2万人", 2, "不到", "约")]
    [TestCase("nearly 3 million pairs or so", 23, "nearly", "or so")]
    [TestCase("about 3 million pairs exact", 22, "about", "exact")]
    [TestCase("3 million pairs exact or more", 22, "exact", "or more")]
    [TestCase("2万多人以下", 4, "多", "以下")]
    [TestCase("2万余人未満", 4, "余", "未満")]
    [TestCase("2万人以上以下", 5, "以上", "以下")]
    [TestCase("약 2만명 이상", 6, "약", "이상")]
    [TestCase("近2万人左右", 4, "近", "左右")]
    [TestCase("目标超过3万人左右", 7, "超过", "左右")]
    public void Two_qualifiers_that_disagree_are_an_error_naming_both(string text, int position, string first, string second)
    {
        var result = QualifiedQuantity.TryParse(text);
        Assert.That(result.Success, Is.False, text);
        Assert.That(result.Position, Is.EqualTo(position), text);
        Assert.That(result.Expected, Does.StartWith("one qualifier"), text);
        Assert.That(result.Expected, Does.Contain($"'{first}'").And.Contain($"'{second}'"), text);
    }

    [TestCase("约3万人左右", Qualifier.Approximately)]
    [TestCase("大约3万人左右", Qualifier.Approximately)]
    [TestCase("超过3万人以上", Qualifier.AtLeast)]
    [TestCase("超过2万多人", Qualifier.AtLeast)]
    [TestCase("2万多人以上", Qualifier.AtLeast)]
    [TestCase("2만여명 이상", Qualifier.AtLeast)]
    [TestCase("不到3万人以下", Qualifier.AtMost)]
    [TestCase("about 3 million pairs or so", Qualifier.Approximately)]
    [TestCase("over 3 million pairs or more", Qualifier.AtLeast)]
    [TestCase("under 3 million pairs or less", Qualifier.AtMost)]
    [TestCase("3 million pairs exact", Qualifier.Exact)]
    [TestCase("3 million pairs at-least", Qualifier.AtLeast)]
    [TestCase("目标约3万人", Qualifier.Approximately)]
    [TestCase("超过3万人目标", Qualifier.AtLeast)]
    public void Two_qualifiers_that_say_the_same_are_read_as_one(string text, Qualifier qualifier)
    {
        var figure = QualifiedQuantity.Parse(text);
        Assert.That(figure.Qualifier, Is.EqualTo(qualifier), text);
    }

    [TestCase("约 30000..40000 persons range")]
    [TestCase("约三四万人")]
    [TestCase("大约2-3万人左右")]
    public void An_approximate_word_on_a_range_keeps_the_range(string text)
    {
        var figure = QualifiedQuantity.Parse(text);
        Assert.That(figure.Qualifier, Is.EqualTo(Qualifier.Range), text);
        Assert.That(figure.ValueHigh, Is.Not.Null, text);
    }

    private static readonly (string Word, Qualifier Qualifier)[] Before =
        [("约", Qualifier.Approximately), ("近", Qualifier.Nearly), ("超过", Qualifier.AtLeast), ("不到", Qualifier.AtMost), ("", Qualifier.Exact)];

    private static readonly (string Word, Qualifier Qualifier)[] After =
        [("左右", Qualifier.Approximately), ("近く", Qualifier.Nearly), ("以上", Qualifier.AtLeast), ("以下", Qualifier.AtMost), ("", Qualifier.Exact)];

    // Every pair of a word before and a word after the number: the same meaning reads, different meanings are refused.
    [Test]
    public void Every_pair_of_qualifier_words_reads_only_when_they_agree()
    {
        foreach (var (before, b) in Before)
        {
            foreach (var (after, a) in After)
            {
                foreach (var number in new[] { "3万人", "3万多人" })
                {
                    string text = before + number + after;
                    bool more = number.Contains('多', StringComparison.Ordinal);
                    var said = new List<Qualifier>();
                    if (before.Length > 0) said.Add(b);
                    if (more) said.Add(Qualifier.AtLeast);
                    if (after.Length > 0) said.Add(a);
                    var result = QualifiedQuantity.TryParse(text);
                    if (said.Distinct().Count() > 1)
                    {
                        Assert.That(result.Success, Is.False, text);
                        Assert.That(result.Expected, Does.StartWith("one qualifier"), text);
                    }
                    else
                    {
                        Assert.That(result.Success, Is.True, $"{text}: {result}");
                        Assert.That(result.Value.Qualifier, Is.EqualTo(said.Count == 0 ? Qualifier.Exact : said[0]), text);
                        Assert.That(result.Value.Value, Is.EqualTo(30000m), text);
                    }
                }
            }
        }
    }

    [Test]
    public void The_parse_verb_names_both_words()
    {
        var (code, stdout, stderr) = CliRunner.Run("parse", "不到2万多人");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Does.Contain("'不到' (at-most) and '多' (at-least)"));
    }
}
