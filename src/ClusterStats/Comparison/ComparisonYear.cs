namespace ClusterStats;

/// <summary>
/// The year of a value or row of a comparison, as data: the reference year of the figure used (exact or approximate,
/// <see cref="Year"/>), the part of that year it covers (<see cref="Period"/>), for a derived value whose two inputs are
/// of different years the year of the second input (<see cref="OtherYear"/>, <see cref="OtherPeriod"/>), and for a row
/// compared at its own latest year (<see cref="ComparisonOptions.LatestOfEach"/>) the <see cref="IsLatest"/> marker.
/// How many years a value is older than the comparison year is the cell's <see cref="ComparisonCell.Age"/>.
/// <see cref="ToString"/> gives the text the tables show: <c>2021</c>, <c>~2024</c>, <c>2023-Q1</c>,
/// <c>2021 / 2019</c>, <c>2024 (latest)</c>, or an empty string for <see cref="None"/>.
/// </summary>
public readonly record struct ComparisonYear
{
    private ComparisonYear(ReferenceYear year, ReferencePeriod? period, ReferenceYear otherYear, ReferencePeriod? otherPeriod, bool isLatest)
    {
        Year = year;
        Period = period;
        OtherYear = otherYear;
        OtherPeriod = otherPeriod;
        IsLatest = isLatest;
    }

    /// <summary>No year: the cell has no value, or the row no dated figure.</summary>
    public static ComparisonYear None => default;

    /// <summary>The reference year of the value or row; <see cref="ReferenceYear.Unknown"/> for <see cref="None"/>.</summary>
    public ReferenceYear Year { get; }

    /// <summary>The part of <see cref="Year"/> the value covers (a quarter, a half, months), or null for the whole year.</summary>
    public ReferencePeriod? Period { get; }

    /// <summary>
    /// The reference year of the second input of a derived value when it differs from the first (the denominator of
    /// output per pair, for example); <see cref="ReferenceYear.Unknown"/> otherwise.
    /// </summary>
    public ReferenceYear OtherYear { get; }

    /// <summary>The part of <see cref="OtherYear"/> the second input covers, or null.</summary>
    public ReferencePeriod? OtherPeriod { get; }

    /// <summary>Whether this is the latest year of a row's own figures, chosen per cluster (<see cref="ComparisonOptions.LatestOfEach"/>).</summary>
    public bool IsLatest { get; }

    /// <summary>Whether there is a year (false for <see cref="None"/>).</summary>
    public bool IsKnown => Year.IsKnown;

    /// <summary>The year of a figure used in a comparison: its reference year and the part of it the figure covers.</summary>
    internal static ComparisonYear Of(Figure figure) => new(figure.Year, figure.Period, ReferenceYear.Unknown, null, false);

    /// <summary>The year compared for a row: the comparison's year, or with <paramref name="latest"/> the row's own latest year.</summary>
    internal static ComparisonYear OfRow(ReferenceYear year, bool latest) => new(year, null, ReferenceYear.Unknown, null, latest);

    /// <summary>The year of a value derived from two inputs: one year when both are of the same year, else both.</summary>
    internal static ComparisonYear Of(ComparisonYear first, ComparisonYear second) =>
        first == second ? first : new(first.Year, first.Period, second.Year, second.Period, false);

    /// <summary>
    /// The years of the value as plain labels, without the approximate marker: one, or two for a derived value of
    /// inputs of different years; none for <see cref="None"/>. A part of a year is labelled by its period (<c>2023-Q1</c>).
    /// </summary>
    public IEnumerable<string> PlainLabels()
    {
        if (Year.IsKnown) yield return Plain(Year, Period);
        if (OtherYear.IsKnown) yield return Plain(OtherYear, OtherPeriod);
    }

    /// <summary><c>2021</c>, <c>~2024</c>, <c>2023-Q1</c>, <c>2021 / 2019</c>, <c>2024 (latest)</c>; empty for <see cref="None"/>.</summary>
    public override string ToString()
    {
        if (!Year.IsKnown) return "";
        var text = Text(Year, Period);
        if (OtherYear.IsKnown) text += " / " + Text(OtherYear, OtherPeriod);
        return IsLatest ? text + " (latest)" : text;
    }

    private static string Text(ReferenceYear year, ReferencePeriod? period) => period?.ToString() ?? year.ToString();

    private static string Plain(ReferenceYear year, ReferencePeriod? period) =>
        period?.ToString() ?? ReferenceYear.Range(year.From!.Value, year.To!.Value).ToString();
}
