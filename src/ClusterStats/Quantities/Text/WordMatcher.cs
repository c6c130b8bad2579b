using System.Collections.Frozen;

namespace ClusterStats.Internal;

/// <summary>
/// The one word matcher of the library, for the words of figures and the words an extractor reads around them: a set of
/// words looked up by their first character, longest first, compared after folding full-width forms and ASCII case
/// (<see cref="FigureText.FoldLower"/>); a space in a word matches any space. A word ending in a Latin letter matches
/// only before a non-letter ("m" does not match "miles"), unless it is a prefix word, written with a trailing '*'
/// (<c>export*</c> matches exports and exported). With whole Latin words, a word starting with a Latin letter also
/// matches only after a non-letter ("port" is not found in "export"). Matching at a position costs about one dictionary
/// lookup.
/// </summary>
internal sealed class WordMatcher<T>
{
    private readonly FrozenDictionary<char, (string Word, bool Prefix, T Value)[]> _byFirst;
    private readonly bool _wholeLatinWords;

    /// <summary>Creates the matcher; with <paramref name="wholeLatinWords"/> a Latin word must also start a word.</summary>
    public WordMatcher(IEnumerable<(string Word, T Value)> words, bool wholeLatinWords = false)
    {
        _wholeLatinWords = wholeLatinWords;
        _byFirst = words
            .Select(w => w.Word.EndsWith('*') ? (Word: w.Word[..^1], Prefix: true, w.Value) : (w.Word, Prefix: false, w.Value))
            .GroupBy(w => FigureText.FoldLower(w.Word[0]))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(w => w.Word.Length).ToArray());
    }

    /// <summary>The longest word that starts at <paramref name="pos"/>: its value and its length in the text, or false.</summary>
    public bool TryMatch(string text, int pos, out T value, out int length)
    {
        value = default!;
        length = 0;
        if (pos < 0 || pos >= text.Length || !_byFirst.TryGetValue(FigureText.FoldLower(text[pos]), out var candidates)) return false;
        foreach (var c in candidates)
        {
            if (!EqualsAt(text, pos, c.Word)) continue;
            if (_wholeLatinWords && IsLatin(c.Word[0]) && pos > 0 && IsLatin(text[pos - 1])) continue;
            if (!c.Prefix && IsLatin(c.Word[^1]) && pos + c.Word.Length < text.Length && IsLatin(text[pos + c.Word.Length])) continue;
            value = c.Value;
            length = c.Word.Length;
            return true;
        }
        return false;
    }

    /// <summary>The longest word that starts at <paramref name="pos"/>, as the text writes it, with its value, or false.</summary>
    public bool TryMatchWord(string text, int pos, out string word, out T value)
    {
        bool found = TryMatch(text, pos, out value, out int length);
        word = found ? text.Substring(pos, length) : "";
        return found;
    }

    /// <summary>Every word found in [from, to), with its position; words may not run past <paramref name="to"/>.</summary>
    public void FindAll(string text, int from, int to, List<(int Pos, string Word, T Value)> hits)
    {
        from = Math.Max(0, from);
        to = Math.Min(text.Length, to);
        for (int i = from; i < to; i++)
        {
            if (TryMatchWord(text, i, out var word, out var value) && i + word.Length <= to) hits.Add((i, word, value));
        }
    }

    private static bool EqualsAt(string text, int pos, string word)
    {
        if (pos + word.Length > text.Length) return false;
        for (int i = 0; i < word.Length; i++)
        {
            if (FigureText.FoldLower(text[pos + i]) != FigureText.FoldLower(word[i]) && !(word[i] == ' ' && FigureText.IsSpace(text[pos + i]))) return false;
        }
        return true;
    }

    private static bool IsLatin(char c) => char.IsAsciiLetter(FigureText.Fold(c));
}
