using System.Globalization;
using System.Text;
using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// The Markdown that a page's prose is written in, turned into HTML: a small subset, read the same way every time and
/// safe for any text. Blocks: headings (<c>#</c> to <c>######</c>), paragraphs (lines up to a blank line), bullet
/// lists (<c>- </c> or <c>* </c>), numbered lists (<c>1. </c>) and fenced code (<c>```</c>). Inline: <c>`code`</c>,
/// <c>**strong**</c>, <c>*emphasis*</c>, <c>[text](url)</c> and backslash escapes. An HTML comment that starts a line
/// (<c>&lt;!-- --&gt;</c>) is left out, as a browser hides it. Raw HTML is never passed through:
/// every character of the text is HTML-encoded, and a link is made only for an http, https or mailto URL (otherwise
/// its text alone is shown).
/// </summary>
internal static class MarkdownText
{
    /// <summary>The HTML of <paramref name="markdown"/>.</summary>
    public static string ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var sb = new StringBuilder();
        int i = 0;
        while (i < lines.Length)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0) { i++; continue; }
            if (CommentEnd(lines, i) is (int endLine, int endColumn))
            {
                // A comment is a note to the text's authors, hidden as a browser hides it; text after its end is kept.
                lines[endLine] = lines[endLine][endColumn..];
                i = endLine;
                continue;
            }
            if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                var code = new List<string>();
                for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++) code.Add(lines[i]);
                i++; // the closing fence (or the end of the text)
                sb.Append("<pre><code>").Append(Html.Encode(string.Join("\n", code))).Append("</code></pre>\n");
                continue;
            }
            if (HeadingLevel(trimmed) is int level)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<h{level}>{Inline(trimmed[(level + 1)..].Trim())}</h{level}>\n");
                i++;
                continue;
            }
            if (ListItem(trimmed) is (string tag, _))
            {
                sb.Append('<').Append(tag).Append(">\n");
                while (i < lines.Length && ListItem(lines[i].TrimStart()) is (string itemTag, string text) && itemTag == tag)
                {
                    var item = new StringBuilder(text);
                    // Indented lines that follow belong to the item.
                    for (i++; i < lines.Length && lines[i].Length > 0 && char.IsWhiteSpace(lines[i][0]) && lines[i].Trim().Length > 0 && ListItem(lines[i].TrimStart()) is null; i++)
                        item.Append('\n').Append(lines[i].Trim());
                    sb.Append("<li>").Append(Inline(item.ToString())).Append("</li>\n");
                }
                sb.Append("</").Append(tag).Append(">\n");
                continue;
            }
            var paragraph = new List<string>();
            while (i < lines.Length && lines[i].Trim().Length > 0 && (paragraph.Count == 0 || !StartsBlock(lines[i].TrimStart())))
            {
                paragraph.Add(lines[i].Trim());
                i++;
            }
            sb.Append("<p>").Append(Inline(string.Join("\n", paragraph))).Append("</p>\n");
        }
        return sb.ToString();
    }

    private static bool StartsBlock(string trimmed) =>
        trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("<!--", StringComparison.Ordinal)
        || HeadingLevel(trimmed) is not null || ListItem(trimmed) is not null;

    // For a line that starts an HTML comment (<!-- ... -->), the line and column just past its end; null when the line
    // starts none or the comment is never closed (then its text is shown as written).
    private static (int Line, int Column)? CommentEnd(string[] lines, int start)
    {
        var first = lines[start];
        int open = first.IndexOf("<!--", StringComparison.Ordinal);
        if (open < 0 || first[..open].Trim().Length > 0) return null;
        int from = open + 4;
        for (int l = start; l < lines.Length; l++, from = 0)
        {
            int close = lines[l].IndexOf("-->", from, StringComparison.Ordinal);
            if (close >= 0) return (l, close + 3);
        }
        return null;
    }

    private static int? HeadingLevel(string trimmed)
    {
        int level = 0;
        while (level < trimmed.Length && trimmed[level] == '#') level++;
        return level is >= 1 and <= 6 && level < trimmed.Length && trimmed[level] == ' ' ? level : null;
    }

    // ("ul", text) for "- text" or "* text", ("ol", text) for "12. text"; null otherwise.
    private static (string Tag, string Text)? ListItem(string trimmed)
    {
        if (trimmed.Length > 2 && trimmed[0] is '-' or '*' && trimmed[1] == ' ') return ("ul", trimmed[2..].Trim());
        int digits = 0;
        while (digits < trimmed.Length && digits < 9 && char.IsAsciiDigit(trimmed[digits])) digits++;
        if (digits > 0 && trimmed.Length > digits + 2 && trimmed[digits] == '.' && trimmed[digits + 1] == ' ') return ("ol", trimmed[(digits + 2)..].Trim());
        return null;
    }

    /// <summary>Inline Markdown of one block as HTML.</summary>
    internal static string Inline(string text)
    {
        var sb = new StringBuilder();
        var literal = new StringBuilder();
        void Flush()
        {
            sb.Append(Html.Encode(literal.ToString()));
            literal.Clear();
        }
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\\' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) is false && !char.IsWhiteSpace(text[i + 1]))
            {
                literal.Append(text[i + 1]);
                i += 2;
                continue;
            }
            if (c == '`' && text.IndexOf('`', i + 1) is int close and > 0)
            {
                Flush();
                sb.Append("<code>").Append(Html.Encode(text[(i + 1)..close])).Append("</code>");
                i = close + 1;
                continue;
            }
            if (c == '*' && i + 1 < text.Length && text[i + 1] == '*' && text.IndexOf("**", i + 2, StringComparison.Ordinal) is int strongEnd and > 0 && strongEnd > i + 2)
            {
                Flush();
                sb.Append("<strong>").Append(Inline(text[(i + 2)..strongEnd])).Append("</strong>");
                i = strongEnd + 2;
                continue;
            }
            if (c == '*' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] != '*'
                && text.IndexOf('*', i + 1) is int emEnd and > 0 && !char.IsWhiteSpace(text[emEnd - 1]))
            {
                Flush();
                sb.Append("<em>").Append(Inline(text[(i + 1)..emEnd])).Append("</em>");
                i = emEnd + 1;
                continue;
            }
            if (c == '[' && text.IndexOf("](", i + 1, StringComparison.Ordinal) is int mid and > 0
                && text.IndexOf(')', mid + 2) is int end and > 0 && text.IndexOf('\n', i, mid - i) < 0)
            {
                Flush();
                sb.Append(Html.Link(text[(mid + 2)..end].Trim(), text[(i + 1)..mid]));
                i = end + 1;
                continue;
            }
            literal.Append(c);
            i++;
        }
        Flush();
        return sb.ToString();
    }
}
