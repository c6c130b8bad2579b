using System.Net;
using System.Text;

namespace ClusterStats.Internal;

/// <summary>HTML and Markdown building blocks shared by every table the library renders.</summary>
internal static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>
    /// The one gate for links built from input data: the absolute http or https URL of <paramref name="url"/>, or
    /// null for anything else (no link is written then). Encode the result before putting it in an attribute.
    /// </summary>
    public static string? SafeUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? u.AbsoluteUri : null;

    /// <summary>A link to <paramref name="url"/> when <see cref="SafeUrl"/> accepts it, otherwise the encoded text alone.</summary>
    public static string Link(string? url, string text) =>
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
    public static string Escape(string? text) =>
        (text ?? "").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>A Markdown link to <paramref name="url"/> when <see cref="Html.SafeUrl"/> accepts it, otherwise the (escaped) title alone.</summary>
    public static string Link(string? url, string escapedTitle) =>
        Html.SafeUrl(url) is string safe ? $"[{escapedTitle}]({safe.Replace(")", "%29", StringComparison.Ordinal)})" : escapedTitle;

    public static string Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var sb = new StringBuilder();
        sb.Append("| ").AppendJoin(" | ", headers.Select(Escape)).Append(" |\n");
        sb.Append('|').AppendJoin('|', headers.Select(_ => "---")).Append("|\n");
        foreach (var row in rows) sb.Append("| ").AppendJoin(" | ", row.Select(Escape)).Append(" |\n");
        return sb.ToString();
    }
}
