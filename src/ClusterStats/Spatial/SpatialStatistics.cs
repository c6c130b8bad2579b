using System.Globalization;
using ClusterStats.Internal;
using ClusterStats.Spatial.Internal;

namespace ClusterStats.Spatial;

/// <summary>
/// Global and local spatial statistics on <see cref="SpatialWeights"/>, equal to spdep 1.2 (<c>moran.test</c>,
/// <c>geary.test</c>, <c>localmoran</c>, <c>localG</c>) with the defaults named on each method. Values are in the order of
/// <see cref="SpatialWeights.Regions"/>. Permutations use ClusterStats' own seeded generator, so results repeat for a seed
/// (R's draws cannot be matched). Thread-safe: nothing is shared between calls.
/// </summary>
public static class SpatialStatistics
{
    /// <summary>The seed permutations use unless another is given.</summary>
    public const ulong DefaultSeed = 20261129;

    /// <summary>The number of conditional permutations of local Moran unless another is given.</summary>
    public const int DefaultLocalPermutations = 999;

    /// <summary>
    /// Moran's I with its expectation, variance, z and p as spdep's <c>moran.test</c> (adjust.n = TRUE: islands kept under
    /// <see cref="IslandPolicy.Keep"/> reduce n); with <paramref name="permutations"/> &gt; 0 also a permutation p-value.
    /// </summary>
    /// <param name="weights">The spatial weights.</param>
    /// <param name="values">One finite value per region, in the order of the weights.</param>
    /// <param name="assumption">Randomisation (default) or normality.</param>
    /// <param name="alternative">Greater (default, as spdep), less or two-sided.</param>
    /// <param name="permutations">The number of random permutations for <see cref="MoranResult.PermutationP"/> (0: none).</param>
    /// <param name="seed">The seed of the permutations.</param>
    /// <exception cref="ClusterStatsException">Values and weights differ in length, a value is not finite, the values are all equal, or fewer than 4 regions count.</exception>
    public static MoranResult Moran(this SpatialWeights weights, IReadOnlyList<double> values, Assumption assumption = Assumption.Randomisation,
        Alternative alternative = Alternative.Greater, int permutations = 0, ulong seed = DefaultSeed)
    {
        const string Index = "Moran's I";
        var x = Check(Index, weights, values, 4);
        CheckPermutations(Index, permutations);
        var c = WeightsConstants.Of(weights);
        var z = Centred(x);
        double zz = SumOfSquares(z);
        if (zz == 0) ThrowHelper.UndefinedIndex(Index, "all values are equal, so there is no variation to correlate.");
        double n = c.N, nn = n * n, s02 = c.S0 * c.S0;
        double k = x.Length * Sum4(z) / (zz * zz);
        // I = (n / S0) Σ z lag(z) / Σz², with one factor shared by the observed and the permuted I so that ties compare equal.
        double factor = n / c.S0 / zz;
        double i = factor * CrossLag(weights, z);
        double e = -1.0 / (n - 1);
        double v;
        if (assumption == Assumption.Randomisation)
        {
            v = n * (c.S1 * (nn - 3 * n + 3) - n * c.S2 + 3 * s02);
            v -= k * (c.S1 * (nn - n) - 2 * n * c.S2 + 6 * s02);
            v = v / ((n - 1) * (n - 2) * (n - 3) * s02) - e * e;
        }
        else
        {
            v = (nn * c.S1 - n * c.S2 + 3 * s02) / (s02 * (nn - 1)) - e * e;
        }
        double zi = (i - e) / Math.Sqrt(v);
        double? pPerm = null;
        if (permutations > 0)
        {
            int above = 0, below = 0;
            foreach (var sim in PermutedMoran(weights, z, factor, permutations, seed))
            {
                if (sim >= i) above++;
                if (sim <= i) below++;
            }
            pPerm = PermutationP(above, below, permutations, alternative);
        }
        return new MoranResult(i, e, v, zi, Normal.PValue(zi, alternative), pPerm, permutations, seed, assumption, alternative, c.N);
    }

