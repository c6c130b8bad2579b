using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>Settings of <see cref="FigureSet.Conflicts(ConflictOptions?)"/>.</summary>
public sealed record ConflictOptions
{
    /// <summary>
    /// Relative tolerance, 0 or more: values disagree when the gap between what they allow, measured between the
    /// nearest bounds (the highest low bound L and the lowest high bound H: (L - H) / max(|L|, |H|); a range counts with
    /// both bounds, at-least with its low bound, at-most and nearly with their high bound), exceeds it. Default 0.05 (5 %).
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

    /// <summary>
    /// Exchange rates (null by default). When given, money figures of different currencies are compared in USD at the
    /// annual average rate of their own stated year, so 100 million CNY and 100 million USD of one year are a conflict;
    /// a money figure without such a rate (undated, a multi-year total, no rate for its year) is compared only with
    /// figures of its own currency.
    /// </summary>
    public ExchangeRateTable? Rates { get; init; }
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
/// <param name="RelativeSpread">The gap between the nearest bounds of <paramref name="Figures"/> (see <see cref="ConflictOptions.Tolerance"/>): 0 when one value fits them all.</param>
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

    /// <summary>Whether the group holds money of more than one currency, compared in USD (see <see cref="ConflictOptions.Rates"/>).</summary>
    public bool CurrenciesDiffer => Figures.Select(f => f.Quantity.Unit.Code).Distinct(StringComparer.Ordinal).Skip(1).Any();

    /// <summary>The smallest and largest stated values of the group (money of different currencies compared in USD).</summary>
    public (Figure Lowest, Figure Highest) Extremes => (Figures.MinBy(f => f.Quantity.Value * UsdFactor(f))!, Figures.MaxBy(f => f.Quantity.Value * UsdFactor(f))!);

    // USD per unit of each figure's currency, for a group of several currencies (identity otherwise).
    internal IReadOnlyDictionary<Figure, decimal> UsdFactors { get; init; } = new Dictionary<Figure, decimal>();

    private decimal UsdFactor(Figure f) => CurrenciesDiffer && UsdFactors.TryGetValue(f, out var r) ? r : 1m;
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
        // Money with a rate of its own year is compared in USD; the factor turns its values into USD.
        var inUsd = new Dictionary<Figure, decimal>(ReferenceEqualityComparer.Instance);
        if (options.Rates is ExchangeRateTable rates)
        {
            foreach (var f in figures)
            {
                if (f.Quantity.Unit.Currency is Currency c && f.Year.IsKnown && !f.Year.IsRange && rates.TryAnnual(c, Currency.USD, f.Year.From!.Value, out var rate))
                    inUsd[f] = rate;
            }
        }
        decimal Factor(Figure f) => inUsd.TryGetValue(f, out var r) ? r : 1m;
        var groups = figures.GroupBy(f => (f.RegionId, f.Indicator, f.IsTarget, Unit: inUsd.ContainsKey(f) ? "money in USD" : f.Quantity.Unit.Code,
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
                if (members.Length < 2 || Spread(members, Factor) is not decimal spread || spread <= options.Tolerance) continue;
                conflicts.Add(new ConflictGroup(g.Key.RegionId, g.Key.Indicator, members[0].Scope, Sorted(members), undated, spread) { UsdFactors = inUsd });
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
                            if (Spread(pair, Factor) is decimal s && s > options.Tolerance)
                                possible.Add(new ConflictGroup(g.Key.RegionId, g.Key.Indicator, a.Scope, Sorted(pair), [], s) { Kind = ConflictKind.Possible, UsdFactors = inUsd });
                        }
                    }
                }
            }
        }
        conflicts.AddRange(possible);
        return conflicts;
    }

    private static Figure[] Sorted(Figure[] figures) => figures.OrderBy(f => f.Year.From).ThenBy(f => f.Year.To).ThenBy(f => f.Quantity.Value).ToArray();

    // The gap between what the figures allow, measured from the nearest bounds: a range 100–200 and 300 are 100 apart
    // (33.3 % of 300), at most 100 and 150 are 50 apart, at least 200 and 300 agree. Points are their own bounds.
    private static decimal? Spread(IReadOnlyList<Figure> figures, Func<Figure, decimal> factor)
    {
        decimal highestLow = figures.Max(f => Bounds(f).Low * factor(f) ?? decimal.MinValue);
        decimal lowestHigh = figures.Min(f => Bounds(f).High * factor(f) ?? decimal.MaxValue);
        if (highestLow <= lowestHigh) return 0;
        decimal scale = Math.Max(Math.Abs(highestLow), Math.Abs(lowestHigh));
        return scale == 0 ? 0 : (highestLow - lowestHigh) / scale;
    }

    private static (decimal? Low, decimal? High) Bounds(Figure f) => f.Qualifier switch
    {
        Qualifier.AtLeast => (f.Quantity.Value, null),
        Qualifier.AtMost or Qualifier.Nearly => (null, f.Quantity.Value),
        _ => (f.Quantity.Value, f.High),
    };
}
