using System.Collections;
using Microsoft.Data.Analysis;

namespace ClusterStats.Spatial;

/// <summary>The variance a global test assumes for its statistic (spdep's <c>randomisation</c> argument).</summary>
public enum Assumption
{
    /// <summary>Under randomisation of the values over the regions (spdep's default, randomisation = TRUE).</summary>
    Randomisation,

    /// <summary>Under normality of the values (randomisation = FALSE).</summary>
    Normality,
}

/// <summary>The divisor of s², the variance of the values, in local Moran's Ii = (z_i / s²) Σ_j w_ij z_j.</summary>
public enum LocalVariance
{
    /// <summary>n: Σz²/n, spdep's mlvar = TRUE (default).</summary>
    N,

    /// <summary>n − 1: Σz²/(n − 1), as PySAL's esda.Moran_Local (spdep's mlvar = FALSE).</summary>
    NMinusOne,
}

/// <summary>How p-values of many local tests are adjusted for multiple testing (R's <c>p.adjust</c>).</summary>
public enum PValueAdjustment
{
    /// <summary>Bonferroni: min(1, m p).</summary>
    Bonferroni,

    /// <summary>False discovery rate by Benjamini and Hochberg (R's "BH", alias "fdr").</summary>
    Fdr,
}

/// <summary>
/// Global Moran's I test of spatial autocorrelation (spdep's <c>moran.test</c>, and <c>moran.mc</c>'s question answered by
/// ClusterStats' own seeded permutations).
/// </summary>
/// <param name="I">Moran's I = (n / S0) Σ_ij w_ij z_i z_j / Σ_i z_i² (n reduced by the islands).</param>
/// <param name="Expected">E[I] = −1/(n − 1).</param>
/// <param name="Variance">Var[I] under <paramref name="Assumption"/>.</param>
/// <param name="Z">(I − E[I]) / √Var[I].</param>
/// <param name="PValue">The normal p-value of <paramref name="Z"/> under <paramref name="Alternative"/>.</param>
/// <param name="PermutationP">(the number of permuted I at least as extreme as I, in the direction of the alternative, + 1) / (permutations + 1); two-sided: twice the smaller tail, at most 1. Null without permutations.</param>
/// <param name="Permutations">The number of permutations (0: none).</param>
/// <param name="Seed">The seed of the permutations.</param>
/// <param name="Assumption">The variance assumption.</param>
/// <param name="Alternative">The alternative hypothesis.</param>
/// <param name="N">The number of regions that count (all minus the islands).</param>
public sealed record MoranResult(double I, double Expected, double Variance, double Z, double PValue, double? PermutationP,
    int Permutations, ulong Seed, Assumption Assumption, Alternative Alternative, int N);

/// <summary>Global Geary's C test (spdep's <c>geary.test</c>); z = (E[C] − C)/√Var[C], so positive z means positive autocorrelation.</summary>
/// <param name="C">Geary's C = (n − 1) Σ_ij w_ij (x_i − x_j)² / (2 S0 Σ_i z_i²).</param>
/// <param name="Expected">E[C] = 1.</param>
/// <param name="Variance">Var[C] under <paramref name="Assumption"/>.</param>
/// <param name="Z">(E[C] − C) / √Var[C].</param>
/// <param name="PValue">The normal p-value of <paramref name="Z"/> under <paramref name="Alternative"/>.</param>
/// <param name="Assumption">The variance assumption.</param>
/// <param name="Alternative">The alternative hypothesis.</param>
/// <param name="N">The number of regions that count (all minus the islands).</param>
public sealed record GearyResult(double C, double Expected, double Variance, double Z, double PValue, Assumption Assumption, Alternative Alternative, int N);

/// <summary>The Getis-Ord statistic of one region as a z-score (spdep's <c>localG</c>).</summary>
/// <param name="Region">The region id.</param>
/// <param name="Z">The z-score of Gi* (or Gi); NaN for an island of Gi.</param>
/// <param name="PValue">Its normal p-value under the result's alternative.</param>
public sealed record GetisOrdRegion(string Region, double Z, double PValue);

/// <summary>Getis-Ord Gi* (each region counted among its own neighbours) or Gi z-scores of every region. Immutable.</summary>
public sealed class GetisOrdResult : IReadOnlyList<GetisOrdRegion>
{
    private readonly GetisOrdRegion[] _regions;

    internal GetisOrdResult(GetisOrdRegion[] regions, bool includeSelf, Alternative alternative)
    {
        _regions = regions;
        IncludeSelf = includeSelf;
        Alternative = alternative;
    }

    /// <summary>True for Gi* (the region itself among its neighbours), false for Gi.</summary>
    public bool IncludeSelf { get; }

    /// <summary>The alternative of the p-values.</summary>
    public Alternative Alternative { get; }

    /// <summary>The number of regions.</summary>
    public int Count => _regions.Length;

    /// <summary>The region at <paramref name="index"/>.</summary>
    public GetisOrdRegion this[int index] => _regions[index];

    /// <inheritdoc/>
    public IEnumerator<GetisOrdRegion> GetEnumerator() => ((IEnumerable<GetisOrdRegion>)_regions).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The result as a DataFrame: region, gi_star (or gi), p_value.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("region", _regions.Select(r => r.Region)),
        new DoubleDataFrameColumn(IncludeSelf ? "gi_star" : "gi", _regions.Select(r => r.Z)),
        new DoubleDataFrameColumn("p_value", _regions.Select(r => r.PValue)));
}