    /// <summary>Geary's C with its expectation 1, variance, z = (1 − C)/√Var and p as spdep's <c>geary.test</c> (adjust.n = TRUE).</summary>
    /// <param name="weights">The spatial weights.</param>
    /// <param name="values">One finite value per region, in the order of the weights.</param>
    /// <param name="assumption">Randomisation (default) or normality.</param>
    /// <param name="alternative">Greater (default, as spdep: positive autocorrelation, C below 1), less or two-sided.</param>
    /// <exception cref="ClusterStatsException">As <see cref="Moran"/>.</exception>
    public static GearyResult Geary(this SpatialWeights weights, IReadOnlyList<double> values, Assumption assumption = Assumption.Randomisation,
        Alternative alternative = Alternative.Greater)
    {
        const string Index = "Geary's C";
        var x = Check(Index, weights, values, 4);
        var c = WeightsConstants.Of(weights);
        var z = Centred(x);
        double zz0 = SumOfSquares(z);
        if (zz0 == 0) ThrowHelper.UndefinedIndex(Index, "all values are equal, so there is no variation to correlate.");
        // spdep scales the values (z / sd) first; C does not change, K and the sums are taken of the scaled values.
        double sd = Math.Sqrt(zz0 / (x.Length - 1));
        for (int r = 0; r < z.Length; r++) z[r] /= sd;
        double zz = SumOfSquares(z);
        double n = c.N, all = x.Length, nn = n * n, s02 = c.S0 * c.S0, n1 = n - 1;
        double k = n * Sum4(z) / (zz * zz);
        double sum = 0;
        for (int r = 0; r < weights.Count; r++)
        {
            var nb = weights.Neighbours(r);
            var w = weights.Weights(r);
            for (int e = 0; e < nb.Length; e++)
            {
                double d = z[r] - z[nb[e]];
                sum += w[e] * d * d;
            }
        }
        double cStat = n1 / (2 * c.S0) * (sum / zz);
        double v;
        if (assumption == Assumption.Randomisation)
        {
            // As spdep: n of the weights (islands taken out) and the plain count of regions where it uses each.
            v = n1 * c.S1 * (nn - 3 * all + 3 - k * n1);
            v -= 0.25 * (n1 * c.S2 * (nn + 3 * all - 6 - k * (nn - all + 2)));
            v += s02 * (nn - 3 - k * n1 * n1);
            v /= all * (n - 2) * (n - 3) * s02;
        }
        else
        {
            v = ((2 * c.S1 + c.S2) * n1 - 4 * s02) / (2 * (all + 1) * s02);
        }
        double zc = (1 - cStat) / Math.Sqrt(v);
        return new GearyResult(cStat, 1, v, zc, Normal.PValue(zc, alternative), assumption, alternative, c.N);
    }

    /// <summary>
    /// Local Moran Ii of every region as spdep's <c>localmoran</c> (conditional = TRUE; mlvar = TRUE unless
    /// <paramref name="variance"/> is <see cref="LocalVariance.NMinusOne"/>), the PySAL quadrant, and conditional-permutation
    /// pseudo p-values: for each region the values of the other regions are drawn at random onto its neighbours.
    /// </summary>
    /// <param name="weights">The spatial weights.</param>
    /// <param name="values">One finite value per region, in the order of the weights.</param>
    /// <param name="alternative">Two-sided (default, as spdep's localmoran), greater or less, for the normal p-values.</param>
    /// <param name="variance">The divisor of s² in Ii.</param>
    /// <param name="permutations">Conditional permutations per region (default 999; 0: no pseudo p-values).</param>
    /// <param name="seed">The seed of the permutations.</param>
    /// <exception cref="ClusterStatsException">Values and weights differ in length, a value is not finite, the values are all equal, or fewer than 3 regions.</exception>
    public static LocalMoranResult LocalMoran(this SpatialWeights weights, IReadOnlyList<double> values, Alternative alternative = Alternative.TwoSided,
        LocalVariance variance = LocalVariance.N, int permutations = DefaultLocalPermutations, ulong seed = DefaultSeed)
    {
        const string Index = "Local Moran";
        var x = Check(Index, weights, values, 3);
        CheckPermutations(Index, permutations);
        int count = x.Length;
        double n = count;
        var z = Centred(x);
        double zz = SumOfSquares(z);
        if (zz == 0) ThrowHelper.UndefinedIndex(Index, "all values are equal, so there is no variation to correlate.");
        double s2 = zz / (variance == LocalVariance.N ? n : n - 1);
        double m2 = zz / n;
        var rows = new LocalMoranRegion[count];
        var lags = Lag(weights, z);
        for (int r = 0; r < count; r++)
        {
            var w = weights.Weights(r);
            double wi = 0, wi2 = 0;
            foreach (var v in w)
            {
                wi += v;
                wi2 += v * v;
            }
            double ii = z[r] / s2 * lags[r];
            double e = -(z[r] * z[r] * wi) / ((n - 1) * m2);
            double zm = z[r] / m2;
            double var = zm * zm * (n / (n - 2)) * (wi2 - wi * wi / (n - 1)) * (m2 - z[r] * z[r] / (n - 1));
            double zi = (ii - e) / Math.Sqrt(var);
            var quadrant = z[r] > 0 ? (lags[r] > 0 ? LisaQuadrant.HighHigh : LisaQuadrant.HighLow) : (lags[r] > 0 ? LisaQuadrant.LowHigh : LisaQuadrant.LowLow);
            rows[r] = new LocalMoranRegion(weights.Regions[r], ii, e, var, zi, Normal.PValue(zi, alternative), quadrant, null);
        }
        if (permutations > 0)
        {
            var pseudo = ConditionalPermutation.LocalMoran(weights, z, s2, rows.Select(r => r.LocalI).ToArray(), permutations, seed);
            for (int r = 0; r < count; r++) rows[r] = rows[r] with { PseudoP = pseudo[r] };
        }
        return new LocalMoranResult(rows, permutations, seed, alternative);
    }

