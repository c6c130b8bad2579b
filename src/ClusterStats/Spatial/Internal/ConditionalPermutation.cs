using System.Runtime.CompilerServices;

namespace ClusterStats.Spatial.Internal;

/// <summary>
/// Conditional permutation of local Moran (Anselin 1995, PySAL's esda.Moran_Local): region i keeps its own value; for each
/// permutation the values of k_i other regions, drawn at random without replacement, take the places of its k_i
/// neighbours. The pseudo p-value is folded as PySAL's: (min(larger, N − larger) + 1) / (N + 1), where larger counts the
/// permuted Ii at or above the observed one. NaN for an island (nothing to permute).
/// </summary>
internal static class ConditionalPermutation
{
    public static double[] LocalMoran(SpatialWeights weights, double[] z, double s2, double[] observed, int permutations, ulong seed)
    {
        int n = z.Length;
        var rng = new SeededRandom(seed);
        var result = new double[n];
        var others = new int[n - 1];
        for (int i = 0; i < n; i++)
        {
            var w = weights.Weights(i);
            if (w.Length == 0)
            {
                result[i] = double.NaN;
                continue;
            }
            Others(others, i);
            double factor = z[i] / s2;
            int larger = 0;
            for (int p = 0; p < permutations; p++)
            {
                if (factor * DrawnLag(rng, others, w, z) >= observed[i]) larger++;
            }
            if (permutations - larger < larger) larger = permutations - larger;
            result[i] = (larger + 1.0) / (permutations + 1.0);
        }
        return result;
    }

    /// <summary>The permuted Ii of one region (what <see cref="LocalMoran"/> counts), for checking their distribution.</summary>
    public static double[] Simulated(SpatialWeights weights, double[] z, double s2, int region, int permutations, ulong seed)
    {
        var rng = new SeededRandom(seed);
        var others = new int[z.Length - 1];
        Others(others, region);
        var sims = new double[permutations];
        for (int p = 0; p < permutations; p++) sims[p] = z[region] / s2 * DrawnLag(rng, others, weights.Weights(region), z);
        return sims;
    }

    private static void Others(int[] others, int region)
    {
        for (int j = 0, o = 0; j <= others.Length; j++)
        {
            if (j != region) others[o++] = j;
        }
    }

    /// <summary>
    /// Σ_t w_t z[drawn_t] for k = w.Length positions drawn without replacement by a partial Fisher-Yates shuffle of
    /// <paramref name="others"/> (left shuffled; its order does not matter for the next draw).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double DrawnLag(SeededRandom rng, int[] others, ReadOnlySpan<double> w, double[] z)
    {
        double lag = 0;
        int m = others.Length;
        for (int t = 0; t < w.Length; t++)
        {
            int pick = t + rng.Next(m - t);
            (others[t], others[pick]) = (others[pick], others[t]);
            lag += w[t] * z[others[t]];
        }
        return lag;
    }
}
