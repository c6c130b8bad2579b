using ClusterStats.Internal;

namespace ClusterStats.Plotting;

/// <summary>How a choropleth map turns values into colours.</summary>
public enum MapScale
{
    /// <summary>Classes holding about equal numbers of regions: breaks at the quantiles k/n of the values (R's quantile type 7).</summary>
    Quantiles,

    /// <summary>Classes of equal width from the smallest to the largest value.</summary>
    EqualInterval,

    /// <summary>Jenks natural breaks, computed exactly: the classes that minimise the sum of squared deviations from the class means (Fisher's dynamic programme).</summary>
    NaturalBreaks,

    /// <summary>No classes: colour runs continuously from the smallest to the largest value, with a colour bar.</summary>
    Continuous,

    /// <summary>
    /// A continuous diverging scale for ratios such as location quotients: centred at 1 (white), blue below and red
    /// above, colour following log2 of the value so that 1/2 and 2 are equally far from the centre.
    /// </summary>
    Diverging,
}

/// <summary>
/// Classes of a classed map: each class holds the values from its lower to its upper bound. The first class includes
/// its lower bound; every other class starts just above the previous upper bound (intervals (lower, upper]).
/// </summary>
/// <param name="Lower">The lower bound of each class.</param>
/// <param name="Upper">The upper bound of each class.</param>
internal sealed record MapClasses(double[] Lower, double[] Upper)
{
    public int Count => Upper.Length;

    /// <summary>The class of a value: the first class whose upper bound is at least the value.</summary>
    public int ClassOf(double value)
    {
        for (int c = 0; c < Upper.Length - 1; c++)
            if (value <= Upper[c]) return c;
        return Upper.Length - 1;
    }

    /// <summary>The classes of <paramref name="values"/> (finite, at least one) by <paramref name="scale"/>, at most <paramref name="classes"/> of them.</summary>
    public static MapClasses Compute(MapScale scale, IReadOnlyList<double> values, int classes)
    {
        if (classes is < 2 or > MaxClasses) MapThrow.MapClassCount(classes, MaxClasses);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) ThrowHelper.EmptyChart<int>("classed map", "region with a value");
        double[] uppers = scale switch
        {
            MapScale.Quantiles => Quantiles(sorted, classes),
            MapScale.EqualInterval => EqualIntervals(sorted, classes),
            MapScale.NaturalBreaks => NaturalBreaks(sorted, classes),
            _ => ThrowHelper.Argument<double[]>(nameof(scale), $"{scale} is not a classed scale."),
        };
        // Equal breaks (ties in the data, or fewer distinct values than classes) would make empty classes: keep one.
        var distinct = uppers.Distinct().ToArray();
        var lowers = new double[distinct.Length];
        lowers[0] = sorted[0];
        for (int c = 1; c < distinct.Length; c++) lowers[c] = distinct[c - 1];
        return new MapClasses(lowers, distinct);
    }

    /// <summary>The most classes a map draws (the colours stay apart).</summary>
    public const int MaxClasses = 9;

    /// <summary>Upper bounds at the quantiles c/k, c = 1..k, of sorted values (type 7: linear between order statistics).</summary>
    internal static double[] Quantiles(double[] sorted, int k)
    {
        var uppers = new double[k];
        for (int c = 1; c <= k; c++)
        {
            double h = (sorted.Length - 1) * (double)c / k;
            int lo = (int)Math.Floor(h);
            int hi = Math.Min(lo + 1, sorted.Length - 1);
            uppers[c - 1] = c == k ? sorted[^1] : sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
        }
        return uppers;
    }

    /// <summary>Upper bounds min + c (max - min) / k, c = 1..k, the last exactly the maximum.</summary>
    internal static double[] EqualIntervals(double[] sorted, int k)
    {
        double min = sorted[0], max = sorted[^1];
        var uppers = new double[k];
        for (int c = 1; c <= k; c++) uppers[c - 1] = c == k ? max : min + (max - min) * c / k;
        return uppers;
    }

    /// <summary>
    /// Jenks natural breaks, exactly: the split of the sorted values into at most k runs that minimises the total sum
    /// of squared deviations from the run means, by dynamic programming over every split (O(k n²)); the upper bound of
    /// a class is its largest value. Equal values never straddle a break. Ties between equally good splits go to the
    /// one whose last class starts first.
    /// </summary>
    internal static double[] NaturalBreaks(double[] sorted, int k)
    {
        // Work on the distinct values with their counts, so that equal values always fall in one class.
        var values = new List<double>();
        var counts = new List<long>();
        foreach (var v in sorted)
        {
            if (values.Count > 0 && values[^1] == v) counts[^1]++;
            else { values.Add(v); counts.Add(1); }
        }
        int n = values.Count;
        k = Math.Min(k, n);
        // Prefix sums of counts, of values and of squares, centred on the mean to keep the differences accurate.
        double centre = sorted.Average();
        var w = new double[n + 1];
        var s = new double[n + 1];
        var s2 = new double[n + 1];
        for (int i = 0; i < n; i++)
        {
            double d = values[i] - centre;
            w[i + 1] = w[i] + counts[i];
            s[i + 1] = s[i] + counts[i] * d;
            s2[i + 1] = s2[i] + counts[i] * d * d;
        }
        // The sum of squared deviations of the distinct values i..j (inclusive) from their mean.
        double Ssd(int i, int j)
        {
            double ww = w[j + 1] - w[i], ss = s[j + 1] - s[i];
            return Math.Max(0, s2[j + 1] - s2[i] - ss * ss / ww);
        }

        // cost[c][j]: the least total for values 0..j in c + 1 classes; start[c][j]: where its last class starts.
        var cost = new double[k][];
        var start = new int[k][];
        cost[0] = new double[n];
        start[0] = new int[n];
        for (int j = 0; j < n; j++) cost[0][j] = Ssd(0, j);
        for (int c = 1; c < k; c++)
        {
            cost[c] = new double[n];
            start[c] = new int[n];
            for (int j = 0; j < n; j++)
            {
                if (j < c) { cost[c][j] = double.PositiveInfinity; continue; }
                double best = double.PositiveInfinity;
                int bestStart = c;
                for (int i = c; i <= j; i++)
                {
                    double total = cost[c - 1][i - 1] + Ssd(i, j);
                    if (total < best) { best = total; bestStart = i; }
                }
                cost[c][j] = best;
                start[c][j] = bestStart;
            }
        }

        var uppers = new double[k];
        int end = n - 1;
        for (int c = k - 1; c >= 0; c--)
        {
            uppers[c] = values[end];
            end = c == 0 ? -1 : start[c][end] - 1;
        }
        return uppers;
    }
}