    /// <summary>
    /// Getis-Ord z-scores as spdep's <c>localG</c>: Gi* on the weights with each region added to its own neighbours
    /// (spdep's include.self, restyled in the weights' style) when <paramref name="includeSelf"/>, else Gi.
    /// </summary>
    /// <param name="weights">The spatial weights (without self; Gi* adds it).</param>
    /// <param name="values">One finite value per region, in the order of the weights.</param>
    /// <param name="includeSelf">Gi* (default) or Gi.</param>
    /// <param name="alternative">Two-sided (default, as localG's internals), greater or less.</param>
    /// <exception cref="ClusterStatsException">Values and weights differ in length, a value is not finite, the values are all equal, or fewer than 3 regions.</exception>
    public static GetisOrdResult GetisOrd(this SpatialWeights weights, IReadOnlyList<double> values, bool includeSelf = true, Alternative alternative = Alternative.TwoSided)
    {
        const string Index = "Getis-Ord";
        var x = Check(Index, weights, values, 3);
        var w = includeSelf ? weights.WithSelf() : weights;
        int count = x.Length;
        double n = count, sum = 0, sum2 = 0;
        foreach (var v in x)
        {
            sum += v;
            sum2 += v * v;
        }
        double mean = sum / n;
        var centred = Centred(x);
        double s2Star = SumOfSquares(centred) / n;
        if (s2Star == 0) ThrowHelper.UndefinedIndex(Index, "all values are equal, so no region stands out.");
        var lags = Lag(w, x);
        var rows = new GetisOrdRegion[count];
        for (int r = 0; r < count; r++)
        {
            double wi = 0, s1i = 0;
            foreach (var v in w.Weights(r))
            {
                wi += v;
                s1i += v * v;
            }
            double xbar, si2, vg;
            if (includeSelf)
            {
                xbar = mean;
                si2 = s2Star;
                vg = si2 * ((n * s1i - wi * wi) / (n - 1));
            }
            else
            {
                xbar = (sum - x[r]) / (n - 1);
                si2 = (sum2 - x[r] * x[r]) / (n - 1) - xbar * xbar;
                vg = si2 * (((n - 1) * s1i - wi * wi) / (n - 2));
            }
            double g = (lags[r] - wi * xbar) / Math.Sqrt(vg);
            rows[r] = new GetisOrdRegion(weights.Regions[r], g, Normal.PValue(g, alternative));
        }
        return new GetisOrdResult(rows, includeSelf, alternative);
    }

