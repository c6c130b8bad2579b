using ClusterStats.Internal;

namespace ClusterStats.Tests.Quantities;

/// <summary>One word matcher serves the figure grammar and the extractor; only the start-of-word rule differs.</summary>
public class WordMatcherTests
{
    private static readonly (string, int)[] Words = [("port", 1), ("export*", 2), ("more than", 3), ("m", 4), ("亿", 5), ("us$", 6)];

    [TestCase("port of call", 0, 1, 4)]
    [TestCase("exports rose", 0, 2, 6)]
    [TestCase("ＥＸＰＯＲＴ", 0, 2, 6)]
    [TestCase("More\u00A0than 5", 0, 3, 9)]
    [TestCase("5 m pairs", 2, 4, 1)]
    [TestCase("3亿双", 1, 5, 1)]
    [TestCase("US$5", 0, 6, 3)]
    public void A_word_is_found_whatever_its_case_width_or_space(string text, int pos, int value, int length)
    {
        foreach (var whole in new[] { false, true })
        {
            var matcher = new WordMatcher<int>(Words, wholeLatinWords: whole);
            Assert.That(matcher.TryMatch(text, pos, out var found, out var foundLength), Is.True);
            Assert.That((found, foundLength), Is.EqualTo((value, length)));
            Assert.That(matcher.TryMatchWord(text, pos, out var word, out _) && word == text.Substring(pos, length), Is.True, "the word as the text writes it");
        }
    }

    [TestCase("5 miles", 2)]
    [TestCase("porter", 0)]
    [TestCase("", 0)]
    [TestCase("port", 4)]
    public void A_latin_word_does_not_match_the_start_of_a_longer_word(string text, int pos)
    {
        Assert.That(new WordMatcher<int>(Words).TryMatch(text, pos, out _, out _), Is.False);
    }

    [Test]
    public void Whole_latin_words_also_refuse_the_end_of_a_longer_word()
    {
        Assert.That(new WordMatcher<int>(Words).TryMatch("airport", 3, out var value, out _) && value == 1, Is.True, "the figure grammar reads a word glued after letters");
        Assert.That(new WordMatcher<int>(Words, wholeLatinWords: true).TryMatch("airport", 3, out _, out _), Is.False);
        var hits = new List<(int Pos, string Word, int Value)>();
        new WordMatcher<int>(Words, wholeLatinWords: true).FindAll("the airport and the port exported", 0, 33, hits);
        Assert.That(hits, Is.EqualTo(new[] { (20, "port", 1), (25, "export", 2) }), "a prefix word is found as its prefix");
    }
}
