namespace ClusterStats.Spatial.Internal;

/// <summary>
/// spdep's <c>spweights.constants</c> with adjust.n = TRUE: n (regions with a neighbour), S0 = Σ w_ij,
/// S1 = Σ_i Σ_j∈N(i) (w_ij² + w_ij w_ji), S2 = Σ_i (Σ_j w_ij + Σ_j w_ji)².
/// </summary>
internal readonly record struct WeightsConstants(int N, double S0, double S1, double S2)
{
    public static WeightsConstants Of(SpatialWeights weights)
    {
        int count = weights.Count;
        var rowSums = new double[count];
        var columnSums = new double[count];
        double s0 = 0, s1 = 0;
        for (int i = 0; i < count; i++)
        {
            var nb = weights.Neighbours(i);
            var w = weights.Weights(i);
            for (int e = 0; e < nb.Length; e++)
            {
                double wij = w[e];
                rowSums[i] += wij;
                columnSums[nb[e]] += wij;
                s0 += wij;
                int back = weights.Neighbours(nb[e]).BinarySearch(i);
                double wji = back >= 0 ? weights.Weights(nb[e])[back] : 0;
                s1 += wij * wij + wij * wji;
            }
        }
        double s2 = 0;
        for (int i = 0; i < count; i++) s2 += (rowSums[i] + columnSums[i]) * (rowSums[i] + columnSums[i]);
        return new WeightsConstants(count - weights.Islands.Count, s0, s1, s2);
    }
}
