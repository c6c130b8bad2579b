using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>How the peers of a comparison are chosen when no explicit list is given.</summary>
public enum PeerSelection
{
    /// <summary>
    /// Every cluster with the focal cluster's product focus that has figures in the set. The main product of a focus
    /// (its text before any parenthesis, case ignored: <c>socks (mainly cotton)</c> is <c>socks</c>) in
    /// <see cref="ComparisonOptions.Regions"/> decides. A focus naming socks, hosiery, tights or stockings joins the
    /// sock and hosiery group: <see cref="ComparisonOptions.SockAndHosieryClusters"/> (those without a focus in the
    /// regions count as members) and every other cluster of the regions with such a focus. A focal cluster with
    /// neither a focus nor a place in that list is an error that says how to give a focus or peers. National and
    /// world figures are references for shares, never peers.
    /// </summary>
    SameProductFocus,

    /// <summary>Every cluster (not reference region) of the focal cluster's country in <see cref="ComparisonOptions.Regions"/> that has figures in the set.</summary>
    SameCountry,
}

/// <summary>
/// A figure derived from two indicators of one cluster: <see cref="Numerator"/> / <see cref="Denominator"/>, with the
/// unit that Quantity algebra gives (CNY / pairs = CNY/pair), or in percent when <see cref="AsPercent"/>.
/// The built-in ones are below; define your own, for example <c>new DerivedMetric("machines_per_firm",
/// Indicator.KnittingMachines, Indicator.FirmCount)</c>.
/// </summary>
/// <param name="Name">Stable snake_case name, shown as the metric name.</param>
/// <param name="Numerator">The indicator divided.</param>
/// <param name="Denominator">The indicator divided by.</param>
/// <param name="AsPercent">Whether the quotient (of two quantities of one unit) is shown in percent.</param>
public sealed record DerivedMetric(string Name, Indicator Numerator, Indicator Denominator, bool AsPercent = false)
{
    /// <summary>Output value per pair (CNY/pair): output_value / pairs_per_year.</summary>
    public static DerivedMetric OutputValuePerPair { get; } = new("output_value_per_pair", Indicator.OutputValue, Indicator.PairsPerYear);
    /// <summary>Output value per firm (CNY/firm): output_value / firm_count.</summary>
    public static DerivedMetric OutputValuePerFirm { get; } = new("output_value_per_firm", Indicator.OutputValue, Indicator.FirmCount);
    /// <summary>Pairs per firm (pairs/firm): pairs_per_year / firm_count.</summary>
    public static DerivedMetric PairsPerFirm { get; } = new("pairs_per_firm", Indicator.PairsPerYear, Indicator.FirmCount);
    /// <summary>Pairs per employee (pairs/person): pairs_per_year / employees.</summary>
    public static DerivedMetric PairsPerEmployee { get; } = new("pairs_per_employee", Indicator.PairsPerYear, Indicator.Employees);
    /// <summary>Export share of output, percent: export_value / output_value * 100 (both in one currency).</summary>
    public static DerivedMetric ExportShareOfOutput { get; } = new("export_share_of_output", Indicator.ExportValue, Indicator.OutputValue, AsPercent: true);

    /// <summary>The five built-in derived metrics, in this order.</summary>
    public static IReadOnlyList<DerivedMetric> All { get; } = [OutputValuePerPair, OutputValuePerFirm, PairsPerFirm, PairsPerEmployee, ExportShareOfOutput];
}

/// <summary>
/// Settings of <see cref="Comparison.Create"/>. Only <see cref="Focal"/> is required. Defaults: peers of the same
/// product focus, the five main indicators and every built-in derived metric, one comparison year chosen from the
/// focal cluster's figures (<see cref="Year"/>), suspicious figures left out, money in the focal cluster's currency, the default best-estimate policy, no pinned sources, plan targets left out,
/// and <see cref="MissingRatePolicy.Error"/> for years without an annual exchange rate.
/// </summary>
public sealed record ComparisonOptions
{
    /// <summary>Creates options for the focal cluster <paramref name="focal"/> (a region id such as <c>xiaobeihe</c>).</summary>
    public ComparisonOptions(string focal)
    {
        ArgumentNullException.ThrowIfNull(focal);
        Focal = focal;
    }

    /// <summary>The sock and hosiery clusters: xiaobeihe, datang, liaoyuan, yiwu, nara, hyogo, castel-goffredo, fort-payne, dobong.</summary>
    public static IReadOnlyList<string> SockAndHosieryClusters { get; } =
        ["xiaobeihe", "datang", "liaoyuan", "yiwu", "nara", "hyogo", "castel-goffredo", "fort-payne", "dobong"];

    /// <summary>The indicators shown by default: pairs_per_year, output_value, firm_count, employees, export_value.</summary>
    public static IReadOnlyList<Indicator> DefaultIndicators { get; } =
        [Indicator.PairsPerYear, Indicator.OutputValue, Indicator.FirmCount, Indicator.Employees, Indicator.ExportValue];

    /// <summary>The focal cluster's id.</summary>
    public string Focal { get; init; }

    /// <summary>Explicit peer ids (the focal cluster is left out if listed); null to choose them by <see cref="PeerSelection"/>.</summary>
    public IReadOnlyList<string>? Peers { get; init => field = ReadOnly.List(value); }

    /// <summary>How peers are chosen when <see cref="Peers"/> is null. Default <see cref="PeerSelection.SameProductFocus"/>.</summary>
    public PeerSelection PeerSelection { get; init; } = PeerSelection.SameProductFocus;

