using System.Text;
using ClusterStats.Indices;
using ClusterStats.Internal;
using Microsoft.Data.Analysis;
using ScottPlot;

namespace ClusterStats;

/// <summary>
/// One self-contained HTML page of an analysis, for scripts (<c>dotnet run analysis.cs</c>) what a notebook is for
/// cells: prose written in Markdown, then every result shown as the notebook formatters show it (the same
/// <see cref="HtmlRendering"/>), charts embedded as PNG data URIs, one numbered source list for the whole page, styles
/// inline and no external resource. Every text is HTML-encoded; links are made only for http, https and mailto URLs.
/// </summary>
/// <example>
/// <code>
/// var page = new AnalysisPage("Xiaobeihe against the other sock clusters");
/// page.Markdown("Every figure on **Xiaobeihe**, with its source.");
/// page.Add(data.Figures.Where(regionId: "xiaobeihe"));
/// page.Add(Charts.Comparison(comparison, "pairs_per_year"));
/// page.Save("xiaobeihe.html");
/// </code>
/// </example>
public sealed class AnalysisPage
{
    private readonly StringBuilder _body = new();
    private readonly SourceNotes _sources = new();

    /// <summary>A page titled <paramref name="title"/> (the browser's title and the page's heading).</summary>
    public AnalysisPage(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        Title = title;
    }

    /// <summary>The page title.</summary>
    public string Title { get; }

    /// <summary>
    /// Adds prose written in Markdown: headings, paragraphs, bullet and numbered lists, fenced code, <c>`code`</c>,
    /// <c>**strong**</c>, <c>*emphasis*</c> and <c>[links](https://…)</c>. Raw HTML in it is shown as text.
    /// </summary>
    public AnalysisPage Markdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Append(MarkdownText.ToHtml(markdown));
    }

    /// <summary>Adds text as it is (a message, a computed sentence), line breaks kept, in a preformatted block.</summary>
    public AnalysisPage Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Append("<pre class=\"clusterstats-text\">" + Html.Encode(text) + "</pre>\n");
    }

    /// <summary>Adds a table of figures; their sources join the page's numbered source list.</summary>
    public AnalysisPage Add(IEnumerable<Figure> figures) => Append(HtmlRendering.ToHtml(figures ?? throw new ArgumentNullException(nameof(figures)), _sources));

    /// <summary>Adds one figure as a table; its source joins the page's numbered source list.</summary>
    public AnalysisPage Add(Figure figure) => Add([figure ?? throw new ArgumentNullException(nameof(figure))]);

    /// <summary>Adds conflicting groups, one table each; their sources join the page's numbered source list.</summary>
    public AnalysisPage Add(IEnumerable<ConflictGroup> conflicts) => Append(HtmlRendering.ToHtml(conflicts ?? throw new ArgumentNullException(nameof(conflicts)), _sources));

    /// <summary>Adds one conflict group; its sources join the page's numbered source list.</summary>
    public AnalysisPage Add(ConflictGroup conflict) => Add([conflict ?? throw new ArgumentNullException(nameof(conflict))]);

    /// <summary>Adds a comparison, one table per metric with its notes; its sources join the page's numbered source list.</summary>
    public AnalysisPage Add(Comparison comparison) => Append(HtmlRendering.ToHtml(comparison ?? throw new ArgumentNullException(nameof(comparison)), _sources));

    /// <summary>Adds an index result as the table of its DataFrame.</summary>
    public AnalysisPage Add(IIndexResult result) => Append(HtmlRendering.ToHtml(result ?? throw new ArgumentNullException(nameof(result))));

    /// <summary>Adds a DataFrame as a table (the first 200 rows; a line says how many are left out).</summary>
    public AnalysisPage Add(DataFrame frame) => Append(HtmlRendering.ToHtml(frame ?? throw new ArgumentNullException(nameof(frame))));

    /// <summary>Adds a quantity: its value for people and its machine form.</summary>
    public AnalysisPage Add(Quantity quantity) => Append("<p>" + HtmlRendering.ToHtml(quantity) + "</p>\n");

    /// <summary>Adds a qualified quantity: its value for people (qualifier, range, target) and its machine form.</summary>
    public AnalysisPage Add(QualifiedQuantity quantity) => Append("<p>" + HtmlRendering.ToHtml(quantity) + "</p>\n");

    /// <summary>Adds a chart, embedded in the page as a PNG of the given size; its title is the image's alternative text.</summary>
    /// <exception cref="MissingGlyphsException">No installed font can draw the chart's labels.</exception>
    public AnalysisPage Add(Plot plot, int width = Plotting.ChartOutput.DefaultWidth, int height = Plotting.ChartOutput.DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return Append("<figure>" + HtmlRendering.ToPngHtml(plot, width, height) + "</figure>\n");
    }

    /// <summary>The whole page: head with inline styles, the title, every part in the order added, then the numbered sources.</summary>
    public string ToHtml()
    {
        var sb = new StringBuilder(HtmlPage.Head(Title));
        sb.Append("<h1>").Append(Html.Encode(Title)).Append("</h1>\n");
        sb.Append(_body);
        if (_sources.Sources.Count > 0) sb.Append("<h2 id=\"sources\">Sources</h2>\n").Append(HtmlRendering.ToHtml(_sources)).Append('\n');
        return sb.Append(HtmlPage.Tail).ToString();
    }

    /// <summary>
    /// Writes the page to <paramref name="path"/> as UTF-8, whole or not at all (a temporary file beside it, renamed
    /// over it); a symbolic link, folder or device at <paramref name="path"/> is refused, never written through.
    /// Returns the full path written.
    /// </summary>
    /// <exception cref="ClusterStatsException">The path is a link, a folder or a device.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public string Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        OutputFiles.WriteText(path, ToHtml());
        return Path.GetFullPath(path);
    }

    private AnalysisPage Append(string html)
    {
        _body.Append(html);
        return this;
    }
}
