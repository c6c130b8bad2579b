namespace ClusterStats.Plotting;

/// <summary>
/// One bar of a comparison chart: a cluster's figure, the range where sources disagree, and whether it is the cluster
/// the chart is about.
/// </summary>
/// <param name="Label">The cluster's name as drawn (may be Chinese, Japanese or Korean).</param>
/// <param name="Value">The figure the bar shows, in the chart's unit.</param>
/// <param name="Low">The lowest figure among sources, when sources disagree; null when there is no range.</param>
/// <param name="High">The highest figure among sources, when sources disagree; null when there is no range.</param>
/// <param name="IsFocal">True for the cluster the chart is about: its bar is highlighted.</param>
/// <param name="ValueText">The text drawn after the bar; null for the value with the chart's unit ("2.6 bn pairs").</param>
public sealed record BarItem(string Label, double Value, double? Low = null, double? High = null, bool IsFocal = false, string? ValueText = null)
{
    /// <summary>Whether the bar is drawn faded: a value shown but left out of the ranking (for example far older than the others).</summary>
    public bool IsFaded { get; init; }
}

/// <summary>One figure of a cluster in one year from one source, for a time series chart.</summary>
/// <param name="Year">The year the figure refers to.</param>
/// <param name="Value">The figure, in the chart's unit.</param>
/// <param name="Source">A short name of the source (each source gets its own marker and legend entry).</param>
/// <param name="IsTarget">True for a plan target rather than an actual figure: drawn hollow and dashed.</param>
public sealed record SeriesPoint(int Year, double Value, string Source, bool IsTarget = false);

/// <summary>One cluster in a bubble chart: firms on the x axis, output value on the y axis, pairs as bubble area.</summary>
/// <param name="Label">The cluster's name as drawn.</param>
/// <param name="Firms">Number of firms (must be positive on logarithmic axes).</param>
/// <param name="OutputValue">Output value in the chart's currency (must be positive on logarithmic axes).</param>
/// <param name="Pairs">Pairs per year: the bubble's area is proportional to it.</param>
/// <param name="IsFocal">True for the cluster the chart is about: its bubble is highlighted.</param>
public sealed record BubbleItem(string Label, double Firms, double OutputValue, double Pairs, bool IsFocal = false)
{
    /// <summary>Whether the bubble is drawn faded: a cluster shown but resting on a value left out of the ranking (for example far older than the others).</summary>
    public bool IsFaded { get; init; }
}

/// <summary>
/// The shift-share components of one region's change in a variable (employment, output) over a period. They add up
/// to the region's total change.
/// </summary>
/// <param name="Region">The region's name as drawn.</param>
/// <param name="NationalShare">The change had the region grown at the national rate (national growth effect).</param>
/// <param name="IndustryMix">The change due to the region's mix of fast- or slow-growing industries.</param>
/// <param name="RegionalShift">The rest: the regional (competitive) shift.</param>
public sealed record ShiftShareRow(string Region, double NationalShare, double IndustryMix, double RegionalShift)
{
    /// <summary>The total change: the sum of the three components.</summary>
    public double Total => NationalShare + IndustryMix + RegionalShift;
}
