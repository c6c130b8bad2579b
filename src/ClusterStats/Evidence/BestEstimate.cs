using ClusterStats.Internal;
using System.Globalization;
using System.Text;

namespace ClusterStats;

/// <summary>The figure a policy chose among several, with the reason in words and the figures it weighed.</summary>
/// <param name="Chosen">The chosen figure.</param>
/// <param name="Reason">Why it was chosen, for people (names the rule that decided).</param>
/// <param name="Considered">Every figure the policy weighed, the chosen one included.</param>
public sealed record BestEstimate(Figure Chosen, string Reason, IReadOnlyList<Figure> Considered)
{
    /// <summary>Every figure the policy weighed, the chosen one included.</summary>
    public IReadOnlyList<Figure> Considered { get; init => field = ReadOnly.List(value); } = ReadOnly.List(Considered);

    /// <summary>
    /// The figures that tie with <see cref="Chosen"/> on every rule of the policy, the chosen one included; empty when
    /// a rule decided. When their values differ, no rule prefers one of them: a user of the estimate must not take
    /// <see cref="Chosen"/> as the answer, but the span of the tied values (see <see cref="TiedValuesDiffer"/>).
    /// </summary>
    public IReadOnlyList<Figure> Tied { get; init => field = ReadOnly.List(value); } = [];

    /// <summary>Whether figures tie on every rule with different values (or units): the choice among them is arbitrary.</summary>
    public bool TiedValuesDiffer => Tied.Select(f => (f.Quantity.Unit.Code, Low: f.Quantity.Value, f.High)).Distinct().Skip(1).Any();
}

/// <summary>
/// Chooses one figure among several for the same question. Implement it to use another rule (for example "trust
/// official statistics first") and pass it to <see cref="FigureSet.BestEstimate(IBestEstimatePolicy?)"/>.
/// </summary>
public interface IBestEstimatePolicy
{
    /// <summary>Chooses among <paramref name="figures"/> (not empty) and says why.</summary>
    BestEstimate Choose(IReadOnlyList<Figure> figures);
}

/// <summary>
/// The default policy. Rules, in order, each applied only to break the ties left by the ones before:
/// (0) figures of status ok before suspicious or superseded ones; (1) actual values before plan targets; (2) dated
/// figures before undated ones, the newest reference year first (the last year of a range counts); (3) higher
/// confidence; (4) the most recent publication date (unknown last); (5) exact or approximate values and ranges (both
/// bounds stated) before one-sided bounds (nearly, at-least, at-most). The reason names the rule that decided.
/// Figures that tie on every rule are listed in <see cref="BestEstimate.Tied"/>; the order of the set never decides:
/// the chosen one is the lowest value, then the first source title in ordinal order, and when the tied values differ the
/// reason says that no rule prefers any of them (a comparison then shows the midpoint of the tied values, marked
/// approximately, with all of them as its range).
/// </summary>
public sealed class DefaultBestEstimatePolicy : IBestEstimatePolicy
{
    /// <summary>The shared instance.</summary>
    public static DefaultBestEstimatePolicy Instance { get; } = new();

    private static readonly (string Rule, Func<Figure, IComparable> Key)[] Rules =
    [
        ("a figure nobody doubts is preferred to a suspicious or superseded one", f => f.Status == FigureStatus.Ok ? 1 : 0),
        ("an actual value is preferred to a plan target", f => f.IsTarget ? 0 : 1),
        ("the newest reference year is preferred", f => f.Year.To ?? int.MinValue),
        ("the highest confidence is preferred", f => (int)f.Source.Confidence),
        ("the most recent publication is preferred", f => f.Source.Published ?? ""),
        ("a stated value is preferred to a one-sided bound", f => f.Qualifier is Qualifier.Exact or Qualifier.Approximately or Qualifier.Range ? 1 : 0),
    ];

    /// <inheritdoc />
    public BestEstimate Choose(IReadOnlyList<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.Count == 0) ThrowHelper.Argument(nameof(figures), "There is nothing to choose from.");
        IReadOnlyList<Figure> candidates = figures;
        string? decidingRule = null;
        foreach (var (rule, key) in Rules)
        {
            var best = candidates.Max(key)!;
            var kept = candidates.Where(f => key(f).CompareTo(best) == 0).ToArray();
            if (kept.Length < candidates.Count && decidingRule is null && kept.Length == 1) decidingRule = rule;
            candidates = kept;
            if (candidates.Count == 1) break;
        }
        // The order of the set never decides: the same figures give the same choice, however they are listed.
        candidates = candidates.OrderBy(f => f.Quantity.Unit.Code, StringComparer.Ordinal).ThenBy(f => f.Quantity.Value).ThenBy(f => f.High)
            .ThenBy(f => f.Source.Title, StringComparer.Ordinal).ThenBy(f => f.Source.Url ?? "", StringComparer.Ordinal).ToArray();
        var chosen = candidates[0];
        IReadOnlyList<Figure> tied = candidates.Count > 1 ? candidates : [];
        var reason = new StringBuilder();
        reason.Append(CultureInfo.InvariantCulture, $"{FigureFormat.ForPeople(chosen)} ({(chosen.Year.IsKnown ? chosen.Year.ToString() : "undated")}, {chosen.Source.Title}, {chosen.Source.Confidence.ToCode()} confidence) ");
        if (figures.Count == 1) reason.Append("is the only figure");
        else if (decidingRule is not null) reason.Append(CultureInfo.InvariantCulture, $"was chosen among {figures.Count} figures: {decidingRule}");
        else
        {
            var estimate = new BestEstimate(chosen, "", figures) { Tied = tied };
            if (estimate.TiedValuesDiffer)
            {
                reason.Clear();
                reason.Append(CultureInfo.InvariantCulture, $"no figure was chosen among {figures.Count} figures: {candidates.Count} tie on every rule and disagree ({string.Join(", ", candidates.Select(f => $"{FigureFormat.ForPeople(f)} from {f.Source.Title}"))}), so none is preferred");
            }
            else reason.Append(CultureInfo.InvariantCulture, $"was chosen among {figures.Count} figures: {candidates.Count} tie on every rule with the same value (the first source title is shown)");
            return estimate with { Reason = reason.ToString() };
        }
        return new BestEstimate(chosen, reason.ToString(), figures);
    }
}
