namespace ClusterStats.Extraction;

/// <summary>
/// The article text of an HTML page, index for index: every character that is not article text (tags with their
/// attributes, comments, the content of script and style elements, doctype and processing instructions) becomes a
/// space, or a line end where a block element starts or ends, so that spans found in the result index the raw input.
/// A comment is inline, as it shows nothing: digits on both sides of it (<c>1&lt;!-- x --&gt;226</c>) stay one run
/// of text that the extractor does not split into a number of its own.
/// One pass, linear in the input; never throws (an unclosed tag or comment masks the rest).
/// </summary>
internal static class HtmlArticle
{
    private static readonly string[] BlockTags =
    [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "section",
        "article", "header", "footer", "title", "blockquote", "hr", "dd", "dt", "dl", "main", "nav", "aside", "figure", "figcaption", "pre",
    ];

    /// <summary>Whether a text is HTML: its file name ends in .html or .htm, or it starts (after a BOM and white space) with &lt;!doctype or &lt;html, in any case.</summary>
    public static bool IsHtml(string text, string? fileName = null)
    {
        if (fileName is not null && (fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))) return true;
        int i = 0;
        while (i < text.Length && (text[i] == '\uFEFF' || char.IsWhiteSpace(text[i]))) i++;
        var rest = text.AsSpan(i);
        return rest.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The text with everything but article text blanked out; the same length as <paramref name="html"/>.</summary>
    public static string Mask(string html)
    {
        var chars = html.ToCharArray();
        int n = html.Length;
        int i = 0;
        while (i < n)
        {
            if (html[i] != '<' || i + 1 >= n || !(char.IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '!' or '?'))
            {
                i++;
                continue;
            }
            int end;
            if (At(html, i, "<!--"))
            {
                int close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                end = close < 0 ? n : close + 3;
                Blank(chars, i, end, ' ');
                i = end;
                continue;
            }
            end = TagEnd(html, i);
            string name = TagName(html, i);
            Blank(chars, i, end, Array.IndexOf(BlockTags, name) >= 0 || name is "script" or "style" ? '\n' : ' ');
            i = end;
            if (name is "script" or "style" && html[i - 1] == '>' && html[i - 2] != '/')
            {
                // Raw text up to the closing tag is not article text.
                int close = IndexOfIgnoreCase(html, "</" + name, i);
                int stop = close < 0 ? n : TagEnd(html, close);
                Blank(chars, i, stop, '\n');
                i = stop;
            }
        }
        return new string(chars);
    }

    private static bool At(string s, int i, string word) => string.CompareOrdinal(s, i, word, 0, word.Length) == 0;

    /// <summary>The index after the tag's closing '&gt;', skipping '&gt;' inside quoted attribute values; the end of the text when unclosed.</summary>
    private static int TagEnd(string s, int i)
    {
        char quote = '\0';
        for (int j = i + 1; j < s.Length; j++)
        {
            char c = s[j];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
            }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return j + 1;
        }
        return s.Length;
    }

    /// <summary>The lower-case ASCII name of the tag at <paramref name="i"/> (without '/'), or "".</summary>
    private static string TagName(string s, int i)
    {
        int j = i + 1;
        if (j < s.Length && s[j] == '/') j++;
        int start = j;
        while (j < s.Length && j - start < 16 && char.IsAsciiLetterOrDigit(s[j])) j++;
        return s[start..j].ToLowerInvariant();
    }

    private static int IndexOfIgnoreCase(string s, string word, int from) => s.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);

    private static void Blank(char[] chars, int start, int end, char first)
    {
        for (int k = start; k < end; k++) chars[k] = ' ';
        if (start < end) chars[start] = first;
    }
}
