using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// One value of a comparison table: a metric (an indicator name such as <c>pairs_per_year</c> or a derived metric such
/// as <c>output_value_per_pair</c>) of one cluster. <see cref="Point"/> is the best estimate (see <see cref="Reason"/>);
/// <see cref="Low"/>..<see cref="High"/> is the range over the sources of that year in the unit of <see cref="Point"/>,
/// where null means open on that side (a lower bound keeps a range open above, "nearly" and upper bounds open below).
/// When <see cref="Point"/> is null the cell is empty and <see cref="Notes"/> says why.
/// </summary>
/// <param name="Metric">The metric name.</param>
/// <param name="Point">The point value, or null when there is none.</param>
/// <param name="Low">The low end of the range, or null when open below (or when there is no value).</param>
/// <param name="High">The high end of the range, or null when open above (or when there is no value).</param>
/// <param name="Year">The reference year shown (<c>2021</c>, <c>~2024</c>, or the part of a year such as <c>2023-Q1</c>; for a derived value from inputs of different years, both joined by " / "); empty when there is no value.</param>
public sealed record ComparisonCell(string Metric, Quantity? Point, decimal? Low, decimal? High, ComparisonYear Year)
{
    /// <summary>Whether the metric is derived from two indicators.</summary>
    public bool IsDerived { get; init; }

    /// <summary>
    /// How <see cref="Point"/> is qualified: as its figure states it (<see cref="ClusterStats.Qualifier.Approximately"/> for
    /// "about 800 million pairs", and for the midpoint of a range); for a derived value, exact only when both inputs are
    /// exact, a bound when the inputs bound it one way (more than 300 firms per 12,000 persons is at most 40 persons per
    /// firm), approximately otherwise. Never <see cref="ClusterStats.Qualifier.Range"/>: the range is <see cref="Low"/>..<see cref="High"/>.
    /// </summary>
    public Qualifier Qualifier { get; init; }

    /// <summary>Why the point value was chosen (the best-estimate policy's reason, for each input of a derived value).</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// The rank among the rows with a value of the focal cluster's unit, period and scope (the scope notes of the
    /// figures it rests on), 1 being the largest (equal values share a rank); null when not ranked, and the notes say why.
    /// </summary>
    public int? Rank { get; init; }

    /// <summary>The point value as a percent of the reference total named by <see cref="ShareOf"/>; null when no reference total exists.</summary>
    public decimal? SharePercent { get; init; }

    /// <summary>The reference total of <see cref="SharePercent"/>: region id and year, for example <c>japan 2013</c>.</summary>
    public string? ShareOf { get; init; }

    /// <summary>How <see cref="SharePercent"/> is qualified, from the qualifiers of the value and of the total (see <see cref="Qualifier"/>).</summary>
    public Qualifier ShareQualifier { get; init; }

    /// <summary>The point value divided by the focal cluster's point value (1 for the focal cluster); null when either is missing or the units differ.</summary>
    public decimal? RatioToFocal { get; init; }

    /// <summary>How <see cref="RatioToFocal"/> is qualified, from the qualifiers of this value and the focal cluster's (see <see cref="Qualifier"/>).</summary>
    public Qualifier RatioToFocalQualifier { get; init; }

    /// <summary>The numbers of the sources (see <see cref="Comparison.Sources"/>) of every input, exchange rates and reference totals included.</summary>
    public IReadOnlyList<int> Sources { get; init => field = ReadOnly.List(value); } = [];

    /// <summary>Notes for people: currency conversions with the rate and year used, pinned sources, scopes, why a cell is empty.</summary>
    public IReadOnlyList<string> Notes { get; init => field = ReadOnly.List(value); } = [];

    /// <summary>The cited figures the value rests on, as stated (before conversion).</summary>
    public IReadOnlyList<Figure> Inputs { get; init => field = ReadOnly.List(value); } = [];

