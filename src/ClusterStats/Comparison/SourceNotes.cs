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
    /// new; the list shows the first <see cref="Source"/> numbered for a document, with a publisher or publication date
    /// it lacks taken from a later citation of the same document (one file of figures dates it, another does not).
    /// </summary>
    public int NumberOf(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var key = (source.Title, source.Url);
        if (_numbers.TryGetValue(key, out var n))
        {
            var first = _sources[n - 1];
            if ((first.Published is null && source.Published is not null) || (first.Publisher.Length == 0 && source.Publisher.Length > 0))
            {
                _sources[n - 1] = first with
                {
                    Published = first.Published ?? source.Published,
                    Publisher = first.Publisher.Length > 0 ? first.Publisher : source.Publisher,
                };
            }
            return n;
        }
        _sources.Add(source);
        n = _sources.Count;
        _numbers.Add(key, n);
        return n;
    }

    /// <summary>
    /// The numbered sources as CSV (UTF-8 text, invariant culture): <c>number,title,url,publisher,published,confidence</c>,
    /// the columns of <see cref="Comparison.ToCsvSources"/>.
    /// </summary>
    public string ToCsv() => ComparisonSourceCsvRecord.ToCsv(Numbered());

    /// <summary>The sources numbered so far, as the source list of a <see cref="Comparison"/>.</summary>
    internal IReadOnlyList<ComparisonSource> Numbered() =>
        _sources.Select((s, i) => new ComparisonSource(i + 1, s.Title, s.Url, s.Publisher, s.Published, s.Confidence)).ToArray();
}
