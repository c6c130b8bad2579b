using ClusterStats.Internal;

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
public sealed record BarItem(string Label, double Value, double? Low = null, double? High = null, bool IsFocal = false);

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
public sealed record BubbleItem(string Label, double Firms, double OutputValue, double Pairs, bool IsFocal = false);

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

/// <summary>
/// A Lorenz curve of a variable over regions (or firms) and its Gini coefficient.
/// </summary>
/// <remarks>
/// Values are sorted ascending; point k is (k/n, cumulative share of the k smallest values), starting at (0, 0) and
/// ending at (1, 1). The Gini coefficient is one minus twice the area under that polyline (trapezoids):
/// G = 1 - Σ (X_k - X_(k-1)) (Y_k + Y_(k-1)). With every region weighted equally this equals the discrete Gini
/// Σ_i Σ_j |x_i - x_j| / (2 n² mean): 0 when all values are equal, (n-1)/n when one region holds everything.
/// </remarks>
public sealed class LorenzCurve
{
    private LorenzCurve(IReadOnlyList<(double X, double Y)> points, double gini, int count)
    {
        Points = points;
        Gini = gini;
        Count = count;
    }

    /// <summary>The curve's points, from (0, 0) to (1, 1): x = share of regions, y = share of the total.</summary>
    public IReadOnlyList<(double X, double Y)> Points { get; }

    /// <summary>The Gini coefficient, between 0 (equal) and (n-1)/n (one region holds everything).</summary>
    public double Gini { get; }

    /// <summary>The number of values.</summary>
    public int Count { get; }

    /// <summary>Builds the curve of <paramref name="values"/> (non-negative, finite, at least one positive).</summary>
    /// <exception cref="ClusterStatsException">When a value is negative or not finite, or all are zero, or there are none.</exception>
    public static LorenzCurve FromValues(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.ToArray();
        for (int i = 0; i < sorted.Length; i++)
            if (!double.IsFinite(sorted[i]) || sorted[i] < 0)
                ThrowHelper.Invalid($"Lorenz curve: value {i + 1} is {sorted[i].ToString(System.Globalization.CultureInfo.InvariantCulture)}; expected a finite value >= 0.");
        Array.Sort(sorted);
        double total = sorted.Sum();
        if (sorted.Length == 0 || total <= 0)
            ThrowHelper.Invalid("Lorenz curve: expected at least one positive value.");

        int n = sorted.Length;
        var points = new (double X, double Y)[n + 1];
        double cumulative = 0, area2 = 0;
        for (int k = 1; k <= n; k++)
        {
            cumulative += sorted[k - 1];
            points[k] = ((double)k / n, k == n ? 1.0 : cumulative / total);
            area2 += (points[k].X - points[k - 1].X) * (points[k].Y + points[k - 1].Y);
        }
        return new LorenzCurve(points, 1 - area2, n);
    }
}
