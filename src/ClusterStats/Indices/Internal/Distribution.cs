using System.Globalization;
using ClusterStats.Internal;

namespace ClusterStats.Indices;

/// <summary>
/// Indices of one distribution of non-negative values (regions' values, or one region's industry mix). Every index is
/// invariant to the scale of the values, so each works on a copy scaled by a power of two (exact) that brings the
/// largest magnitude into [0.5, 1): sums of values near double.MaxValue cannot overflow, squares of subnormal values
/// cannot underflow to zero, and a value too small to survive the scaling (below 2^-1074 of the largest) is one whose
/// share is zero in double precision anyway; logarithms of such values are taken from the original.
/// </summary>
internal static class Distribution
{
    public static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Checks finite, non-negative values, at least <paramref name="minCount"/>; returns the sum.</summary>
    public static double Check(IReadOnlyList<double> x, string index, int minCount = 1, bool positiveSum = true)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Count < minCount) ThrowHelper.TooFewValues(index, minCount, x.Count);
        double sum = 0;
        for (int k = 0; k < x.Count; k++)
        {
            if (!double.IsFinite(x[k])) ThrowHelper.ValueNotFinite(index, k + 1, Format(x[k]), "remove or fill missing values first");
            if (x[k] < 0) ThrowHelper.ValueNegative(index, k + 1, Format(x[k]));
            sum += x[k];
        }
        if (positiveSum && sum <= 0) ThrowHelper.UndefinedIndex(index, $"all values are zero, so shares are 0/0 and the index is undefined.");
        return sum;
    }

    /// <summary>
    /// The values times 2^<paramref name="exponent"/>, the power of two that brings the largest magnitude into [0.5, 1)
    /// (no scaling when all are zero). Scaling by a power of two is exact unless a value falls below the smallest
    /// subnormal relative to the largest.
    /// </summary>
    public static double[] Scaled(IReadOnlyList<double> x, out int exponent)
    {
        double max = 0;
        for (int k = 0; k < x.Count; k++) max = Math.Max(max, Math.Abs(x[k]));
        exponent = max > 0 ? -Math.ILogB(max) - 1 : 0;
        var scaled = new double[x.Count];
        for (int k = 0; k < scaled.Length; k++) scaled[k] = Math.ScaleB(x[k], exponent);
        return scaled;
    }

    /// <summary>ln(v / mu) for a value v = <paramref name="scaled"/> x 2^-exponent (original <paramref name="original"/>) and a scaled mean, without underflow.</summary>
    private static double LogRatio(double original, double scaled, double scaledMean, int exponent) =>
        double.IsNormal(scaled)
            ? Math.Log(scaled / scaledMean)
            : Math.Log(original) + exponent * Math.Log(2) - Math.Log(scaledMean);

    public static void CheckLogBase(double logBase)
    {
        if (!(logBase > 0) || logBase == 1 || !double.IsFinite(logBase)) ThrowHelper.ParameterOutOfRange("Entropy", "the logarithm base must be positive and not 1", Format(logBase));
    }

    public static HerfindahlResult Herfindahl(IReadOnlyList<double> x)
    {
        Check(x, "Herfindahl");
        return HerfindahlOfChecked(Scaled(x, out _));
    }

    /// <summary>Herfindahl of values already known to be finite and non-negative with a positive sum.</summary>
    public static HerfindahlResult HerfindahlOfChecked(ReadOnlySpan<double> x)
    {
        double sum = 0, h = 0;
        foreach (var v in x) sum += v;
        foreach (var v in x) h += (v / sum) * (v / sum);
        return HerfindahlOf(h, x.Length);
    }

    /// <summary>The Herfindahl result of a sum of squared shares <paramref name="h"/> over <paramref name="n"/> values.</summary>
    public static HerfindahlResult HerfindahlOf(double h, int n) =>
        new(h, n == 1 ? double.NaN : (h - 1.0 / n) / (1 - 1.0 / n), 1 / h, n);

    public static double Entropy(IReadOnlyList<double> x, double logBase)
    {
        CheckLogBase(logBase);
        Check(x, "Entropy");
        return EntropyOfChecked(Scaled(x, out _), logBase);
    }

    /// <summary>Entropy of values already known to be finite and non-negative with a positive sum.</summary>
    public static double EntropyOfChecked(ReadOnlySpan<double> x, double logBase)
    {
        double sum = 0, e = 0;
        foreach (var v in x) sum += v;
        foreach (var v in x)
        {
            if (v > 0) e -= v / sum * Math.Log(v / sum);
        }
        return e / Math.Log(logBase);
    }

    public static GiniResult Gini(IReadOnlyList<double> x, IReadOnlyList<double>? classSizes)
    {
        Check(x, "Gini");
        int n = x.Count;
        var w = new double[n];
        if (classSizes is null) Array.Fill(w, 1.0);
        else
        {
            if (classSizes.Count != n) ThrowHelper.LengthMismatch("Gini", n, classSizes.Count, "class sizes");
            Check(classSizes, "Gini class sizes");
            w = Scaled(classSizes, out _);
        }
        x = Scaled(x, out _);
        var order = Enumerable.Range(0, n).OrderBy(k => x[k]).ToArray();
        double totalW = w.Sum(), totalV = 0;
        for (int k = 0; k < n; k++) totalV += x[k] * w[k];
        if (totalV <= 0) ThrowHelper.UndefinedIndex("Gini", $"the total is zero, so the Lorenz curve is 0/0 and the index undefined.");
        var points = new LorenzPoint[n + 1];
        points[0] = new LorenzPoint(0, 0);
        double cumW = 0, cumV = 0, g = 0;
        for (int k = 0; k < n; k++)
        {
            int j = order[k];
            cumW += w[j];
            cumV += x[j] * w[j];
            var p = new LorenzPoint(k == n - 1 ? 1 : cumW / totalW, k == n - 1 ? 1 : cumV / totalV);
            g += p.Value * points[k].Population - points[k].Value * p.Population;
            points[k + 1] = p;
        }
        var normalised = classSizes is null && n > 1 ? g * n / (n - 1) : double.NaN;
        return new GiniResult(g, normalised, n, classSizes is not null, points);
    }

    public static double Hoover(IReadOnlyList<double> x, IReadOnlyList<double>? reference)
    {
        Check(x, "Hoover");
        int n = x.Count;
        x = Scaled(x, out _);
        double sum = x.Sum(), refSum = n;
        if (reference is not null)
        {
            if (reference.Count != n) ThrowHelper.LengthMismatch("Hoover", n, reference.Count, "reference values");
            Check(reference, "Hoover reference");
            reference = Scaled(reference, out _);
            refSum = reference.Sum();
        }
        double h = 0;
        for (int k = 0; k < n; k++) h += Math.Abs(x[k] / sum - (reference is null ? 1 : reference[k]) / refSum);
        return h / 2;
    }

    public static double TheilT(IReadOnlyList<double> x)
    {
        Check(x, "Theil T");
        x = Scaled(x, out _);
        var mu = x.Sum() / x.Count;
        double t = 0;
        foreach (var v in x)
        {
            if (v > 0) t += v / mu * Math.Log(v / mu);
        }
        return t / x.Count;
    }

    public static double TheilL(IReadOnlyList<double> x)
    {
        Check(x, "Theil L");
        var scaled = Scaled(x, out var exponent);
        var mu = scaled.Sum() / x.Count;
        double t = 0;
        for (int k = 0; k < x.Count; k++)
        {
            if (x[k] == 0) ThrowHelper.UndefinedIndex("Theil L (mean log deviation)", $"value #{k + 1} is zero, and ln(mean/0) is infinite; the index is undefined (Theil T allows zeros).");
            t -= LogRatio(x[k], scaled[k], mu, exponent);
        }
        return t / x.Count;
    }

    public static double CoefficientOfVariation(IReadOnlyList<double> x, DeviationKind kind)
    {
        ArgumentNullException.ThrowIfNull(x);
        int n = x.Count;
        if (kind == DeviationKind.Sample && n < 2) ThrowHelper.SampleDeviationTooFew(n);
        if (n < 1) ThrowHelper.NoValues("Coefficient of variation");
        for (int k = 0; k < n; k++)
        {
            if (!double.IsFinite(x[k])) ThrowHelper.ValueNotFinite("Coefficient of variation", k + 1, Format(x[k]));
        }
        x = Scaled(x, out _);
        var mean = x.Sum() / n;
        if (mean == 0) ThrowHelper.UndefinedIndex("Coefficient of variation", $"the mean is zero, so sd/|mean| is undefined.");
        double ss = 0;
        foreach (var v in x) ss += (v - mean) * (v - mean);
        var sd = Math.Sqrt(ss / (kind == DeviationKind.Sample ? n - 1 : n));
        return sd / Math.Abs(mean);
    }

    public static double Atkinson(IReadOnlyList<double> x, double epsilon)
    {
        if (!(epsilon >= 0) || !double.IsFinite(epsilon)) ThrowHelper.ParameterOutOfRange("Atkinson", "epsilon must be finite and >= 0", Format(epsilon));
        Check(x, "Atkinson");
        int n = x.Count;
        var scaled = Scaled(x, out var exponent);
        var mu = scaled.Sum() / n;
        if (epsilon == 1)
        {
            double logSum = 0;
            for (int k = 0; k < n; k++)
            {
                if (x[k] == 0) return 1; // the geometric mean is 0: A = 1 - 0/mu
                logSum += LogRatio(x[k], scaled[k], mu, exponent);
            }
            return 1 - Math.Exp(logSum / n);
        }
        // The power mean of the ratios v/mu, (mean of (v/mu)^(1 - epsilon))^(1/(1 - epsilon)), through logarithms with the
        // largest term factored out (log-sum-exp): (v/mu)^(1 - epsilon) overflows a double once epsilon is a few hundred,
        // while the mean itself tends to min/mu and the index to 1 - min/mu. The largest term is the largest ratio for
        // epsilon < 1 and the smallest for epsilon > 1, so every exponent below is at most 0.
        double a = 1 - epsilon;
        var logs = new double[n];
        double pivot = a > 0 ? double.NegativeInfinity : double.PositiveInfinity;
        for (int k = 0; k < n; k++)
        {
            if (x[k] == 0)
            {
                if (epsilon > 1) ThrowHelper.UndefinedIndex($"Atkinson(epsilon = {Format(epsilon)})", $"value #{k + 1} is zero and 0^(1 - epsilon) is infinite; the index is undefined for epsilon > 1 with zeros.");
                logs[k] = double.NegativeInfinity; // 0^(1 - epsilon) = 0 for epsilon < 1
                continue;
            }
            logs[k] = LogRatio(x[k], scaled[k], mu, exponent);
            pivot = a > 0 ? Math.Max(pivot, logs[k]) : Math.Min(pivot, logs[k]);
        }
        double sum = 0;
        foreach (var l in logs) sum += Math.Exp(a * (l - pivot));
        return 1 - Math.Exp(pivot + Math.Log(sum / n) / a);
    }

    /// <summary>Quantile type 7 (R's default): linear interpolation between order statistics.</summary>
    public static double QuantileType7(IReadOnlyList<double> x, double p)
    {
        var s = x.OrderBy(v => v).ToArray();
        var h = (s.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        return lo + 1 >= s.Length ? s[lo] : s[lo] + (h - lo) * (s[lo + 1] - s[lo]);
    }
}
