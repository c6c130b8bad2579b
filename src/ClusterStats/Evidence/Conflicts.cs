using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>Settings of <see cref="FigureSet.Conflicts(ConflictOptions?)"/>.</summary>
public sealed record ConflictOptions
{
    /// <summary>
    /// Relative tolerance, 0 or more: values disagree when (max - min) / max(|max|, |min|) exceeds it.
    /// Default 0.05 (5 %).
    /// </summary>
    public decimal Tolerance { get; init; } = 0.05m;

    /// <summary>
    /// Extra years, 0 or more, by which two reference years may differ and still be compared. Default 0: only equal
    /// years, or years one apart when either is approximate (the rule of the library). A wider window compares a
    /// time series with itself, for example 8 billion pairs (2008) against 9 billion (2004).
    /// </summary>
    public int YearWindow { get; init; }

    /// <summary>
    /// Whether to compare figures with different scope notes (default false: "related firms" and "sock firms" are
    /// different questions). When true, each group says whether its scopes differ (<see cref="ConflictGroup.ScopesDiffer"/>).
    /// </summary>
    public bool AcrossScopes { get; init; }
}

/// <summary>
/// A group of figures for the same region and indicator whose values disagree: <see cref="Figures"/> (dated, each
/// with its source), sorted by reference year then value, and the undated figures of the same region, indicator and
/// scope, listed beside the group and not matched by year.
/// </summary>
/// <param name="RegionId">The region.</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="Scope">The common scope note (null for the plain meaning); with <see cref="ConflictOptions.AcrossScopes"/>, the scope of the first figure.</param>
/// <param name="Figures">The disagreeing dated figures, by year then value.</param>
/// <param name="Undated">Undated figures of the same region, indicator and scope, listed beside the group (never matched).</param>
/// <param name="RelativeSpread">(max - min) / max(|max|, |min|) of the stated values of <paramref name="Figures"/>.</param>
public sealed record ConflictGroup(string RegionId, Indicator Indicator, string? Scope, IReadOnlyList<Figure> Figures, IReadOnlyList<Figure> Undated, decimal RelativeSpread)
{
    /// <summary>Whether the figures of the group have different scope notes (possible only with <see cref="ConflictOptions.AcrossScopes"/>).</summary>
    public bool ScopesDiffer => Figures.Select(f => (f.Scope, f.Period)).Distinct().Skip(1).Any();

    /// <summary>The smallest and largest stated values of the group.</summary>
    public (Figure Lowest, Figure Highest) Extremes => (Figures.MinBy(f => f.Quantity.Value)!, Figures.MaxBy(f => f.Quantity.Value)!);
}

internal static class ConflictFinder
{
    public static IReadOnlyList<ConflictGroup> Find(IReadOnlyList<Figure> figures, ConflictOptions options)
    {
        if (options.Tolerance < 0) ThrowHelper.Argument(nameof(options), "Tolerance must be 0 or more.");
        if (options.YearWindow < 0) ThrowHelper.Argument(nameof(options), "YearWindow must be 0 or more.");
        var result = new List<ConflictGroup>();
        var groups = figures.GroupBy(f => (f.RegionId, f.Indicator, f.IsTarget, f.Quantity.Unit.Code, Scope: options.AcrossScopes ? null : f.Scope, Period: options.AcrossScopes ? null : f.Period));
        foreach (var g in groups)
        {
            var dated = g.Where(f => f.Year.IsKnown).OrderBy(f => f.Year.From).ThenBy(f => f.Year.To).ToList();
            var undated = g.Where(f => !f.Year.IsKnown).ToArray();
            foreach (var cluster in Link(dated, options.YearWindow))
            {
                if (cluster.Count < 2) continue;
                decimal min = cluster.Min(f => f.Quantity.Value), max = cluster.Max(f => f.Quantity.Value);
                decimal scale = Math.Max(Math.Abs(min), Math.Abs(max));
                decimal spread = scale == 0 ? 0 : (max - min) / scale;
                if (spread <= options.Tolerance) continue;
                var ordered = cluster.OrderBy(f => f.Year.From).ThenBy(f => f.Quantity.Value).ToArray();
                result.Add(new ConflictGroup(g.Key.RegionId, g.Key.Indicator, ordered[0].Scope, ordered, undated, spread));
            }
        }
        return result;
    }

    // Single linkage over figures sorted by start year: a figure joins the current cluster when it is close to any member.
    private static List<List<Figure>> Link(List<Figure> sorted, int window)
    {
        var clusters = new List<List<Figure>>();
        foreach (var f in sorted)
        {
            var current = clusters.Count > 0 ? clusters[^1] : null;
            if (current is not null && current.Any(m => Close(m.Year, f.Year, window))) current.Add(f);
            else clusters.Add([f]);
        }
        return clusters;
    }

    private static bool Close(ReferenceYear a, ReferenceYear b, int window)
    {
        int allowed = window + (a.IsApproximate || b.IsApproximate ? 1 : 0);
        // Distance between the two year ranges (0 when they overlap).
        int gap = Math.Max(0, Math.Max(a.From!.Value - b.To!.Value, b.From!.Value - a.To!.Value));
        return gap <= allowed;
    }
}
