using System.Globalization;
using System.Text;
using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// Numbered source notes for a table or a whole report: each distinct source document (same title and URL; quotes
/// from one document share its number) gets a number in order of first use, and renders as a numbered list with
/// title, publisher, publication date and link. Not thread-safe while numbers are being assigned.
/// </summary>
public sealed class SourceNotes
{
    private readonly List<Source> _sources = [];
    private readonly Dictionary<(string Title, string? Url), int> _numbers = [];

    /// <summary>The sources in number order (number = index + 1).</summary>
    public IReadOnlyList<Source> Sources => _sources.AsReadOnly();

    /// <summary>
    /// The number of <paramref name="source"/>'s document (its title and URL), assigning the next number when it is
    /// new; the list shows the first <see cref="Source"/> numbered for a document.
    /// </summary>
    public int NumberOf(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var key = (source.Title, source.Url);
        if (_numbers.TryGetValue(key, out var n)) return n;
        _sources.Add(source);
        n = _sources.Count;
        _numbers.Add(key, n);
        return n;
    }

    /// <summary>A numbered HTML list (<c>&lt;ol class="clusterstats-sources"&gt;</c>) with links; empty when there are no sources.</summary>
    public string ToHtml()
    {
        if (_sources.Count == 0) return "";
        var sb = new StringBuilder("<ol class=\"clusterstats-sources\">");
        foreach (var s in _sources)
        {
            sb.Append("<li id=\"source-").Append(NumberOf(s).ToString(CultureInfo.InvariantCulture)).Append("\">");
            sb.Append(Html.Link(s.Url, s.Title));
            sb.Append(" — ").Append(Html.Encode(s.Publisher));
            if (s.Published is { Length: > 0 } p) sb.Append(", ").Append(Html.Encode(p));
            sb.Append(" <span class=\"confidence\">(").Append(s.Confidence.ToCode()).Append(" confidence)</span>");
            sb.Append("</li>");
        }
        return sb.Append("</ol>").ToString();
    }

    /// <summary>A numbered Markdown list with links.</summary>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        foreach (var s in _sources)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{NumberOf(s)}. ");
            sb.Append(Markdown.Link(s.Url, s.Title));
            sb.Append(" — ").Append(Markdown.Escape(s.Publisher));
            if (s.Published is { Length: > 0 } p) sb.Append(", ").Append(Markdown.Escape(p));
            sb.Append(CultureInfo.InvariantCulture, $" ({s.Confidence.ToCode()} confidence)\n");
        }
        return sb.ToString();
    }

    /// <summary>
    /// The numbered sources as CSV (UTF-8 text, invariant culture): <c>number,title,url,publisher,published,confidence</c>,
    /// the columns of <see cref="Comparison.ToCsvSources"/>.
    /// </summary>
    public string ToCsv() => ComparisonSourceCsvRecord.ToCsv(Numbered());

    /// <summary>The sources numbered so far, as the source list of a <see cref="Comparison"/>.</summary>
    internal IReadOnlyList<ComparisonSource> Numbered() =>
        _sources.Select((s, i) => new ComparisonSource(i + 1, s.Title, s.Url, s.Publisher, s.Published, s.Confidence)).ToArray();

    /// <summary>An HTML reference to a source number: <c>[3]</c>, the number linking to the note (the markup of every source reference).</summary>
    internal string HtmlReference(Source source) => Html.SourceRefs([NumberOf(source)]);
}