    /// <summary>
    /// P-values adjusted for multiple testing as R's <c>p.adjust</c> ("bonferroni", "BH"); NaN p-values stay NaN and do
    /// not count among the tests.
    /// </summary>
    /// <exception cref="ClusterStatsException">A p-value is outside 0..1.</exception>
    public static double[] AdjustPValues(IReadOnlyList<double> pValues, PValueAdjustment method)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        for (int i = 0; i < pValues.Count; i++)
        {
            if (!double.IsNaN(pValues[i]) && !(pValues[i] >= 0 && pValues[i] <= 1))
                ThrowHelper.ParameterOutOfRange("P-value adjustment", string.Create(CultureInfo.InvariantCulture, $"p-value #{i + 1} must be between 0 and 1"), pValues[i].ToString("R", CultureInfo.InvariantCulture));
        }
        var result = new double[pValues.Count];
        var tested = Enumerable.Range(0, pValues.Count).Where(i => !double.IsNaN(pValues[i])).ToArray();
        for (int i = 0; i < result.Length; i++) result[i] = double.NaN;
        double m = tested.Length;
        if (method == PValueAdjustment.Bonferroni)
        {
            foreach (var i in tested) result[i] = Math.Min(1, m * pValues[i]);
            return result;
        }
        // Benjamini-Hochberg: from the largest p down, the running minimum of m/rank * p.
        var order = tested.OrderByDescending(i => pValues[i]).ThenBy(i => i).ToArray();
        double running = double.PositiveInfinity;
        for (int k = 0; k < order.Length; k++)
        {
            double rank = m - k;
            running = Math.Min(running, m / rank * pValues[order[k]]);
            result[order[k]] = Math.Min(1, running);
        }
        return result;
    }

    private static double[] Check(string index, SpatialWeights weights, IReadOnlyList<double> values, int needed)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != weights.Count) ThrowHelper.LengthMismatch(index, values.Count, weights.Count, "regions in the weights");
        var x = new double[values.Count];
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = values[i];
            if (!double.IsFinite(x[i])) ThrowHelper.SpatialValueNotFinite(weights.Regions[i], x[i]);
        }
        int counted = weights.Count - weights.Islands.Count;
        if (counted < needed) ThrowHelper.TooFewValues(index + " (regions with a neighbour)", needed, counted);
        return x;
    }

    /// <summary>Moran's I of <paramref name="permutations"/> random permutations of the centred values (factor: n / (S0 Σz²)).</summary>
    internal static double[] PermutedMoran(SpatialWeights weights, double[] z, double factor, int permutations, ulong seed)
    {
        var rng = new SeededRandom(seed);
        var shuffled = (double[])z.Clone();
        var sims = new double[permutations];
        for (int p = 0; p < permutations; p++)
        {
            rng.Shuffle(shuffled);
            sims[p] = factor * CrossLag(weights, shuffled);
        }
        return sims;
    }

    private static void CheckPermutations(string index, int permutations)
    {
        if (permutations < 0) ThrowHelper.ParameterOutOfRange(index, "the number of permutations must be 0 or more", permutations.ToString(CultureInfo.InvariantCulture));
    }

    private static double PermutationP(int above, int below, int permutations, Alternative alternative)
    {
        double up = (above + 1.0) / (permutations + 1.0), down = (below + 1.0) / (permutations + 1.0);
        return alternative switch
        {
            Alternative.Greater => up,
            Alternative.Less => down,
            _ => Math.Min(1, 2 * Math.Min(up, down)),
        };
    }

    internal static double[] Centred(double[] x)
    {
        double mean = 0;
        foreach (var v in x) mean += v;
        mean /= x.Length;
        var z = new double[x.Length];
        for (int i = 0; i < x.Length; i++) z[i] = x[i] - mean;
        return z;
    }

    private static double SumOfSquares(double[] z)
    {
        double s = 0;
        foreach (var v in z) s += v * v;
        return s;
    }

    private static double Sum4(double[] z)
    {
        double s = 0;
        foreach (var v in z) s += v * v * v * v;
        return s;
    }

    /// <summary>The spatial lag Σ_j w_ij v_j of every region (0 for an island).</summary>
    private static double[] Lag(SpatialWeights weights, double[] v)
    {
        var lag = new double[v.Length];
        for (int r = 0; r < v.Length; r++)
        {
            var nb = weights.Neighbours(r);
            var w = weights.Weights(r);
            double s = 0;
            for (int e = 0; e < nb.Length; e++) s += w[e] * v[nb[e]];
            lag[r] = s;
        }
        return lag;
    }

    /// <summary>Σ_i z_i Σ_j w_ij z_j.</summary>
    private static double CrossLag(SpatialWeights weights, double[] z)
    {
        var offsets = weights.Offsets;
        var nb = weights.NeighbourArray;
        var w = weights.WeightArray;
        double total = 0;
        for (int r = 0; r < z.Length; r++)
        {
            double s = 0;
            for (int e = offsets[r]; e < offsets[r + 1]; e++) s += w[e] * z[nb[e]];
            total += z[r] * s;
        }
        return total;
    }
}
