namespace ClusterStats;

/// <summary>
/// Where a figure comes from: the title of the text, its URL (null when none is known), the publisher or outlet,
/// the publication date as an ISO 8601 prefix (<c>2024</c>, <c>2024-07</c> or <c>2024-07-25</c>; null when
/// unknown, and sorting the text sorts the dates), the quote that states the figure, and a confidence.
/// </summary>
/// <param name="Title">Title of the article, release or table.</param>
/// <param name="Url">Where it was found; null when the source gives none.</param>
/// <param name="Publisher">Publisher or outlet; for reprints the original outlet is named.</param>
/// <param name="Published">Publication date as an ISO 8601 prefix (yyyy, yyyy-MM or yyyy-MM-dd), or null.</param>
/// <param name="Quote">The words of the source that state the figure.</param>
/// <param name="Confidence">How far the source can be trusted for this figure.</param>
public sealed record Source(string Title, string? Url, string Publisher, string? Published, string Quote, Confidence Confidence);
