using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// Writes figures in English for people, in the words <see cref="QualifiedQuantity.Parse"/> reads: <c>2.2 billion pairs</c>,
/// <c>more than 20,000 persons</c>, <c>at most 500 million yuan</c>, <c>$1.036 billion</c>, <c>65%</c>, <c>No. 2</c>,
/// <c>30,000–40,000 persons</c>, <c>about 5 billion yuan (target)</c>; a calendar year as its plain digits (<c>2021</c>).
/// <see cref="FigurePrecision.Exact"/> (the default) keeps every digit, so the text reads back as the same figure;
/// <see cref="FigurePrecision.Table"/> rounds to four significant digits and marks a changed value with "≈"
/// (<c>≈12.62 million persons</c>). Invariant culture; for machines use <see cref="Quantity.ToString()"/> (plain digits).
/// </summary>
public static class FigureFormat
{
    /// <summary>The quantity in words for people, with the qualifier in front.</summary>
    /// <param name="quantity">The value and unit.</param>
    /// <param name="qualifier">How the value is qualified; not <see cref="Qualifier.Range"/>, which needs a high bound (format a <see cref="QualifiedQuantity"/>).</param>
    /// <param name="precision">Every digit (the default), or rounded for tables.</param>
    /// <exception cref="ArgumentException"><paramref name="qualifier"/> is <see cref="Qualifier.Range"/>.</exception>
    public static string ForPeople(Quantity quantity, Qualifier qualifier = Qualifier.Exact, FigurePrecision precision = FigurePrecision.Exact) =>
        FigureFormatter.English(new QualifiedQuantity(quantity, qualifier), precision);

    /// <summary>The figure in words for people: its qualifier in front, both bounds of a range, "(target)" after a plan target.</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="precision">Every digit (the default), or rounded for tables.</param>
    public static string ForPeople(Figure figure, FigurePrecision precision = FigurePrecision.Exact)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return FigureFormatter.English(figure.Stated, precision);
    }

    /// <summary>A qualified quantity in words for people: its qualifier in front, both bounds of a range, "(target)" after a plan target.</summary>
    /// <param name="quantity">The figure.</param>
    /// <param name="precision">Every digit (the default, the same text as <see cref="QualifiedQuantity.Format"/> in English), or rounded for tables.</param>
    public static string ForPeople(QualifiedQuantity quantity, FigurePrecision precision = FigurePrecision.Exact) =>
        FigureFormatter.English(quantity, precision);

    /// <summary>A bare number in English (see <see cref="FigureFormatter.Number"/>), for table cells whose unit is named elsewhere.</summary>
    internal static string Number(decimal value, FigurePrecision precision) => FigureFormatter.Number(value, precision);
}