    /// <summary>
    /// How many years the value is older than the comparison year (with <see cref="ComparisonOptions.MaxAge"/>), or
    /// than the focal cluster's year (with <see cref="ComparisonOptions.LatestOfEach"/>, set when more than
    /// <see cref="ComparisonOptions.StaleYears"/>, and then the value is not ranked); null otherwise.
    /// </summary>
    public int? Age { get; init; }

    /// <summary>Why a value is shown but not ranked (its notes say it in words); null when ranked or without a value.</summary>
    internal NotRankedReason? NotRanked { get; init; }

    /// <summary>Whether the range is open below (there is a value but no low end).</summary>
    public bool OpenBelow => Point is not null && Low is null;

    /// <summary>Whether the range is open above (there is a value but no high end).</summary>
    public bool OpenAbove => Point is not null && High is null;
}

/// <summary>One cluster of a comparison: its labels, whether it is the focal cluster, the year compared and one cell per metric.</summary>
/// <param name="RegionId">The cluster id.</param>
/// <param name="LabelEn">English name (the id when no region metadata was given).</param>
/// <param name="LabelZh">Chinese name, or null.</param>
/// <param name="IsFocal">Whether this is the focal cluster.</param>
/// <param name="Year">The year compared (requested or chosen), or with <see cref="ComparisonOptions.LatestOfEach"/> the latest year the cluster has followed by " (latest)"; empty when the cluster has no dated figure.</param>
/// <param name="Cells">One cell per metric of <see cref="Comparison.Metrics"/>, in that order.</param>
public sealed record ComparisonRow(string RegionId, string LabelEn, string? LabelZh, bool IsFocal, ComparisonYear Year, IReadOnlyList<ComparisonCell> Cells)
{
    /// <summary>One cell per metric of <see cref="Comparison.Metrics"/>, in that order.</summary>
    public IReadOnlyList<ComparisonCell> Cells { get; init => field = ReadOnly.List(value); } = ReadOnly.List(Cells);

    /// <summary>The cell of <paramref name="metric"/>.</summary>
    /// <exception cref="KeyNotFoundException">The comparison has no such metric.</exception>
    public ComparisonCell this[string metric]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(metric);
            return Cells.FirstOrDefault(c => string.Equals(c.Metric, metric, StringComparison.Ordinal)) ?? throw new KeyNotFoundException($"No metric '{metric}' in this comparison.");
        }
    }
}

/// <summary>A source cited by a comparison, numbered in order of first use.</summary>
/// <param name="Number">The number (1-based) that cells refer to.</param>
/// <param name="Title">The title.</param>
/// <param name="Url">The URL, or null.</param>
/// <param name="Publisher">The publisher or outlet.</param>
/// <param name="Published">The publication date prefix, or null.</param>
/// <param name="Confidence">The confidence of the first figure cited from it.</param>
public sealed record ComparisonSource(int Number, string Title, string? Url, string Publisher, string? Published, Confidence Confidence);

/// <summary>One bar of a sorted bar chart: a cluster's point value of one metric with its range.</summary>
/// <param name="RegionId">The cluster id.</param>
/// <param name="LabelEn">English label.</param>
/// <param name="LabelZh">Chinese label, or null.</param>
/// <param name="IsFocal">Whether this is the focal cluster.</param>
/// <param name="Value">The point value.</param>
/// <param name="Low">The low end, or null when open below.</param>
/// <param name="High">The high end, or null when open above.</param>
/// <param name="Unit">The unit code, for example <c>CNY/pair</c>.</param>
/// <param name="Year">The year shown.</param>
public sealed record ComparisonBar(string RegionId, string LabelEn, string? LabelZh, bool IsFocal, decimal Value, decimal? Low, decimal? High, string Unit, ComparisonYear Year)
{
    /// <summary>The cell's <see cref="ComparisonCell.Age"/>: years older than the comparison year or the focal cluster's year, or null.</summary>
    public int? Age { get; init; }

    /// <summary>The cell's <see cref="ComparisonCell.Qualifier"/>: how the value is qualified.</summary>
    public Qualifier Qualifier { get; init; }
}

