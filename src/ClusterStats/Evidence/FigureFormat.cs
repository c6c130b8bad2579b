using System.Globalization;

namespace ClusterStats;

/// <summary>
/// Formats quantities for people: <c>2.2 billion pairs</c>, <c>more than 20,000 persons</c>, <c>nearly 3.2 billion CNY</c>,
/// <c>65 percent</c>, <c>rank 2</c>, <c>30,000–40,000 persons</c>. Invariant culture; for machines use <see cref="Quantity.ToString()"/> (plain digits).
/// </summary>
public static class FigureFormat
{
    /// <summary>The value in words for people, with the qualifier in front and the unit code after.</summary>
    public static string ForPeople(Quantity quantity, Qualifier qualifier = Qualifier.Exact) => ForPeople(quantity, qualifier, null);

    /// <summary>The figure in words for people: its qualifier in front, both bounds of a range (<c>30,000–40,000 persons</c>).</summary>
    public static string ForPeople(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return ForPeople(figure.Quantity, figure.Qualifier, figure.ValueHigh);
    }

    private static string ForPeople(Quantity quantity, Qualifier qualifier, decimal? high)
    {
        if (high is decimal h)
        {
            if (quantity.Unit == Unit.Rank) return "rank " + Number(quantity.Value) + "–" + Number(h);
            if (quantity.Unit.Code == "year") return Year(quantity.Value) + "–" + Year(h);
            return Number(quantity.Value) + "–" + Number(h) + " " + quantity.Unit.Code;
        }
        string prefix = qualifier switch
        {
            Qualifier.Approximately => "about ",
            Qualifier.Nearly => "nearly ",
            Qualifier.AtLeast => "more than ",
            Qualifier.AtMost => "at most ",
            Qualifier.Range => "from ",
            _ => "",
        };
        if (quantity.Unit == Unit.Rank) return prefix + "rank " + Number(quantity.Value);
        // A calendar year (a title awarded in 2021) is a label, not an amount: no grouping, no scale words.
        if (quantity.Unit.Code == "year") return prefix + Year(quantity.Value);
        return prefix + Number(quantity.Value) + " " + quantity.Unit.Code;
    }

    /// <summary>A number for people: 2.2 billion, 25 million, 20,000, 0.5, -44.06 million.</summary>
    public static string Number(decimal value)
    {
        decimal abs = Math.Abs(value);
        if (abs >= 1_000_000_000m) return Scaled(value / 1_000_000_000m) + " billion";
        if (abs >= 1_000_000m) return Scaled(value / 1_000_000m) + " million";
        return value.ToString("#,0.####", CultureInfo.InvariantCulture);
    }

    private static string Year(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Scaled(decimal value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);
}
