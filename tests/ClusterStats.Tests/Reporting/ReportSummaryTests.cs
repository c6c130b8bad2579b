using System.Net;
using System.Text.RegularExpressions;

namespace ClusterStats.Tests.Reporting;

/// <summary>
/// The summary that opens a report, over four invented clusters with hand-checked numbers (all 2024):
/// alpha 2.2 billion pairs (low confidence) and 2.6 billion pairs (high), 3.5 billion CNY, 226 firms;
/// beta 3 billion pairs; gamma 1 billion pairs; delta 100 firms and no pairs.
/// </summary>
public class ReportSummaryTests
{
    private static readonly Source Low = new("alpha low", "https://example.org/low", "paper A", "2024-03-01", "22亿双", Confidence.Low);
    private static readonly Source High = new("alpha high", "https://example.org/high", "paper B", "2025-01-01", "26亿双, 35亿元, 226家", Confidence.High);
    private static readonly Source Beta = new("beta report", "https://example.org/beta", "paper C", "2025-02-01", "30亿双", Confidence.Medium);
    private static readonly Source Gamma = new("gamma report", null, "paper D", null, "10亿双", Confidence.Medium);
    private static readonly Source Delta = new("delta report", null, "paper E", null, "100家", Confidence.Medium);

    private static Figure F(string region, Indicator indicator, Quantity q, Source source) =>
        new(region, indicator, q, Qualifier.Exact, false, null, ReferenceYear.Exact(2024), source);

    private static FigureSet Figures { get; } = new(
    [
        F("alpha", Indicator.PairsPerYear, Quantity.Pairs(2_200_000_000m), Low),
        F("alpha", Indicator.PairsPerYear, Quantity.Pairs(2_600_000_000m), High),
        F("alpha", Indicator.OutputValue, Quantity.Money(3_500_000_000m, Currency.CNY), High),
        F("alpha", Indicator.FirmCount, Quantity.Firms(226), High),
        F("beta", Indicator.PairsPerYear, Quantity.Pairs(3_000_000_000m), Beta),
        F("gamma", Indicator.PairsPerYear, Quantity.Pairs(1_000_000_000m), Gamma),
        F("delta", Indicator.FirmCount, Quantity.Firms(100), Delta),
    ]);

    private static readonly string[] All = ["alpha", "beta", "gamma", "delta"];

    private static (List<string> Text, ClusterStats.Comparison Comparison, SourceNotes Notes) Summary(string focal)
    {
        var comparison = ClusterStats.Comparison.Create(Figures, new ComparisonOptions(focal) { Peers = All.Where(id => id != focal).ToArray(), Year = 2024 });
        var notes = new SourceNotes();
        var sentences = ReportSummary.Sentences(comparison, Figures.Where(regionId: focal).Conflicts(), notes);
        return (sentences.Select(s => WebUtility.HtmlDecode(Regex.Replace(s, "<[^>]+>", ""))).ToList(), comparison, notes);
    }

    private static string Refs(SourceNotes notes, params Source[] sources) =>
        "[" + string.Join(", ", sources.Select(s => notes.Sources.ToList().FindIndex(x => x.Title == s.Title) + 1).Order()) + "]";

    [Test]
    public void Headline_gives_the_chosen_value_its_range_why_and_its_rank_among_those_with_a_value_each_with_source_numbers()
    {
        var (text, comparison, notes) = Summary("alpha");
        var pairs = comparison.Rows[0]["pairs_per_year"];
        Assert.That(pairs.Reason, Does.Contain("the highest confidence is preferred"), "2.6 billion (high) over 2.2 billion (low)");
        // beta 3.0 > alpha 2.6 > gamma 1.0 billion; delta has no pairs figure.
        Assert.That(text[0], Is.EqualTo(
            $"Pairs of socks per year: 2.6 billion pairs (2024) {Refs(notes, Low, High)}, range over the sources 2.2–2.6 billion pairs; " +
            $"why this value: {pairs.Reason}. It ranks 2nd of the 3 clusters with a value for 2024 (itself included) {Refs(notes, Low, High, Beta, Gamma)}; " +
            "1 of the 4 compared has none."));
        // 226 firms against delta's 100: first of 2, and beta and gamma have no firm count.
        Assert.That(text[2], Does.StartWith($"Firms: 226 firms (2024) {Refs(notes, High)}, the sources of that year agree;"));
        Assert.That(text[2], Does.EndWith($"It ranks 1st of the 2 clusters with a value for 2024 (itself included) {Refs(notes, High, Delta)}; 2 of the 4 compared have none."));
        // 3.5e9 / 2.6e9 = 1.3461538… CNY per pair; range 3.5e9 / 2.6e9 .. 3.5e9 / 2.2e9 = 1.346 .. 1.591, rounded and marked so.
        Assert.That(text[3], Does.StartWith($"Output value per pair: ≈1.346 CNY/pair (2024) {Refs(notes, Low, High)}, range over the sources ≈1.346–1.591 CNY/pair;"));
        Assert.That(notes.Sources.Select(s => s.Title), Is.EquivalentTo(new[] { "alpha low", "alpha high", "beta report", "gamma report", "delta report" }), "each source numbered once");
    }

    [Test]
    public void Largest_disagreement_names_both_figures_with_their_sources_and_the_spread()
    {
        var (text, _, notes) = Summary("alpha");
        // (2.6 - 2.2) / 2.6 = 15.38 %.
        Assert.That(text[^1], Is.EqualTo(
            $"Largest disagreement between sources: Pairs of socks per year, 2.2 billion pairs (2024) {Refs(notes, Low)} against 2.6 billion pairs (2024) {Refs(notes, High)}, " +
            "15.4 % apart across 2 dated figures (see where sources disagree)."));
    }

