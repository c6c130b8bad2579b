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
    /// How many years apart two stated years may be, 1 or more, to count as adjacent for a possible conflict
    /// (<see cref="ConflictKind.Possible"/>). Default 1. It never joins figures of different years into a conflict:
    /// a series that changes from year to year is a trend, not a disagreement.
    /// </summary>
    public int AdjacentYears { get; init; } = 1;

    /// <summary>
    /// Whether to compare figures with different scope notes or periods (default false: "related firms" and "sock
    /// firms", or Q1 and the whole year, are different questions). When true, each group says whether its scopes
    /// differ (<see cref="ConflictGroup.ScopesDiffer"/>).
    /// </summary>
    public bool AcrossScopes { get; init; }
}

/// <summary>What a <see cref="ConflictGroup"/> is.</summary>
public enum ConflictKind
{
    /// <summary>Figures of one stated year (approximate or not) that differ by more than the tolerance: the sources disagree.</summary>
    Conflict,

    /// <summary>
    /// A pair of figures of adjacent stated years, at least one of them approximate, that differ by more than the
    /// tolerance: they disagree if the approximate year is really the other one.
    /// </summary>
    Possible,
}

/// <summary>The stable codes of <see cref="ConflictKind"/>: <c>conflict</c> and <c>possible</c>.</summary>
internal static class ConflictKindCodes
{
    /// <summary>The stable code: conflict or possible.</summary>
    public static string ToCode(this ConflictKind kind) => kind switch
    {
        ConflictKind.Conflict => "conflict",
        ConflictKind.Possible => "possible",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown conflict kind."),
    };
}

/// <summary>
/// A group of figures for the same region, indicator, scope and period whose values disagree: for a
/// <see cref="ConflictKind.Conflict"/> every figure of one stated year, for a <see cref="ConflictKind.Possible"/>
/// conflict a pair of figures of adjacent years. <see cref="Figures"/> (dated, each with its source) are sorted by
/// reference year then value; the undated figures of the same region, indicator and scope are listed beside a
/// conflict, not matched by year.
/// </summary>
/// <param name="RegionId">The region.</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="Scope">The common scope note (null for the plain meaning); with <see cref="ConflictOptions.AcrossScopes"/>, the scope of the first figure.</param>
/// <param name="Figures">The disagreeing dated figures, by year then value.</param>
/// <param name="Undated">Undated figures of the same region, indicator and scope, listed beside a conflict (never matched); empty for a possible conflict.</param>
/// <param name="RelativeSpread">(max - min) / max(|max|, |min|) of the stated values of <paramref name="Figures"/>.</param>
public sealed record ConflictGroup(string RegionId, Indicator Indicator, string? Scope, IReadOnlyList<Figure> Figures, IReadOnlyList<Figure> Undated, decimal RelativeSpread)
{
    /// <summary>The disagreeing dated figures, by year then value.</summary>
    public IReadOnlyList<Figure> Figures { get; init => field = ReadOnly.List(value); } = ReadOnly.List(Figures);

    /// <summary>Undated figures of the same region, indicator and scope, listed beside a conflict (never matched); empty for a possible conflict.</summary>
    public IReadOnlyList<Figure> Undated { get; init => field = ReadOnly.List(value); } = ReadOnly.List(Undated);

    /// <summary>Whether the figures disagree within one stated year, or possibly across adjacent years.</summary>
    public ConflictKind Kind { get; init; }

    /// <summary>Whether the figures of the group have different scope notes or periods (possible only with <see cref="ConflictOptions.AcrossScopes"/>).</summary>
    public bool ScopesDiffer => Figures.Select(f => (f.Scope, f.Period)).Distinct().Skip(1).Any();

    /// <summary>The smallest and largest stated values of the group.</summary>
    public (Figure Lowest, Figure Highest) Extremes => (Figures.MinBy(f => f.Quantity.Value)!, Figures.MaxBy(f => f.Quantity.Value)!);
}

/// <summary>
/// Finds conflicts in time linear in the number of figures (one dictionary pass, then a sort per key): a conflict is
/// one stated year of one key, so nothing chains across years; possible conflicts pair the figures of two adjacent
/// years of one key, which costs the number of such pairs.
/// </summary>
internal static class ConflictFinder
{
    public static IReadOnlyList<ConflictGroup> Find(IReadOnlyList<Figure> figures, ConflictOptions options)
    {
        if (options.Tolerance < 0) ThrowHelper.Argument(nameof(options), "Tolerance must be 0 or more.");
        if (options.AdjacentYears < 1) ThrowHelper.Argument(nameof(options), "AdjacentYears must be 1 or more.");
        var conflicts = new List<ConflictGroup>();
        var possible = new List<ConflictGroup>();
        var groups = figures.GroupBy(f => (f.RegionId, f.Indicator, f.IsTarget, f.Quantity.Unit.Code,
            Scope: options.AcrossScopes ? null : f.Scope, Period: options.AcrossScopes ? null : f.Period));
        foreach (var g in groups)
        {
            var undated = g.Where(f => !f.Year.IsKnown).ToArray();
            // One bucket per stated year (approximate or not); a multi-year total is its own stated year.
            var years = g.Where(f => f.Year.IsKnown).GroupBy(f => (From: f.Year.From!.Value, To: f.Year.To!.Value))
                .OrderBy(y => y.Key.From).ThenBy(y => y.Key.To).ToList();
            foreach (var year in years)
            {
                var members = year.ToArray();
                if (members.Length < 2 || Spread(members) is not decimal spread || spread <= options.Tolerance) continue;
                conflicts.Add(new ConflictGroup(g.Key.RegionId, g.Key.Indicator, members[0].Scope, Sorted(members), undated, spread));
            }
            var singles = years.Where(y => y.Key.From == y.Key.To).ToDictionary(y => y.Key.From, y => y.ToArray());
            foreach (var (year, earlier) in singles.OrderBy(x => x.Key))
            {
                for (int d = 1; d <= options.AdjacentYears; d++)
                {
                    if (!singles.TryGetValue(year + d, out var later)) continue;
                    foreach (var a in earlier)
                    {
                        foreach (var b in later)
                        {
                            if (!a.Year.IsApproximate && !b.Year.IsApproximate) continue;
                            Figure[] pair = [a, b];
                            if (Spread(pair) is decimal s && s > options.Tolerance)
                                possible.Add(new ConflictGroup(g.Key.RegionId, g.Key.Indicator, a.Scope, Sorted(pair), [], s) { Kind = ConflictKind.Possible });
                        }
                    }
                }
            }
        }
        conflicts.AddRange(possible);
        return conflicts;
    }

    private static Figure[] Sorted(Figure[] figures) => figures.OrderBy(f => f.Year.From).ThenBy(f => f.Year.To).ThenBy(f => f.Quantity.Value).ToArray();

    private static decimal? Spread(IReadOnlyList<Figure> figures)
    {
        decimal min = figures.Min(f => f.Quantity.Value), max = figures.Max(f => f.Quantity.Value);
        decimal scale = Math.Max(Math.Abs(min), Math.Abs(max));
        return scale == 0 ? 0 : (max - min) / scale;
    }
}