    /// <summary>Region metadata: names (labels in English and Chinese), country (for <see cref="PeerSelection.SameCountry"/> and national shares) and product focus. Optional.</summary>
    public IReadOnlyList<Region>? Regions { get; init => field = ReadOnly.List(value); }

    /// <summary>The indicators shown, in order. Default <see cref="DefaultIndicators"/>.</summary>
    public IReadOnlyList<Indicator> Indicators { get; init => field = ReadOnly.List(value); } = DefaultIndicators;

    /// <summary>The derived metrics shown after the indicators. Default <see cref="DerivedMetric.All"/>.</summary>
    public IReadOnlyList<DerivedMetric> Derived { get; init => field = ReadOnly.List(value); } = DerivedMetric.All;

    /// <summary>
    /// The year Y compared, or null to choose it: the latest stated year (approximate or not) in which the focal
    /// cluster has actual, non-suspicious pairs_per_year, output_value and firm_count of the plain meaning, or, when
    /// no year has all three, the latest year with the most of them (the comparison's notes say which and why). A
    /// figure counts for Y when its reference year equals Y, or is one year away when the figure's year is
    /// approximate; a figure of Y beats one of Y±1. Undated figures and multi-year totals never count. A cell with
    /// nothing in that window is empty (see <see cref="MaxAge"/>). Ignored with <see cref="LatestOfEach"/>.
    /// </summary>
    public int? Year { get; init; }

    /// <summary>
    /// How many years older than the comparison year a figure may be, 0 or more (default 0), when a cell has nothing
    /// for the year itself: the latest older figure within that age is used, and the cell says its year and age
    /// (<see cref="ComparisonCell.Age"/>).
    /// </summary>
    public int MaxAge { get; init; }

    /// <summary>
    /// Whether each cluster is shown at the latest year it has (each indicator at its own latest year when that
    /// year has none), instead of one year for all (default false). Every value shows its year; values more than
    /// <see cref="StaleYears"/> years older than the focal cluster's year are not ranked and their cells say so
    /// (<see cref="ComparisonCell.Age"/>). Cannot be combined with <see cref="Year"/>.
    /// </summary>
    public bool LatestOfEach { get; init; }

    /// <summary>With <see cref="LatestOfEach"/>: values more than this many years (5) older than the focal cluster's year are left out of ranks.</summary>
    public const int StaleYears = 5;

    /// <summary>The currency money is shown in; null for the currency of the focal cluster's money figures (no conversion when every cluster uses it).</summary>
    public Currency? Currency { get; init; }

    /// <summary>The exchange rates used to convert money (through USD, published annual averages); needed when currencies differ.</summary>
    public ExchangeRateTable? Rates { get; init; }

    /// <summary>What to do for a year without an annual exchange rate. Default <see cref="MissingRatePolicy.Error"/>: the caller chooses.</summary>
    public MissingRatePolicy RatePolicy { get; init; } = MissingRatePolicy.Error;

    /// <summary>An optional price index: money is expressed in the prices of its base year (after conversion to <see cref="Currency"/>).</summary>
    public PriceIndex? Deflator { get; init; }

    /// <summary>The policy that chooses each cell's point value; null for <see cref="DefaultBestEstimatePolicy"/>.</summary>
    public IBestEstimatePolicy? Policy { get; init; }

    /// <summary>
    /// Pinned sources per region id: for a pinned region, only figures the predicate accepts are used (point and range).
    /// When the pinned figures say nothing about an indicator, all figures are used and the cell says so in a note.
    /// Use <see cref="PinSource"/> for the common case of one source.
    /// </summary>
    public IReadOnlyDictionary<string, Func<Figure, bool>> Pins { get; init => field = ReadOnly.Dictionary(value); } = ReadOnly.Dictionary(new Dictionary<string, Func<Figure, bool>>(StringComparer.Ordinal));

    /// <summary>Whether plan targets may be used (default false: targets are never mixed with actual values).</summary>
    public bool IncludeTargets { get; init; }

    /// <summary>
    /// Whether suspicious and superseded figures (<see cref="Figure.Status"/>) may be used for points, ranges, ranks,
    /// derived figures, shares and charts (default false: they are left out, and the cell notes say so).
    /// </summary>
    public bool IncludeSuspicious { get; init; }

    /// <summary>
    /// These options with <paramref name="regionId"/> pinned to the figures whose source title, URL or origin equals
    /// <paramref name="source"/>, or whose origin starts with it (an origin such as <c>seeds/000_c6e03cb025974693.txt</c>).
    /// </summary>
    public ComparisonOptions PinSource(string regionId, string source)
    {
        ArgumentNullException.ThrowIfNull(regionId);
        ArgumentNullException.ThrowIfNull(source);
        return Pin(regionId, f => IsFrom(f, source));
    }

    /// <summary>Whether <paramref name="figure"/> comes from <paramref name="source"/>: its title, URL or origin, or an origin starting with it.</summary>
    public static bool IsFrom(Figure figure, string source)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(source);
        return string.Equals(figure.Source.Title, source, StringComparison.Ordinal)
            || string.Equals(figure.Source.Url, source, StringComparison.Ordinal)
            || (figure.Origin is not null && figure.Origin.StartsWith(source, StringComparison.Ordinal));
    }

    /// <summary>These options with <paramref name="regionId"/> pinned to the figures <paramref name="predicate"/> accepts.</summary>
    public ComparisonOptions Pin(string regionId, Func<Figure, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(regionId);
        ArgumentNullException.ThrowIfNull(predicate);
        var pins = new Dictionary<string, Func<Figure, bool>>(Pins, StringComparer.Ordinal) { [regionId] = predicate };
        return this with { Pins = pins };
    }
}
