using System.Collections;

namespace ClusterStats;

/// <summary>
/// An immutable list of cited figures with queries (<see cref="Where(string?, Indicator?, int?, int?, Confidence?)"/>),
/// the groups of figures that disagree (<see cref="Conflicts(ConflictOptions?)"/>), a best estimate chosen by a
/// documented, replaceable policy (<see cref="BestEstimate"/>) and the range the sources span
/// (<see cref="Range"/>). Order is kept as given.
/// </summary>
public sealed class FigureSet : IReadOnlyList<Figure>
{
    private readonly Figure[] _figures;

    /// <summary>Creates a set from figures, in their order.</summary>
    public FigureSet(IEnumerable<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        _figures = figures.ToArray();
        foreach (var f in _figures) ArgumentNullException.ThrowIfNull(f, nameof(figures));
    }

    /// <summary>The empty set.</summary>
    public static FigureSet Empty { get; } = new([]);

    /// <inheritdoc />
    public Figure this[int index] => _figures[index];

    /// <inheritdoc />
    public int Count => _figures.Length;

    /// <summary>The distinct region ids, in order of first appearance.</summary>
    public IReadOnlyList<string> RegionIds => _figures.Select(f => f.RegionId).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Throws when no figure is about <paramref name="id"/>; the message lists the known ids.</summary>
    internal void RequireRegion(string id)
    {
        if (_figures.Any(f => string.Equals(f.RegionId, id, StringComparison.Ordinal))) return;
        Internal.ThrowHelper.UnknownRegion(id, RegionIds);
    }

    /// <summary>
    /// The figures that match every given filter: region id, indicator, reference years overlapping
    /// <paramref name="fromYear"/>..<paramref name="toYear"/> (when either is given, undated figures are left out),
    /// and confidence at least <paramref name="minConfidence"/>.
    /// </summary>
    public FigureSet Where(string? regionId = null, Indicator? indicator = null, int? fromYear = null, int? toYear = null, Confidence? minConfidence = null)
    {
        IEnumerable<Figure> q = _figures;
        if (regionId is not null) q = q.Where(f => string.Equals(f.RegionId, regionId, StringComparison.Ordinal));
        if (indicator is Indicator ind) q = q.Where(f => f.Indicator == ind);
        if (fromYear is not null || toYear is not null)
        {
            int lo = fromYear ?? int.MinValue, hi = toYear ?? int.MaxValue;
            q = q.Where(f => f.Year.Overlaps(lo, hi));
        }
        if (minConfidence is Confidence c) q = q.Where(f => f.Source.Confidence >= c);
        return new FigureSet(q);
    }

    /// <summary>
    /// The figures of this set, then those of <paramref name="other"/> that are not equal in every field to a figure
    /// before them (the same figure read twice is one figure); order is kept. Figures that differ in any field (another
    /// source, year, value or note) are all kept: they are more sources of their indicator.
    /// </summary>
    public FigureSet Union(FigureSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var seen = new HashSet<Figure>(_figures);
        return new FigureSet(_figures.Concat(other.Where(seen.Add)));
    }

    /// <summary>
    /// The indicator named <paramref name="name"/> when it is built in (<see cref="Indicator.BuiltIn"/>) or a figure of
    /// this set has it.
    /// </summary>
    /// <exception cref="UnknownIndicatorException">It is neither; the message lists the known names and the nearest one.</exception>
    public Indicator KnownIndicator(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var known = Indicator.BuiltIn.Concat(_figures.Select(f => f.Indicator)).Select(i => i.Name).Distinct(StringComparer.Ordinal).ToArray();
        return known.Contains(name, StringComparer.Ordinal) ? new Indicator(name) : Internal.ThrowHelper.UnknownIndicator<Indicator>(name, known);
    }

    /// <summary>The figures for which <paramref name="predicate"/> is true.</summary>
    public FigureSet Where(Func<Figure, bool> predicate) => new(_figures.Where(predicate));

    /// <summary>
    /// The groups of figures that disagree. Figures are keyed by region, indicator, target flag, unit, scope note and
    /// period (or, with <see cref="ConflictOptions.AcrossScopes"/>, regardless of scope and period). A
    /// <see cref="ConflictKind.Conflict"/> is every dated figure of one key and one stated year (approximate or not:
    /// ~2024 and 2024 are one year) when their largest and smallest stated values differ by more than
    /// <see cref="ConflictOptions.Tolerance"/> relative to the larger magnitude; figures of different years never join
    /// one group, so a series growing year by year is no conflict. A <see cref="ConflictKind.Possible"/> conflict is a
    /// pair of figures of adjacent stated years (<see cref="ConflictOptions.AdjacentYears"/>), at least one of them
    /// approximate, that differ by more than the tolerance; possible conflicts come after the conflicts. Qualifiers do
    /// not soften the test: "more than 2.5 billion" is compared as 2.5 billion, and the qualifier is shown with the
    /// figure. Suspicious and superseded figures are listed like the others (their status is shown with them). Undated
    /// figures of the key are never matched by year: they are listed beside a conflict in <see cref="ConflictGroup.Undated"/>.
    /// </summary>
    public IReadOnlyList<ConflictGroup> Conflicts(ConflictOptions? options = null) => ConflictFinder.Find(_figures, options ?? new ConflictOptions());

    /// <summary>
    /// The best estimate among the given figures (for example <c>set.Where("xiaobeihe", Indicator.PairsPerYear)</c>)
    /// by <paramref name="policy"/>, or by <see cref="DefaultBestEstimatePolicy"/> when null; null when the set is empty.
    /// </summary>
    public BestEstimate? BestEstimate(IBestEstimatePolicy? policy = null) =>
        Count == 0 ? null : (policy ?? DefaultBestEstimatePolicy.Instance).Choose(this);

    /// <summary>
    /// The range the figures span. Every figure must have the same unit.
    /// See <see cref="FigureRange"/> for how one-sided bounds stay one-sided. Null when the set is empty.
    /// </summary>
    /// <exception cref="UnitMismatchException">The figures have different units.</exception>
    public FigureRange? Range() => Count == 0 ? null : FigureRange.Of(_figures);

    /// <inheritdoc />
    public IEnumerator<Figure> GetEnumerator() => ((IEnumerable<Figure>)_figures).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _figures.GetEnumerator();
}
