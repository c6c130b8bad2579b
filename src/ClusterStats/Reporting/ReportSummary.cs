using System.Globalization;
using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// The findings that open a report, as sentences of HTML, each citing the page's source numbers: per headline metric
/// the chosen value with its year, why it was chosen and the range over the sources, and its rank among the clusters
/// with a value for the comparison year (and how many have none); then the largest disagreement between sources.
/// Everything is read from the comparison and the conflict groups, never recomputed.
/// </summary>
internal static class ReportSummary
{
    /// <summary>The metrics a summary leads with, in this order, where the comparison has them.</summary>
    internal static IReadOnlyList<string> HeadlineMetrics { get; } =
    [
        Indicator.PairsPerYear.Name, Indicator.OutputValue.Name, Indicator.FirmCount.Name,
        DerivedMetric.OutputValuePerPair.Name, DerivedMetric.PairsPerFirm.Name,
    ];

    /// <summary>The sentences, headline metrics first, numbered with <paramref name="notes"/> in reading order.</summary>
    public static IReadOnlyList<string> Sentences(Comparison comparison, IReadOnlyList<ConflictGroup> conflicts, SourceNotes notes)
    {
        var number = comparison.NumbersIn(notes);
        var focal = comparison.Rows.First(r => r.IsFocal);
        var sentences = HeadlineMetrics.Where(m => comparison.Metrics.Contains(m, StringComparer.Ordinal))
            .Select(m => Headline(comparison, focal, m, number)).ToList();
        sentences.Add(Disagreement(conflicts, notes));
        return sentences;
    }

    private static string Headline(Comparison comparison, ComparisonRow focal, string metric, Func<int, int> number)
    {
        var cell = focal[metric];
        string title = "<b>" + Html.Encode(MetricTitles.English(metric)) + "</b>";
        string year = comparison.Year is int y ? "for " + y.ToString(CultureInfo.InvariantCulture) : "for the latest year each has";
        var others = comparison.Rows.Where(r => !r.IsFocal).ToList();
        if (cell.Point is not Quantity point)
        {
            int peersWith = others.Count(r => r[metric].Point is not null);
            var why = cell.Notes.Count > 0 ? " (" + Html.Encode(string.Join("; ", cell.Notes)) + ")" : "";
            return Invariant($"{title}: no value {Html.Encode(year)}{why}; {peersWith} of the {others.Count} peers have one {Html.SourceRefs(others.SelectMany(r => r[metric].Sources).Select(number))}.");
        }

        var sb = new System.Text.StringBuilder();
        sb.Append(Invariant($"{title}: {Html.Encode(FigureFormat.ForPeople(point, cell.Qualifier, FigurePrecision.Table))} ({Html.Encode(cell.Year.ToString() + (comparison.AgeText(cell) is { } age ? ", " + age : ""))}) {Html.SourceRefs(cell.Sources.Select(number))}"));
        var range = ComparisonText.RangeText(cell);
        // A closed range in the words of the value before it (3.5–3.8 billion yuan); an open one names its open side.
        sb.Append(range.Length == 0
            ? ", the sources of that year agree"
            : Invariant($", range over the sources {Html.Encode(cell is { Low: decimal lo, High: decimal hi } && lo < hi ? FigureFormat.ForPeople(new QualifiedQuantity(new Quantity(lo, point.Unit), hi), FigurePrecision.Table) : range + " " + point.Unit.Code)}"));
        if (cell.Reason is { Length: > 0 } reason) sb.Append("; why this value: ").Append(Html.Encode(reason));
        sb.Append(". ");

        var ranked = comparison.Rows.Where(r => r[metric].Rank is not null).ToList();
        int none = comparison.Rows.Count(r => r[metric].Point is null);
        // Values shown but not ranked, by the reason the comparison gives each.
        var unranked = comparison.Rows.Select(r => r[metric]).Where(c => c.Point is not null && c.Rank is null).ToList();
        int Count(NotRankedReason reason) => unranked.Count(c => c.NotRanked == reason);
        if (cell.Rank is int rank)
        {
            sb.Append(Invariant($"It ranks {Ordinal(rank)} of the {ranked.Count + Count(NotRankedReason.Undecided)} clusters with a value {Html.Encode(year)} (itself included) {Html.SourceRefs(ranked.SelectMany(r => r[metric].Sources).Select(number))}"));
        }
        else
        {
            var refs = Html.SourceRefs(ranked.SelectMany(r => r[metric].Sources).Select(number));
            sb.Append(cell.NotRanked == NotRankedReason.Undecided
                ? Invariant($"It is not ranked: a bound leaves its order against another value open; {ranked.Count} clusters have a rank {Html.Encode(year)} {refs}")
                : Invariant($"It is not ranked: {ranked.Count} clusters have a value {Html.Encode(year)} in another unit {refs}"));
        }
        sb.Append(none == 0
            ? Invariant($"; all {comparison.Rows.Count} compared have one")
            : Invariant($"; {none} of the {comparison.Rows.Count} compared {(none == 1 ? "has" : "have")} none"));
        if (unranked.Count > 0 && cell.Rank is not null)
        {
            var why = new[]
            {
                Count(NotRankedReason.Older) is > 0 and var older ? Invariant($"{older} more than {ComparisonOptions.StaleYears} years older than {comparison.Focal}'s") : null,
                Count(NotRankedReason.Period) is > 0 and var period ? Invariant($"{period} of another period") : null,
                Count(NotRankedReason.Scope) is > 0 and var scope ? Invariant($"{scope} of another scope") : null,
                Count(NotRankedReason.Unit) is > 0 and var unit ? Invariant($"{unit} in another unit") : null,
                Count(NotRankedReason.Undecided) is > 0 and var open ? Invariant($"{open} whose order a bound leaves open") : null,
            }.OfType<string>();
            sb.Append(Invariant($" and {unranked.Count} {(unranked.Count == 1 ? "has" : "have")} one not ranked ({Html.Encode(string.Join(", ", why))})"));
        }
        return sb.Append('.').ToString();
    }

    private static string Disagreement(IReadOnlyList<ConflictGroup> conflicts, SourceNotes notes)
    {
        // Differences between adjacent years may be growth: only figures of one stated year count as a disagreement.
        conflicts = conflicts.Where(g => g.Kind == ConflictKind.Conflict).ToList();
        if (conflicts.Count == 0)
        {
            return Invariant($"<b>Sources</b>: they agree; no two dated figures of one indicator, scope and year differ by more than {new ConflictOptions().Tolerance * 100:0.#} %.");
        }
        var largest = conflicts.MaxBy(g => g.RelativeSpread)!;
        var (low, high) = largest.Extremes;
        string Figure(Figure f) => Invariant($"{Html.Encode(FigureFormat.ForPeople(f))} ({Html.Encode(f.When)}) {HtmlRendering.SourceReference(notes, f.Source)}");
        return Invariant($"<b>Largest disagreement between sources</b>: {Html.Encode(MetricTitles.English(largest.Indicator.Name))}{(largest.Scope is null ? "" : " (" + Html.Encode(largest.Scope) + ")")}, {Figure(low)} against {Figure(high)}, {largest.RelativeSpread * 100:0.#} % apart across {largest.Figures.Count} dated figures (see <a href=\"#conflicts\">where sources disagree</a>).");
    }

    internal static string Ordinal(int n)
    {
        string suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
