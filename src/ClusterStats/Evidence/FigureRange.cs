using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// The range of values that sources state for one question: from the lowest to the highest stated value.
/// One-sided bounds stay one-sided: when the highest value is a lower bound ("more than 2.5 billion"), the range is
/// open above (<see cref="Max"/> is null) and when the lowest value is an upper bound ("at most", "nearly"), open
/// below (<see cref="Min"/> is null). A range figure (三四万) contributes its whole interval: its low bound may be the
/// minimum and its high bound the maximum. <see cref="Lowest"/> and <see cref="Highest"/> always name the figures at both ends.
/// </summary>
/// <param name="Unit">The common unit.</param>
/// <param name="Min">The lowest value, or null when the range is open below.</param>
/// <param name="Max">The highest value, or null when the range is open above.</param>
/// <param name="Lowest">The figure with the lowest stated value.</param>
/// <param name="Highest">The figure with the highest stated value.</param>
/// <param name="Count">How many figures the range covers.</param>
public sealed record FigureRange(Unit Unit, decimal? Min, decimal? Max, Figure Lowest, Figure Highest, int Count)
{
    internal static FigureRange Of(IReadOnlyList<Figure> figures)
    {
        var unit = figures[0].Quantity.Unit;
        foreach (var f in figures)
        {
            if (f.Quantity.Unit != unit) ThrowHelper.UnitMismatch("take the range of", unit, f.Quantity.Unit);
        }
        // Among equal values prefer the figure that closes the range (a stated value over a bound).
        var lowest = figures.OrderBy(f => f.Quantity.Value).ThenBy(f => f.Qualifier is Qualifier.AtMost or Qualifier.Nearly ? 1 : 0).First();
        var highest = figures.OrderByDescending(f => f.High).ThenBy(f => f.Qualifier == Qualifier.AtLeast ? 1 : 0).First();
        decimal? min = lowest.Qualifier is Qualifier.AtMost or Qualifier.Nearly ? null : lowest.Quantity.Value;
        decimal? max = highest.Qualifier == Qualifier.AtLeast ? null : highest.High;
        return new FigureRange(unit, min, max, lowest, highest, figures.Count);
    }

    /// <summary>
    /// For people, rounded as in a table (<see cref="FigurePrecision.Table"/>): <c>2.2–2.6 billion pairs</c>,
    /// <c>at least 2.5 billion pairs (open above: ...)</c>, <c>at most 3.2 billion yuan (open below: ...)</c>.
    /// </summary>
    public override string ToString()
    {
        string P(decimal v) => FigureFormat.ForPeople(new Quantity(v, Unit), precision: FigurePrecision.Table);
        return (Min, Max) switch
        {
            (decimal lo, decimal hi) when lo == hi => P(lo),
            (decimal lo, decimal hi) => FigureFormat.ForPeople(new QualifiedQuantity(new Quantity(lo, Unit), hi), FigurePrecision.Table),
            (decimal lo, null) => $"at least {P(lo)} (open above: the highest figure is a lower bound, {P(Highest.High)})",
            (null, decimal hi) => $"at most {P(hi)} (open below: the lowest figure is an upper bound, {P(Lowest.Quantity.Value)})",
            _ => $"open on both sides ({P(Lowest.Quantity.Value)} is an upper bound, {P(Highest.High)} a lower bound)",
        };
    }
}
