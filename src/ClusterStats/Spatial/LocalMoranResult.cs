using System.Collections;
using Microsoft.Data.Analysis;

namespace ClusterStats.Spatial;

/// <summary>
/// The quadrant of a region in the Moran scatterplot, as PySAL's <c>esda.Moran_Local.q</c> and spdep's
/// <c>quadr$pysal</c> classify it: the sign of the region's deviation z from the mean and of the spatial lag of z, where
/// a value at or below zero counts as Low.
/// </summary>
public enum LisaQuadrant
{
    /// <summary>High value among high neighbours (z &gt; 0, lag &gt; 0): a hot spot.</summary>
    HighHigh,

    /// <summary>Low value among high neighbours (z ≤ 0, lag &gt; 0).</summary>
    LowHigh,

    /// <summary>Low value among low neighbours (z ≤ 0, lag ≤ 0): a cold spot.</summary>
    LowLow,

    /// <summary>High value among low neighbours (z &gt; 0, lag ≤ 0).</summary>
    HighLow,
}

/// <summary>
/// The local Moran statistic of one region (spdep's <c>localmoran</c> columns, PySAL's quadrant, a conditional-permutation
/// pseudo p-value).
/// </summary>
/// <param name="Region">The region id.</param>
/// <param name="LocalI">Ii = (z_i / s²) Σ_j w_ij z_j.</param>
/// <param name="Expected">E[Ii] (conditional: −z_i² W_i / ((n − 1) m2)).</param>
/// <param name="Variance">Var[Ii] (conditional, as spdep's localmoran).</param>
/// <param name="Z">(Ii − E[Ii]) / √Var[Ii]; NaN for an island (its variance is 0).</param>
/// <param name="PValue">The normal p-value of <paramref name="Z"/> under the chosen alternative; NaN where Z is NaN.</param>
/// <param name="Quadrant">The Moran-scatterplot quadrant.</param>
/// <param name="PseudoP">The conditional-permutation pseudo p-value (folded, as PySAL: (min(larger, N − larger) + 1) / (N + 1)), or null when no permutations were asked; NaN for an island.</param>
public sealed record LocalMoranRegion(
    string Region, double LocalI, double Expected, double Variance, double Z, double PValue, LisaQuadrant Quadrant, double? PseudoP);

/// <summary>
/// Local Moran (LISA) of every region, in the order of the weights, with the settings that produced it. Immutable.
/// </summary>
public sealed class LocalMoranResult : IReadOnlyList<LocalMoranRegion>
{
    private readonly LocalMoranRegion[] _regions;

    /// <summary>Creates the result.</summary>
    internal LocalMoranResult(LocalMoranRegion[] regions, int permutations, ulong seed, Alternative alternative)
    {
        _regions = regions;
        Permutations = permutations;
        Seed = seed;
        Alternative = alternative;
    }

    /// <summary>The number of conditional permutations behind <see cref="LocalMoranRegion.PseudoP"/> (0: none).</summary>
    public int Permutations { get; }

    /// <summary>The seed of the permutations (the same seed gives the same pseudo p-values).</summary>
    public ulong Seed { get; }

    /// <summary>The alternative of <see cref="LocalMoranRegion.PValue"/>.</summary>
    public Alternative Alternative { get; }

    /// <summary>The number of regions.</summary>
    public int Count => _regions.Length;

    /// <summary>The region at <paramref name="index"/>.</summary>
    public LocalMoranRegion this[int index] => _regions[index];

    /// <inheritdoc/>
    public IEnumerator<LocalMoranRegion> GetEnumerator() => ((IEnumerable<LocalMoranRegion>)_regions).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The result as a DataFrame: region, local_i, expected, variance, z, p_value, quadrant[, p_permutation].</summary>
    public DataFrame ToDataFrame()
    {
        var columns = new List<DataFrameColumn>
        {
            new StringDataFrameColumn("region", _regions.Select(r => r.Region)),
            new DoubleDataFrameColumn("local_i", _regions.Select(r => r.LocalI)),
            new DoubleDataFrameColumn("expected", _regions.Select(r => r.Expected)),
            new DoubleDataFrameColumn("variance", _regions.Select(r => r.Variance)),
            new DoubleDataFrameColumn("z", _regions.Select(r => r.Z)),
            new DoubleDataFrameColumn("p_value", _regions.Select(r => r.PValue)),
            new StringDataFrameColumn("quadrant", _regions.Select(r => QuadrantText(r.Quadrant))),
        };
        if (Permutations > 0) columns.Add(new DoubleDataFrameColumn("p_permutation", _regions.Select(r => r.PseudoP ?? double.NaN)));
        return new DataFrame(columns);
    }

    /// <summary>The quadrant as written in tables and CSV: HH, LH, LL or HL.</summary>
    public static string QuadrantText(LisaQuadrant quadrant) => quadrant switch
    {
        LisaQuadrant.HighHigh => "HH",
        LisaQuadrant.LowHigh => "LH",
        LisaQuadrant.LowLow => "LL",
        _ => "HL",
    };
}

/// <summary>The alternative hypothesis of a spatial test, as spdep's <c>alternative</c>.</summary>
public enum Alternative
{
    /// <summary>The statistic is greater than expected (positive autocorrelation for Moran's I; spdep's default for global tests).</summary>
    Greater,

    /// <summary>The statistic is less than expected.</summary>
    Less,

    /// <summary>Either way (spdep's default for local tests).</summary>
    TwoSided,
}