    [Test]
    public void A_cluster_without_a_value_says_so_and_counts_the_peers_that_have_one()
    {
        var (text, comparison, notes) = Summary("delta");
        var cell = comparison.Rows[0]["pairs_per_year"];
        string why = cell.Notes.Count > 0 ? " (" + string.Join("; ", cell.Notes) + ")" : "";
        Assert.That(text[0], Is.EqualTo($"Pairs of socks per year: no value for 2024{why}; 3 of the 3 peers have one {Refs(notes, Low, High, Beta, Gamma)}."));
        Assert.That(text[^1], Is.EqualTo("Sources: they agree; no two dated figures of one indicator, scope and year differ by more than 5 %."));
    }

    [Test]
    public void Values_shown_but_not_ranked_are_counted_by_why_and_an_older_value_shows_its_age()
    {
        var source = new Source("s", null, "p", null, "q", Confidence.Medium);
        Figure P(string region, decimal pairs, int year, ReferencePeriod? period = null, string? scope = null) =>
            new(region, Indicator.PairsPerYear, Quantity.Pairs(pairs), Qualifier.Exact, false, scope, ReferenceYear.Exact(year), source) { Period = period };
        // Latest of each, a's year 2024: b's 2015 is nine years older, d's figure covers a quarter, e's is of another
        // scope; c's 2023 is ranked.
        var figures = new FigureSet([P("a", 10m, 2024), P("b", 30m, 2015), P("c", 20m, 2023), P("d", 5m, 2024, ReferencePeriod.Quarter(2024, 1)), P("e", 50m, 2024, scope: "tights only")]);
        var latest = ClusterStats.Comparison.Create(figures, new ComparisonOptions("a") { Peers = ["b", "c", "d", "e"], LatestOfEach = true });
        var text = WebUtility.HtmlDecode(Regex.Replace(ReportSummary.Sentences(latest, [], new SourceNotes())[0], "<[^>]+>", ""));
        Assert.That(text, Does.EndWith("It ranks 2nd of the 2 clusters with a value for the latest year each has (itself included) [1]; " +
            "all 5 compared have one and 3 have one not ranked (1 more than 5 years older than a's, 1 of another period, 1 of another scope)."));

        // A bound whose order against another value is open is counted as such, not as another unit; and the focal
        // cluster's own bound says why it has no rank.
        Figure B(string region, decimal pairs, Qualifier qualifier) =>
            new(region, Indicator.PairsPerYear, Quantity.Pairs(pairs), qualifier, false, null, ReferenceYear.Exact(2024), source);
        // "More than 20" is surely above a's 10 but may be above or below g's 30: f and g are not ranked, a is third.
        var bounded = ClusterStats.Comparison.Create(new FigureSet([B("a", 10m, Qualifier.Exact), B("f", 20m, Qualifier.AtLeast), B("g", 30m, Qualifier.Exact)]),
            new ComparisonOptions("a") { Peers = ["f", "g"], Year = 2024 });
        var boundedText = WebUtility.HtmlDecode(Regex.Replace(ReportSummary.Sentences(bounded, [], new SourceNotes())[0], "<[^>]+>", ""));
        Assert.That(boundedText, Does.Contain("It ranks 3rd of the 3 clusters with a value").And.Contain("2 have one not ranked (2 whose order a bound leaves open)"));
        var focalBound = ClusterStats.Comparison.Create(new FigureSet([B("a", 5m, Qualifier.AtLeast), B("g", 30m, Qualifier.Exact)]),
            new ComparisonOptions("a") { Peers = ["g"], Year = 2024 });
        var focalText = WebUtility.HtmlDecode(Regex.Replace(ReportSummary.Sentences(focalBound, [], new SourceNotes())[0], "<[^>]+>", ""));
        Assert.That(focalText, Does.Contain("It is not ranked: a bound leaves its order against another value open; 0 clusters have a rank for 2024"));
        Assert.That(focalText, Does.Not.Contain("another unit"));

        // One year with MaxAge: a's only figure, of 2022, stands in for 2024 and says how much older it is.
        var aged = ClusterStats.Comparison.Create(new FigureSet([P("a", 10m, 2022), P("c", 20m, 2024)]), new ComparisonOptions("a") { Peers = ["c"], Year = 2024, MaxAge = 3 });
        var agedText = WebUtility.HtmlDecode(Regex.Replace(ReportSummary.Sentences(aged, [], new SourceNotes())[0], "<[^>]+>", ""));
        Assert.That(agedText, Does.StartWith("Pairs of socks per year: 10 pairs (2022, 2 years older) [1]"));
    }

    [Test]
    public void Every_number_in_the_summary_is_cited()
    {
        var (text, _, _) = Summary("alpha");
        foreach (var sentence in text.Where(s => Regex.IsMatch(s, @"\d")))
        {
            Assert.That(sentence, Does.Match(@"\[\d+(, \d+)*\]"), sentence);
        }
    }

    [TestCase(1, "1st")]
    [TestCase(2, "2nd")]
    [TestCase(3, "3rd")]
    [TestCase(4, "4th")]
    [TestCase(11, "11th")]
    [TestCase(12, "12th")]
    [TestCase(13, "13th")]
    [TestCase(21, "21st")]
    [TestCase(102, "102nd")]
    [TestCase(111, "111th")]
    public void Ranks_read_as_ordinals(int rank, string expected) => Assert.That(ReportSummary.Ordinal(rank), Is.EqualTo(expected));
}
