using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ClusterStats.Extraction;

/// <summary>
/// A copy of an article in which a few ways of writing numbers that the figure grammar does not read are rewritten
/// into forms it does read, with a map from every index of the copy back to the original text, so that spans and
/// quotes always refer to the original. Rewrites: English number words before a scale word, the whole run of them
/// ("eight billion" to "8 billion", "two hundred and fifty million" to "250 million", "half a billion" to
/// "0.5 billion"; a run that is not one number is left unread); Italian and Turkish scale words ("641,8 milioni di euro" to "641.8 million euro", "7mila" to
/// "7 thousand", "un miliardo e mezzo" to "1.5 billion", "1,5 milyar" to "1.5 billion"); Korean groups written with a
/// space ("1억 2천만" to "1억2천만"); apostrophe grouping ("4'500");
/// Italian count words (paia, aziende, addetti ...); and, in Italian text only, European digit grouping ("9.181").
/// The patterns have no nested repetition, so rewriting takes time linear in the text.
/// </summary>
internal sealed class NormalizedText
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private const string EnglishNumberWord = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred";

    // The whole run of English number words before a scale word ("two hundred and fifty million", "twenty-five
    // million"), so that it is never read from its last word alone; each separator is a single space, hyphen or
    // " and ", so the pattern has no nested repetition.
    private static readonly Regex NumberWordScale = new(
        @"\b((?:(?:" + EnglishNumberWord + @"|a)(?: and |[ -]))*(?:" + EnglishNumberWord + @"|a|un|uno|una|due|tre|bir|iki|üç))\s+(hundred|thousand|million|billion|trillion|miliardo|miliardi|milione|milioni|mila|milyar|milyon|bin)\b", Options);

    // "half a billion", "a quarter of a million", "three quarters of a million".
    private static readonly Regex FractionScale = new(@"\b(half|quarter|three quarters|three-quarters)\s+(?:of\s+)?a\s+(hundred|thousand|million|billion|trillion)\b", Options);

    private static readonly Regex HalfAfterScale = new(@"\b(1|one|a|un|uno)\s+(billion|million|miliardo|milione)\s+(e|and a)\s+(mezzo|half)\b", Options);

    // Before an Italian or Turkish scale word the comma is the decimal sign, with any number of decimals up to three:
    // "1,500 milioni" is 1.5 million (never 1,500 million).
    private static readonly Regex CommaDecimalScale = new(@"(?<![\d.,])(\d{1,3}),(\d{1,3})(?=\s*(milioni|milione|miliardi|miliardo|mila|milyar|milyon|bin)\b)", Options);

    private static readonly Regex GluedScale = new(@"(?<=\d)(mila|milioni|miliardi|milyar|milyon)\b", Options);

    private static readonly Regex ForeignScale = new(@"\b(milioni|milione|miliardi|miliardo|mila|milyar|milyon)(\s+di)?\b", Options);

    private static readonly Regex ApostropheGrouping = new(@"(?<=\d)['’](?=\d{3}(?!\d))", Options);

    private static readonly Regex ItalianWords = new(
        @"\b(più di(?=\s+\d)|oltre(?=\s+\d)|circa il|circa la|paia|aziende|azienda|imprese|calzifici|attività|addetti|dipendenti|lavoratori|çift)\b", Options);

    private static readonly Regex EuropeanGrouping = new(@"(?<![\d.,])\d{1,3}(\.\d{3})+(?![\d,])", Options);

    private static readonly Regex EuropeanDecimal = new(@"(?<![\d.,])(\d+),(\d{1,2})(?![\d])", Options);

    private static readonly Regex ItalianMarkers = new(@"\b(di|il|della|dell|del|dei|degli|nel|nella|che|sono|con|ogni|più|passando|passati|aziende|si)\b", Options);

    // Digit groups joined by a no-break, narrow no-break, thin or figure space, as typesetters group thousands
    // ("12 000" with U+202F): one number. Groups joined by a plain space are not rewritten (the extractor refuses them).
    private static readonly Regex TypographicGrouping = new(@"(?<![\d.,])\d{1,3}(?:[\u00A0\u202F\u2009\u2007]\d{3})+(?![\d])", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // Korean writes a large number in groups of 만 (10^4) with a space after each group word: "1억 2천만" is
    // 120,000,000, "3조 5천억" 3.5 trillion. The space is dropped so that the whole number is read (the figure parser
    // still refuses two numbers side by side, such as 3억 5억).
    private static readonly Regex KoreanGroupSpace = new(@"(?<=\d[만억조]) (?=\d)", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static string Digits(string grouped) => string.Concat(grouped.Where(char.IsAsciiDigit));

    // A named, decimal or hexadecimal character reference; one that HTML does not define stays as written.
    private static readonly Regex CharacterReference = new(@"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex EnglishMarkers = new(@"\b(the|of|and|in|to|is|are|with|for|that|by|at)\b", Options);

    private readonly int[] _map;

    private NormalizedText(string text, int[] map)
    {
        Text = text;
        _map = map;
    }

    /// <summary>The rewritten text.</summary>
    public string Text { get; }

    /// <summary>The index in the original text of the character at <paramref name="index"/> of <see cref="Text"/> (or of its end).</summary>
    public int ToOriginal(int index) => _map[Math.Clamp(index, 0, _map.Length - 1)];

    /// <summary>The original index just after a span of <see cref="Text"/> that ends at <paramref name="end"/>: a span that ends inside a rewritten part covers all of it.</summary>
    public int EndToOriginal(int end)
    {
        end = Math.Clamp(end, 0, _map.Length - 1);
        while (end > 0 && end < _map.Length - 1 && _map[end] == _map[end - 1]) end++;
        return _map[end];
    }

    /// <summary>
    /// Rewrites <paramref name="original"/>; returns it unchanged (identity map) when nothing applies. With
    /// <paramref name="html"/>, character references are decoded first (<c>3&amp;nbsp;500</c> is 3 500 with a no-break
    /// space, <c>2&amp;#46;5</c> is 2.5), so that no figure is read from half a number.
    /// </summary>
    public static NormalizedText Create(string original, bool html = false)
    {
        if (!html) return Rewrite(original);
        // References first, then the number rewrites on the decoded text: "3&nbsp;500" is one grouped number.
        var decoded = Apply(original, [(CharacterReference, m => WebUtility.HtmlDecode(m.Value) is var d && d != m.Value ? d : null)]);
        var rewritten = Rewrite(decoded.Text);
        return new NormalizedText(rewritten.Text, [.. rewritten._map.Select(k => decoded._map[k])]);
    }

    private static NormalizedText Rewrite(string original)
    {
        bool anyLatin = false;
        foreach (var c in original)
        {
            if (char.IsAsciiLetter(c))
            {
                anyLatin = true;
                break;
            }
        }
        var rules = new List<(Regex Regex, Func<Match, string?> Replace)>();
        rules.Add((TypographicGrouping, m => Digits(m.Value)));
        rules.Add((KoreanGroupSpace, _ => ""));
        if (!anyLatin) return Apply(original, rules);
        rules.AddRange(new List<(Regex Regex, Func<Match, string?> Replace)>
        {
            (HalfAfterScale, m => "1.5 " + English(m.Groups[2].Value)),
            (FractionScale, m => FractionWord(m.Groups[1].Value) + " " + English(m.Groups[2].Value)),
            (NumberWordScale, m => NumberWords(m.Groups[1].Value) + " " + English(m.Groups[2].Value)),
            (CommaDecimalScale, m => m.Groups[2].Value.TrimEnd('0') is { Length: > 0 } decimals ? m.Groups[1].Value + "." + decimals : m.Groups[1].Value),
            (GluedScale, m => " " + English(m.Groups[1].Value)),
            (ForeignScale, m => English(m.Groups[1].Value)),
            (ApostropheGrouping, _ => ""),
            (ItalianWords, m => ItalianWord(m.Value)),
        });
        if (ItalianMarkers.Count(original) > EnglishMarkers.Count(original))
        {
            rules.Add((EuropeanGrouping, m => m.Value.Replace(".", "", StringComparison.Ordinal)));
            rules.Add((EuropeanDecimal, m => m.Groups[1].Value + "." + m.Groups[2].Value));
        }
        return Apply(original, rules);
    }

    private static NormalizedText Apply(string original, List<(Regex Regex, Func<Match, string?> Replace)> rules)
    {
        // Each rule runs on the original text; an edit that overlaps an earlier rule's edit is dropped, so the
        // rules apply in the order listed and never rewrite each other's output.
        var edits = new List<(int Start, int Length, string Replacement)>();
        foreach (var (regex, replace) in rules)
        {
            int before = edits.Count;
            foreach (Match m in regex.Matches(original))
            {
                int s = m.Index, e = m.Index + m.Length;
                bool overlaps = false;
                for (int i = 0; i < before && !overlaps; i++)
                {
                    var t = edits[i];
                    overlaps = s < t.Start + t.Length && t.Start < e;
                }
                if (overlaps || replace(m) is not { } r) continue;
                edits.Add((s, m.Length, r));
            }
        }
        if (edits.Count == 0) return Identity(original);
        edits.Sort((a, b) => a.Start.CompareTo(b.Start));
        var sb = new StringBuilder(original.Length + 16);
        var map = new List<int>(original.Length + 17);
        int pos = 0;
        foreach (var (start, length, replacement) in edits)
        {
            if (start < pos) continue;
            for (; pos < start; pos++)
            {
                sb.Append(original[pos]);
                map.Add(pos);
            }
            foreach (var c in replacement)
            {
                sb.Append(c);
                map.Add(start);
            }
            pos = start + length;
        }
        for (; pos < original.Length; pos++)
        {
            sb.Append(original[pos]);
            map.Add(pos);
        }
        map.Add(original.Length);
        return new NormalizedText(sb.ToString(), [.. map]);
    }

    private static NormalizedText Identity(string original)
    {
        var map = new int[original.Length + 1];
        for (int i = 0; i < map.Length; i++) map[i] = i;
        return new NormalizedText(original, map);
    }

    private static string English(string scale) => scale.ToLowerInvariant() switch
    {
        "mila" or "bin" or "thousand" => "thousand",
        "milione" or "milioni" or "milyon" or "million" => "million",
        "miliardo" or "miliardi" or "milyar" or "billion" => "billion",
        "hundred" => "hundred",
        _ => "trillion",
    };

    private static string FractionWord(string word) => word.ToLowerInvariant() switch
    {
        "half" => "0.5",
        "quarter" => "0.25",
        _ => "0.75",
    };

    /// <summary>
    /// The value of a run of number words ("two hundred and fifty" is 250, "twenty-five" 25, "a hundred" 100); a run
    /// that is not one number ("two three", "fifty twenty") becomes a word the figure parser does not read, so the
    /// figure is refused rather than read from its tail.
    /// </summary>
    private static string NumberWords(string run)
    {
        var words = run.ToLowerInvariant().Replace(" and ", " ", StringComparison.Ordinal).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        int total = 0, last = int.MaxValue;
        bool any = false, hundred = false;
        for (int k = 0; k < words.Length; k++)
        {
            string w = words[k];
            if (w == "hundred")
            {
                if (!any || hundred || total >= 10) return "unread";
                total *= 100;
                hundred = true;
                last = 100;
                continue;
            }
            if (w is "a" && k > 0) return "unread";
            if (NumberWord(w) is not { } digits) return "unread";
            int v = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
            // A word adds to the run only below the place of the word before it: twenty-five, hundred and fifty.
            int place = v >= 20 ? 10 : 1;
            int previousPlace = last == 100 ? 100 : last >= 20 ? 10 : last >= 10 ? 2 : 1;
            if (any && !(last == 100 || last >= 20 && v < 10) || any && place >= previousPlace && last != 100) return "unread";
            total += v;
            last = v;
            any = true;
        }
        return total.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string? NumberWord(string word) => word.ToLowerInvariant() switch
    {
        "one" or "a" or "un" or "uno" or "una" or "bir" => "1",
        "two" or "due" or "iki" => "2",
        "three" or "tre" or "üç" => "3",
        "four" => "4",
        "five" => "5",
        "six" => "6",
        "seven" => "7",
        "eight" => "8",
        "nine" => "9",
        "ten" => "10",
        "eleven" => "11",
        "twelve" => "12",
        "thirteen" => "13",
        "fourteen" => "14",
        "fifteen" => "15",
        "sixteen" => "16",
        "seventeen" => "17",
        "eighteen" => "18",
        "nineteen" => "19",
        "twenty" => "20",
        "thirty" => "30",
        "forty" => "40",
        "fifty" => "50",
        "sixty" => "60",
        "seventy" => "70",
        "eighty" => "80",
        "ninety" => "90",
        _ => null,
    };

    private static string ItalianWord(string word) => word.ToLowerInvariant() switch
    {
        "più di" or "oltre" => "more than",
        "circa il" or "circa la" => "circa",
        "paia" or "çift" => "pairs",
        "aziende" or "azienda" or "imprese" or "calzifici" or "attività" => "firms",
        _ => "workers",
    };
}
