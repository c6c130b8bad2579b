namespace ClusterStats.Extraction;

/// <summary>What an extracted text is: its title, URL, publisher and publication date, as the analyst knows them.</summary>
/// <param name="Title">Title of the article; a file name when unknown.</param>
/// <param name="Url">Where it was found, or null.</param>
/// <param name="Publisher">Publisher or outlet, or null.</param>
/// <param name="Published">Publication date as an ISO 8601 prefix (<c>2024</c>, <c>2024-07</c> or <c>2024-07-25</c>), or null.
/// Figures that state no year of their own are dated to this year, marked approximate.</param>
public sealed record ArticleInfo(string Title, string? Url = null, string? Publisher = null, string? Published = null)
{
    /// <summary>The publication year, or null when no date is known.</summary>
    public int? PublishedYear => Published is { Length: >= 4 } p && int.TryParse(p.AsSpan(0, 4), System.Globalization.NumberStyles.None,
        System.Globalization.CultureInfo.InvariantCulture, out int y) && y >= 1000 ? y : null;
}

/// <summary>Where the reference year of an extracted figure comes from.</summary>
public enum YearBasis
{
    /// <summary>No year is stated and no publication date is known: the year is unknown.</summary>
    None,

    /// <summary>The text states the year next to the figure (2021年, in 2022, del 2009).</summary>
    Stated,

    /// <summary>The text states it relative to publication (去年, last year, 今年, 現在): publication year minus or plus, approximate.</summary>
    Relative,

    /// <summary>No year is stated: the publication year, approximate ("annual output" as of the article date).</summary>
    Publication,
}

/// <summary>
/// A figure proposed by <see cref="FigureExtractor"/> for an analyst to review: the cited <see cref="ClusterStats.Figure"/>
/// (region, indicator, quantity with qualifier, target flag, scope, reference year, and a <see cref="Source"/> whose quote
/// is the clause that states the figure and whose confidence is the one the analyst set in
/// <see cref="ExtractionOptions.SourceConfidence"/>), how sure the extractor is, why, and where the quote and the figure
/// stand in the text. Spans are [start, end) indices into the text given to the extractor, counted in UTF-16 code
/// units (string indices; equal to characters for text without surrogate pairs).
/// </summary>
/// <param name="Figure">The proposed cited figure.</param>
/// <param name="ExtractionConfidence">How sure the extractor is that the figure, its indicator and its place are right: 0 to 1 (see <see cref="FigureExtractor"/>).</param>
/// <param name="Reason">The words that decided, for example <c>unit 足 (pairs); indicator 生産 (production); place 小北河 (xiaobeihe); year: publication 2024</c>.</param>
/// <param name="QuoteStart">Start of the quote (the sentence clause that states the figure).</param>
/// <param name="QuoteEnd">End of the quote (exclusive).</param>
/// <param name="FigureStart">Start of the figure itself (22億足, 第2位, 三分之一).</param>
/// <param name="FigureEnd">End of the figure itself (exclusive).</param>
/// <param name="YearBasis">Where <see cref="Figure.Year"/> comes from.</param>
public sealed record CandidateFigure(Figure Figure, decimal ExtractionConfidence, string Reason, int QuoteStart, int QuoteEnd,
    int FigureStart, int FigureEnd, YearBasis YearBasis)
{
    /// <summary>The quote (equal to <c>Figure.Source.Quote</c>).</summary>
    public string Quote => Figure.Source.Quote;

    /// <summary>A line for people: indicator, figure, region, year, confidence and quote.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Figure.RegionId} {Figure.Indicator} {FigureFormat.ForPeople(Figure)} ({Figure.Year}) [{ExtractionConfidence}] «{Quote}» [{QuoteStart},{QuoteEnd})");
}