/// <summary>One bubble of a scatter chart: two metrics of a cluster and a third as the bubble size.</summary>
/// <param name="RegionId">The cluster id.</param>
/// <param name="LabelEn">English label.</param>
/// <param name="LabelZh">Chinese label, or null.</param>
/// <param name="IsFocal">Whether this is the focal cluster.</param>
/// <param name="X">The x value.</param>
/// <param name="Y">The y value.</param>
/// <param name="Size">The size value.</param>
/// <param name="XUnit">The unit of <paramref name="X"/>.</param>
/// <param name="YUnit">The unit of <paramref name="Y"/>.</param>
/// <param name="SizeUnit">The unit of <paramref name="Size"/>.</param>
internal sealed record ComparisonBubble(string RegionId, string LabelEn, string? LabelZh, bool IsFocal, decimal X, decimal Y, decimal Size, string XUnit, string YUnit, string SizeUnit)
{
    /// <summary>The largest <see cref="ComparisonCell.Age"/> of the three cells (the oldest value the bubble rests on), or null when none has one.</summary>
    public int? Age { get; init; }
}

/// <summary>
/// Growth of one metric of one cluster between two years: both cells (with their ranges and sources), the absolute
/// change, the change in percent and the compound annual growth rate.
/// </summary>
/// <param name="RegionId">The cluster id.</param>
/// <param name="Metric">The metric name.</param>
/// <param name="FromYear">The first year requested.</param>
/// <param name="ToYear">The last year requested.</param>
/// <param name="Start">The cell of the first year.</param>
/// <param name="End">The cell of the last year.</param>
/// <param name="Absolute">End minus start, in the unit of the metric.</param>
/// <param name="Percent">(End - start) / start * 100, exact decimal.</param>
/// <param name="CagrPercent">((end / start)^(1 / (ToYear - FromYear)) - 1) * 100, computed in double precision; null when a value is not positive.</param>
public sealed record Growth(string RegionId, string Metric, int FromYear, int ToYear, ComparisonCell Start, ComparisonCell End, Quantity Absolute, decimal Percent, decimal? CagrPercent)
{
    /// <summary>
    /// How <see cref="Absolute"/>, <see cref="Percent"/> and <see cref="CagrPercent"/> are qualified, from the
    /// qualifiers of <see cref="Start"/> and <see cref="End"/>: exact when both are exact; at least when the end is a
    /// lower bound or the start an upper bound (and the other exact or bounding the same way), at most in the mirror
    /// case; approximately otherwise (see <see cref="ComparisonCell.Qualifier"/>).
    /// </summary>
    public Qualifier Qualifier { get; init; }
}

