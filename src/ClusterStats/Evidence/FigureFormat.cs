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

    /// <summary>A qualified quantity in words for people: its qualifier in front, both bounds of a range.</summary>
    internal static string ForPeople(QualifiedQuantity quantity) => ForPeople(quantity.Quantity, quantity.Qualifier, quantity.ValueHigh);

    private static string ForPeople(Quantity quantity, Qualifier qualifier, decimal? high)
    {
        if (high is decimal h)
        {
            if (quantity.Unit == Unit.Rank) return "rank " + Number(quantity.Value) + "–" + Number(h);
            if (quantity.Unit.Code == "year") return Year(quantity.Value) + "–" + Year(h);
            return Number(quantity.Value) + "–" + Number(h) + " " + quantity.Unit.Code;
        }
        string prefix = qualifier == Qualifier.Range ? "from " : Prefix(qualifier);
        if (quantity.Unit == Unit.Rank) return prefix + "rank " + Number(quantity.Value);
        // A calendar year (a title awarded in 2021) is a label, not an amount: no grouping, no scale words.
        if (quantity.Unit.Code == "year") return prefix + Year(quantity.Value);
        return prefix + Number(quantity.Value) + " " + quantity.Unit.Code;
    }

    /// <summary>The words before a value of <paramref name="qualifier"/>: "about ", "nearly ", "more than ", "at most ", or nothing when exact.</summary>
    internal static string Prefix(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Approximately => "about ",
        Qualifier.Nearly => "nearly ",
        Qualifier.AtLeast => "more than ",
        Qualifier.AtMost => "at most ",
        _ => "",
    };

    /// <summary>The significant digits a number for people keeps (<see cref="Number"/>).</summary>
    internal const int SignificantDigits = 4;

    /// <summary>
    /// A number for people, rounded to <see cref="SignificantDigits"/> significant digits (half away from zero) with
    /// million, billion or trillion for values of a million and more: 2.2 billion, 12.62 million, 1.591, 0.0001234,
    /// -44.06 million. Below a million the whole-number digits are kept (99,995 stays 99,995: without a scale word a
    /// rounded 100,000 would read as exact). Machine output keeps full precision (<see cref="Quantity.ToString()"/>).
    /// </summary>
    internal static string Number(decimal value)
    {
        if (value == 0) return "0";
        if (Math.Abs(value) < 1_000_000m && RoundSignificant(value) is var rounded && Math.Abs(rounded) < 1_000_000m)
        {
            // The whole-number digits stay; only decimals are rounded away.
            return (Math.Abs(rounded) >= 10_000m ? decimal.Round(value, 0, MidpointRounding.AwayFromZero) : rounded).ToString(Grouped, CultureInfo.InvariantCulture);
        }
        // The mantissa is rounded, then a carry moves up a word: 999,995,000 is 1 billion, not 1,000 million.
        int scale = 0;
        decimal mantissa = RoundSignificant(value / Scales[0].Size);
        while (Math.Abs(mantissa) >= 1000m && scale < Scales.Length - 1) mantissa = RoundSignificant(value / Scales[++scale].Size);
        return mantissa.ToString(Grouped, CultureInfo.InvariantCulture) + Scales[scale].Word;
    }

    private static string Year(decimal value) => Internal.DecimalText.Plain(value);

    private static readonly (decimal Size, string Word)[] Scales = [(1_000_000m, " million"), (1_000_000_000m, " billion"), (1_000_000_000_000m, " trillion")];

    // The value rounded to SignificantDigits significant digits, half away from zero (exact decimal arithmetic).
    private static decimal RoundSignificant(decimal value)
    {
        int magnitude = Magnitude(value);
        int decimals = SignificantDigits - 1 - magnitude;
        if (decimals >= 0) return decimal.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
        decimal unit = 1m;
        for (int i = decimals; i < 0; i++) unit *= 10m;
        return decimal.Round(value / unit, 0, MidpointRounding.AwayFromZero) * unit;
    }

    private const string Grouped = "#,0.############################";

    // The power of ten of the leading digit: 3 for 1234.5, -4 for 0.0001234 (exact: decimal division by 10).
    private static int Magnitude(decimal value)
    {
        decimal abs = Math.Abs(value);
        int magnitude = 0;
        while (abs >= 10m) { abs /= 10m; magnitude++; }
        while (abs < 1m) { abs *= 10m; magnitude--; }
        return magnitude;
    }
}
