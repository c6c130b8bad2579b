using System.Text;
using ClusterStats.Internal;

namespace ClusterStats.Extraction;

/// <summary>
/// An article read from a file for <see cref="FigureExtractor"/>: its text, whether it is an HTML page (set
/// <see cref="ExtractionOptions.IsHtml"/> from it) and its first line as a title for <see cref="ArticleInfo"/>.
/// </summary>
public sealed record ArticleText
{
    /// <summary>The longest title taken from the first line, in characters (200).</summary>
    public const int MaxTitleLength = 200;

    private ArticleText(string text, bool isHtml, string? firstLine) => (Text, IsHtml, FirstLine) = (text, isHtml, firstLine);

    /// <summary>The text of the article, without a byte order mark.</summary>
    public string Text { get; }

    /// <summary>Whether the article is an HTML page (a .html or .htm file, or text starting with <c>&lt;!doctype</c> or <c>&lt;html</c>).</summary>
    public bool IsHtml { get; }

    /// <summary>The first non-blank line that is not markup, cut at <see cref="MaxTitleLength"/> characters (never inside a surrogate pair); null when there is none.</summary>
    public string? FirstLine { get; }

    /// <summary>
    /// Reads an article: text or an HTML page, at most the size any input of ClusterStats may have, in UTF-8 (the
    /// default, strict) or the encoding <see cref="CsvReadOptions.Encoding"/> of <paramref name="options"/> says
    /// (GB18030, or detected; the encoding chosen goes to <see cref="CsvReadOptions.EncodingChosen"/>).
    /// </summary>
    /// <exception cref="ClusterStatsException">The file is not in the encoding (names the byte), or is endless, too large or a device.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static ArticleText Read(string path, CsvReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= CsvReadOptions.Default;
        var bytes = InputFiles.ReadAllBytes(path);
        string text;
        if (options.Encoding == CsvEncoding.Utf8)
        {
            try
            {
                text = new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
            }
            catch (DecoderFallbackException ex)
            {
                throw ThrowHelper.ArticleNotUtf8(path, ex.Index);
            }
        }
        else
        {
            text = TextDecoding.Decode(bytes, path, options.Encoding, out var used);
            options.EncodingChosen?.Invoke(path, used);
        }
        bool html = HtmlArticle.IsHtml(text, path);
        return new ArticleText(text, html, FirstLineOf(html ? HtmlArticle.Mask(text) : text));
    }

    internal static string? FirstLineOf(string text)
    {
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length > 0 && !line.EndsWith(">"))
            {
                int length = Math.Min(line.Length, MaxTitleLength);
                if (length < line.Length && char.IsHighSurrogate(line[length - 1])) length--;
                return line[..length].ToString();
            }
            start = end + 1;
        }
        return null;
    }
}
