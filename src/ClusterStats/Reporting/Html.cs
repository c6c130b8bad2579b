using System.Net;
using System.Text;

namespace ClusterStats.Internal;

/// <summary>HTML and Markdown building blocks shared by every table the library renders.</summary>
internal static class Html
{
    /// <summary>
    /// The one HTML encoder of the library: <c>&amp; &lt; &gt; " '</c> as entities, and control characters (other than
    /// line ends and tab) shown escaped as <c>\u001b</c> (see <see cref="Printable"/>).
    /// </summary>
    public static string Encode(string? text) =>
        WebUtility.HtmlEncode(Printable.Escape(text?.Replace("\r\n", "\n", StringComparison.Ordinal), keepLineBreaks: true));

    /// <summary>
    /// The one scheme check for links that come from input (source URLs and the like): the URL when it is an absolute
    /// http, https or mailto URL, otherwise null, so the caller shows the text without a link. Leading or trailing
    /// spaces and control characters, and any control character or whitespace inside (which browsers drop, turning
    /// <c>java\tscript:</c> into <c>javascript:</c>), make the URL refused rather than cleaned. Encode the result with
    /// <see cref="Encode"/> before writing it into an attribute.
    /// </summary>
    public static string? SafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        foreach (char c in url)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || Printable.NeedsEscape(c, keepLineBreaks: false)) return null;
        }
        int colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return null;
        var scheme = url[..colon];
        bool web = scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase);
        bool mail = scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase);
        if (!web && !mail) return null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        if (web && (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps || uri.Host.Length == 0)) return null;
        if (mail && uri.Scheme != Uri.UriSchemeMailto) return null;
        return uri.AbsoluteUri;
    }

    /// <summary>
    /// An HTML link to <paramref name="url"/> with <paramref name="text"/> (encoded here), or the encoded text alone when the
    /// URL fails <see cref="SafeUrl"/>.
    /// </summary>
    public static string Link(string? url, string? text) =>
        SafeUrl(url) is string safe ? $"<a href=\"{Encode(safe)}\">{Encode(text)}</a>" : Encode(text);

    /// <summary>
    /// Source numbers for people, in ascending order, as one bracketed group whose numbers link to the numbered
    /// source list: <c>[1, 2, 3]</c>, the same markup in reports and notebooks; empty for no numbers.
    /// </summary>
    public static string SourceRefs(IEnumerable<int> numbers)
    {
        var list = numbers.Distinct().Order().ToList();
        if (list.Count == 0) return "";
        return "<span class=\"refs\">[" + string.Join(", ", list.Select(n => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"<a href=\"#source-{n}\">{n}</a>"))) + "]</span>";
    }

    /// <summary>An HTML table; cells are HTML already (encode text with <see cref="Encode"/>).</summary>
    public static string Table(string cssClass, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string? caption = null)
    {
        var sb = new StringBuilder();
        sb.Append("<table class=\"clusterstats ").Append(cssClass).Append("\">");
        if (caption is not null) sb.Append("<caption>").Append(Encode(caption)).Append("</caption>");
        sb.Append("<thead><tr>");
        foreach (var h in headers) sb.Append("<th>").Append(Encode(h)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row) sb.Append("<td>").Append(cell).Append("</td>");
            sb.Append("</tr>");
        }
        return sb.Append("</tbody></table>").ToString();
    }
}

/// <summary>Markdown building blocks.</summary>
internal static class Markdown
{
    /// <summary>Text for a Markdown table cell or line: backslash and pipe escaped, line breaks as spaces, '&lt;' as an entity, controls shown escaped.</summary>
    public static string Escape(string? text) =>
        Printable.Escape((text ?? "").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal));

    /// <summary>A Markdown link to <paramref name="url"/> when it passes <see cref="Html.SafeUrl"/>, else the escaped text.</summary>
    public static string Link(string? url, string? text) =>
        Html.SafeUrl(url) is string safe
            ? $"[{Escape(text)}]({safe.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)})"
            : Escape(text);

    public static string Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var sb = new StringBuilder();
        sb.Append("| ").AppendJoin(" | ", headers.Select(Escape)).Append(" |\n");
        sb.Append('|').AppendJoin('|', headers.Select(_ => "---")).Append("|\n");
        foreach (var row in rows) sb.Append("| ").AppendJoin(" | ", row.Select(Escape)).Append(" |\n");
        return sb.ToString();
    }
}
