namespace ClusterStats;

/// <summary>
/// How a source qualifies a figure. The qualifier decides the range a figure stands for:
/// exact and approximately give a point; nearly and at-most give an upper bound; at-least gives a lower bound;
/// range gives both bounds (三四万, 2-3 million), the stated value being the low bound.
/// </summary>
public enum Qualifier
{
    /// <summary>The figure is stated as is ("226 firms").</summary>
    Exact,

    /// <summary>About the stated value, either side (约, 左右, 約, 대략, about, around, some).</summary>
    Approximately,

    /// <summary>Close to but not above the stated value (近, 近く, 근, nearly, almost): an upper bound, distinct from approximately.</summary>
    Nearly,

    /// <summary>The stated value or more (多, 余, 以上, 超过, 超, 여, over, more than): a lower bound.</summary>
    AtLeast,

    /// <summary>The stated value or less (不到, 未満, under, less than): an upper bound.</summary>
    AtMost,

    /// <summary>
    /// Between the stated value (the low bound) and a stated high bound (三四万 = 30,000 to 40,000, 十几 = 11 to 19,
    /// 2-3万, 2–3 million): both bounds are stated, the point where one is needed is their midpoint.
    /// </summary>
    Range,
}

/// <summary>Stable codes for <see cref="Qualifier"/> values, as used in CSV files and on the command line.</summary>
public static class QualifierCodes
{
    /// <summary>The stable code: exact, approximately, nearly, at-least, at-most or range.</summary>
    public static string ToCode(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.Approximately => "approximately",
        Qualifier.Nearly => "nearly",
        Qualifier.AtLeast => "at-least",
        Qualifier.AtMost => "at-most",
        Qualifier.Range => "range",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Unknown qualifier."),
    };

    /// <summary>Reads a stable code back; returns false when <paramref name="code"/> is not one of the six codes.</summary>
    public static bool TryParse(string? code, out Qualifier qualifier)
    {
        switch (code)
        {
            case "exact": qualifier = Qualifier.Exact; return true;
            case "approximately": qualifier = Qualifier.Approximately; return true;
            case "nearly": qualifier = Qualifier.Nearly; return true;
            case "at-least": qualifier = Qualifier.AtLeast; return true;
            case "at-most": qualifier = Qualifier.AtMost; return true;
            case "range": qualifier = Qualifier.Range; return true;
            default: qualifier = default; return false;
        }
    }
}

/// <summary>
/// The qualifier of a value computed from qualified values, so that a quotient of an approximate figure is never shown
/// as exact. Each input is read as a direction: exact (=), about (~: approximately, or the midpoint of a range), a
/// lower bound (≥: at least) or an upper bound (≤: at most, nearly).
/// </summary>
internal static class QualifierArithmetic
{
    private enum Direction { Exact, About, Lower, Upper }

    /// <summary>
    /// The qualifier of <c>numerator / denominator</c> (both positive): exact when both are exact; a lower bound when
    /// the numerator is one and the denominator exact or an upper bound (or the numerator exact and the denominator an
    /// upper bound), an upper bound in the mirror cases; approximately otherwise (an approximate input, or bounds that
    /// pull both ways, such as a lower bound divided by a lower bound).
    /// </summary>
    public static Qualifier Divide(Qualifier numerator, Qualifier denominator)
    {
        return Divide(numerator, denominator, positive: true);
    }

    /// <summary>
    /// As <see cref="Divide(Qualifier, Qualifier)"/> when both values are <paramref name="positive"/>; otherwise a bound
    /// may turn round, so the quotient is exact when both are exact and approximately when either is not.
    /// </summary>
    public static Qualifier Divide(Qualifier numerator, Qualifier denominator, bool positive)
    {
        if (!positive) return numerator == Qualifier.Exact && denominator == Qualifier.Exact ? Qualifier.Exact : Qualifier.Approximately;
        var n = DirectionOf(numerator);
        var d = DirectionOf(denominator) switch
        {
            Direction.Lower => Direction.Upper, // dividing by more gives less
            Direction.Upper => Direction.Lower,
            var same => same,
        };
        var combined = (n, d) switch
        {
            (Direction.About, _) or (_, Direction.About) => Direction.About,
            (Direction.Exact, var x) => x,
            (var x, Direction.Exact) => x,
            var (x, y) when x == y => x,
            _ => Direction.About,
        };
        return combined switch
        {
            Direction.Exact => Qualifier.Exact,
            Direction.Lower => Qualifier.AtLeast,
            Direction.Upper => Qualifier.AtMost,
            _ => Qualifier.Approximately,
        };
    }

    /// <summary>The qualifier of a point value taken from a figure: the midpoint of a range is approximately.</summary>
    public static Qualifier OfPoint(Qualifier stated) => stated == Qualifier.Range ? Qualifier.Approximately : stated;

    private static Direction DirectionOf(Qualifier q) => q switch
    {
        Qualifier.Exact => Direction.Exact,
        Qualifier.AtLeast => Direction.Lower,
        Qualifier.AtMost or Qualifier.Nearly => Direction.Upper,
        _ => Direction.About,
    };
}