/// <summary>
/// A comparison of a focal cluster with its peers over a <see cref="FigureSet"/>: one row per cluster (the focal
/// cluster first), one cell per metric (indicators, then derived metrics), the sources numbered, and notes. Build it
/// with <see cref="Create"/>; show it with <see cref="ToDataFrame"/>, <see cref="ToCsv()"/> or the renderings
/// <see cref="HtmlRendering.ToHtml(Comparison)"/>, <see cref="MarkdownRendering.ToMarkdown(Comparison)"/> and
/// <see cref="TextRendering.ToText(Comparison)"/>; chart it with <see cref="Series"/> and <see cref="Bubbles"/>.
/// </summary>
/// <remarks>
/// Year rule: one year Y for every row (see <see cref="ComparisonOptions.Year"/>); a figure counts for Y when its
/// reference year equals Y, or is one year away when it is approximate; undated figures and multi-year totals never
/// count. Suspicious and superseded figures are left out unless <see cref="ComparisonOptions.IncludeSuspicious"/>.
/// Ranges, ranks, ratios, shares and derived values only combine figures of the same period (a part of a year such
/// as 2023-Q1 is never divided by or ranked against a whole year); otherwise the cell is empty and its notes name both.
/// The range of a cell spans every counted figure (min to max over sources, one-sided bounds kept one-sided, see
/// <see cref="FigureRange"/>); the point is the policy's best estimate among the counted figures nearest to Y.
/// A derived value divides the points; its range is the interval quotient [a, b] / [c, d] = [a / d, b / c] (values
/// are positive), an open end of an input leaving the matching end of the result open.
/// Money is converted figure by figure at the rate of the figure's own year, through USD, as the cell notes say.
/// </remarks>
/// <param name="Focal">The focal cluster id.</param>
/// <param name="Metrics">The metric names, in column order.</param>
/// <param name="Rows">The rows, the focal cluster first.</param>
/// <param name="Sources">The sources cited by the cells, numbered from 1.</param>
/// <param name="Currency">The currency money is shown in, or null when no money was converted.</param>
/// <param name="Year">The year compared (requested, or chosen from the focal cluster's figures), or null with <see cref="ComparisonOptions.LatestOfEach"/>.</param>
/// <param name="Notes">Notes on the whole comparison (the year rule, currency, targets).</param>
public sealed partial record Comparison(string Focal, IReadOnlyList<string> Metrics, IReadOnlyList<ComparisonRow> Rows,
    IReadOnlyList<ComparisonSource> Sources, Currency? Currency, int? Year, IReadOnlyList<string> Notes)
{
    /// <summary>The metric names, in column order.</summary>
    public IReadOnlyList<string> Metrics { get; init => field = ReadOnly.List(value); } = ReadOnly.List(Metrics);

    /// <summary>The rows, the focal cluster first.</summary>
    public IReadOnlyList<ComparisonRow> Rows { get; init => field = ReadOnly.List(value); } = ReadOnly.List(Rows);

    /// <summary>The sources cited by the cells, numbered from 1.</summary>
    public IReadOnlyList<ComparisonSource> Sources { get; init => field = ReadOnly.List(value); } = ReadOnly.List(Sources);

    /// <summary>Notes on the whole comparison (the year rule, currency, targets).</summary>
    public IReadOnlyList<string> Notes { get; init => field = ReadOnly.List(value); } = ReadOnly.List(Notes);

    /// <summary>Compares <see cref="ComparisonOptions.Focal"/> with its peers over <paramref name="figures"/>.</summary>
    /// <exception cref="ClusterStatsException">An id is unknown (the message lists the known ids), peers cannot be chosen, or an exchange rate is missing under <see cref="MissingRatePolicy.Error"/>.</exception>
    public static Comparison Create(FigureSet figures, ComparisonOptions options)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(options);
        return new ComparisonBuilder(figures, options).Build();
    }

    /// <summary>
    /// Growth of <paramref name="metric"/> (an indicator name or the name of a built-in derived metric) of
    /// <paramref name="regionId"/> from <paramref name="fromYear"/> to <paramref name="toYear"/>, each year's value
    /// chosen as in <see cref="Create"/> (with the currency, rates, pins and policy of <paramref name="options"/>).
    /// </summary>
    /// <exception cref="ClusterStatsException">The region is unknown, or a year has no value (the message says which).</exception>
    public static Growth GrowthOf(FigureSet figures, string regionId, string metric, int fromYear, int toYear, ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(regionId);
        ArgumentNullException.ThrowIfNull(metric);
        if (toYear <= fromYear) Internal.ThrowHelper.Argument(nameof(toYear), "The last year must be after the first year.");
        var derived = (options?.Derived ?? []).Concat(DerivedMetric.All).FirstOrDefault(d => string.Equals(d.Name, metric, StringComparison.Ordinal));
        var baseOptions = (options ?? new ComparisonOptions(regionId)) with
        {
            Focal = regionId,
            Peers = [],
            Indicators = derived is null ? [new Indicator(metric)] : [],
            Derived = derived is null ? [] : [derived],
        };
        ComparisonCell CellAt(int year)
        {
            var cell = Create(figures, baseOptions with { Year = year }).Rows[0].Cells[0];
            if (cell.Point is null)
                Internal.ThrowHelper.NoMetricValue(regionId, metric, year, cell.Notes);
            return cell;
        }
        var start = CellAt(fromYear);
        var end = CellAt(toYear);
        var s = start.Point!.Value;
        var e = end.Point!.Value;
        var absolute = e - s;
        decimal percent = s.Value == 0 ? Internal.ThrowHelper.GrowthFromZero<decimal>(regionId, metric, fromYear) : Internal.ExactArithmetic.Multiply(Internal.ExactArithmetic.Divide(absolute.Value, s.Value, "compute the growth"), 100m, "compute the growth in percent");
        decimal? cagr = s.Value > 0 && e.Value > 0
            ? (decimal)((Math.Pow((double)Internal.ExactArithmetic.Divide(e.Value, s.Value, "compute the growth rate"), 1.0 / (toYear - fromYear)) - 1.0) * 100.0)
            : null;
        // Growth is end / start - 1 (and end - start): a bound of the end bounds it the same way, one of the start the other way.
        return new Growth(regionId, metric, fromYear, toYear, start, end, absolute, percent, cagr)
        {
            Qualifier = QualifierArithmetic.Divide(end.Qualifier, start.Qualifier, positive: s.Value > 0 && e.Value > 0),
        };
    }

    /// <summary>The most common unit of <paramref name="metric"/> among the rows with a value (the focal row's unit first), or null.</summary>
    public Unit? UnitOf(string metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var focal = Rows.FirstOrDefault(r => r.IsFocal)?[metric].Point?.Unit;
        return focal ?? Rows.Select(r => r[metric].Point?.Unit).Where(u => u is not null).GroupBy(u => u!.Code, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).Select(g => g.First()).FirstOrDefault();
    }

    /// <summary>The rows with a value of <paramref name="metric"/> in its common unit, largest first: the data of a sorted bar chart with ranges.</summary>
    public IReadOnlyList<ComparisonBar> Series(string metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var unit = UnitOf(metric);
        return Rows.Where(r => r[metric].Point is Quantity q && q.Unit == unit)
            .Select(r => (Row: r, Cell: r[metric]))
            .OrderByDescending(x => x.Cell.Point!.Value.Value)
            .Select(x => new ComparisonBar(x.Row.RegionId, x.Row.LabelEn, x.Row.LabelZh, x.Row.IsFocal, x.Cell.Point!.Value.Value, x.Cell.Low, x.Cell.High, x.Cell.Point.Value.Unit.Code, x.Cell.Year) { Age = x.Cell.Age, Qualifier = x.Cell.Qualifier })
            .ToArray();
    }

    /// <summary>
    /// The rows with values of all three metrics (default: firms on x, output value on y, pairs as size), in row
    /// order: the data of a bubble scatter chart.
    /// </summary>
    internal IReadOnlyList<ComparisonBubble> Bubbles(string x = "firm_count", string y = "output_value", string size = "pairs_per_year")
    {
        var (ux, uy, us) = (UnitOf(x), UnitOf(y), UnitOf(size));
        return Rows.Where(r => r[x].Point?.Unit == ux && r[y].Point?.Unit == uy && r[size].Point?.Unit == us && ux is not null && uy is not null && us is not null)
            .Select(r => new ComparisonBubble(r.RegionId, r.LabelEn, r.LabelZh, r.IsFocal, r[x].Point!.Value.Value, r[y].Point!.Value.Value, r[size].Point!.Value.Value, ux!.Code, uy!.Code, us!.Code)
            {
                Age = new[] { r[x].Age, r[y].Age, r[size].Age }.Max(),
            })
            .ToArray();
    }
}

/// <summary>Why a comparison shows a value without a rank.</summary>
internal enum NotRankedReason
{
    /// <summary>More than <see cref="ComparisonOptions.StaleYears"/> older than the focal cluster's year (latest of each).</summary>
    Older,

    /// <summary>It covers another period than the focal cluster's value.</summary>
    Period,

    /// <summary>Its figures have another scope than the focal cluster's.</summary>
    Scope,

    /// <summary>It is in another unit.</summary>
    Unit,

    /// <summary>A bound leaves its order against another value open.</summary>
    Undecided,
}
