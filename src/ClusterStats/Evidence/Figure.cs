using System.Globalization;
using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// One cited figure: what a source says about one indicator of one cluster or reference region. The value is an
/// exact <see cref="ClusterStats.Quantity"/>; <see cref="Qualifier"/> keeps "more than" (lower bound) and "nearly";
/// a range (三四万, 2-3 million) has <see cref="Qualifier.Range"/>, its low bound as the value and <see cref="ValueHigh"/>;
/// <see cref="IsTarget"/> marks plan targets, which are not actual output; <see cref="Scope"/> says what was counted
/// when it differs from the plain meaning of the indicator ("related firms", "capacity", "above-designated-size
/// firms"); <see cref="Period"/> says when a figure covers only part of its year (Jan-Apr 2023); <see cref="Status"/>
/// keeps doubted figures out of comparisons. Immutable; two figures are equal when every field is equal.
/// </summary>
public sealed record Figure
{
    /// <summary>Creates a figure.</summary>
    public Figure(string regionId, Indicator indicator, Quantity quantity, Qualifier qualifier, bool isTarget, string? scope, ReferenceYear year, Source source)
    {
        ArgumentNullException.ThrowIfNull(regionId);
        ArgumentNullException.ThrowIfNull(source);
        // A count below 0, a share above 100 % or half a firm is refused here, however the figure is made.
        FigureDomain.Require(indicator, quantity.Unit, quantity.Value, nameof(quantity));
        RegionId = regionId;
        Indicator = indicator;
        Quantity = quantity;
        Qualifier = qualifier;
        IsTarget = isTarget;
        Scope = string.IsNullOrEmpty(scope) ? null : scope;
        Year = year;
        Source = source;
    }

    /// <summary>The stable id of the cluster or reference region (<c>xiaobeihe</c>, <c>china</c>).</summary>
    public string RegionId { get; init; }

    /// <summary>What is measured.</summary>
    public Indicator Indicator { get; init; }

    /// <summary>The exact value with its unit.</summary>
    public Quantity Quantity { get; init; }

    /// <summary>How the source qualifies the value (exact, approximately, nearly, at-least, at-most, range).</summary>
    public Qualifier Qualifier { get; init; }

    /// <summary>Whether the figure is a plan target rather than an actual value.</summary>
    public bool IsTarget { get; init; }

    /// <summary>
    /// The high bound of a range (<see cref="Qualifier.Range"/>), in the unit of <see cref="Quantity"/>, whose value is
    /// the low bound; null for every other figure.
    /// </summary>
    public decimal? ValueHigh
    {
        get;
        init
        {
            if (value is decimal high) FigureDomain.Require(Indicator, Quantity.Unit, high, nameof(ValueHigh));
            field = value;
        }
    }

    /// <summary>The high bound of a range, or the value itself.</summary>
    internal decimal High => ValueHigh ?? Quantity.Value;

    /// <summary>The midpoint of a range, or the value itself: the point of the figure where one number is needed.</summary>
    internal decimal Midpoint => ValueHigh is decimal high ? Internal.DecimalText.Normalize((Quantity.Value + high) / 2m) : Quantity.Value;

    /// <summary>The figure as the source states it, range included.</summary>
    internal QualifiedQuantity Stated => QualifiedQuantity.Of(Quantity, Qualifier, IsTarget, ValueHigh);

    /// <summary>What was counted, when it differs from the plain meaning of the indicator; null otherwise.</summary>
    public string? Scope { get; init; }

    /// <summary>The year the figure refers to (may be unknown, approximate or a range).</summary>
    public ReferenceYear Year { get; init; }

    /// <summary>The source that states the figure.</summary>
    public Source Source { get; init; }

    /// <summary>Whether the figure was computed from other figures rather than stated by the source.</summary>
    public bool IsDerived { get; init; }

    /// <summary>The unit text of the record the figure was converted from (for example "CNY (lower bound)"), or null.</summary>
    public string? OriginalUnit { get; init; }

    /// <summary>Where the record came from: a file and row (<c>cited-figures.csv:23</c>) or a seed file; null when not recorded.</summary>
    public string? Origin { get; init; }

    /// <summary>Free-text notes: dating, scope and doubts.</summary>
    public string? Notes { get; init; }

    /// <summary>Whether the figure may be used for points, ranks, derived figures, shares and charts (default <see cref="FigureStatus.Ok"/>).</summary>
    public FigureStatus Status { get; init; }

    /// <summary>The part of the year the figure covers (<c>2023-Q1</c>, <c>2023-01/2023-09</c>); null for the whole year.</summary>
    /// <exception cref="ArgumentException">The period is not a part of the figure's single reference year (set <see cref="Year"/> first).</exception>
    public ReferencePeriod? Period
    {
        get => _period;
        init
        {
            if (value is ReferencePeriod p && (Year.IsRange || Year.From != p.Year))
                ThrowHelper.Argument(nameof(Period), $"The period {p} is not a part of the figure's year '{Year}': a period needs the single year it is part of.");
            _period = value;
        }
    }

    private readonly ReferencePeriod? _period;

    /// <summary>The period for people: the part of the year when there is one (<c>2023-Q1</c>), else the year (<c>~2024</c>), or "undated".</summary>
    public string When => Period?.ToString() ?? (Year.IsKnown ? Year.ToString() : "undated");

    /// <summary>
    /// A line for people: <c>2.2 billion pairs (2200000000), ~2024, 遼陽・小北河靴下業… [medium]</c>.
    /// </summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{RegionId} {Indicator}: {FigureFormat.ForPeople(this)} ({Quantity.Value}{(ValueHigh is decimal h ? ".." + h.ToString(CultureInfo.InvariantCulture) : "")}), {When}{(Scope is null ? "" : "; " + Scope)}{(Status == FigureStatus.Ok ? "" : "; " + Status.ToCode())}; {Source.Title} [{Source.Confidence.ToCode()}]");
}
