using MathNet.Numerics;

namespace ClusterStats.Spatial.Internal;

/// <summary>Normal p-values of a z-score, accurate far into the tails (through erfc, never 1 − Φ).</summary>
internal static class Normal
{
    /// <summary>P(Z ≥ z).</summary>
    public static double Upper(double z) => 0.5 * SpecialFunctions.Erfc(z / Math.Sqrt(2));

    /// <summary>P(Z ≤ z).</summary>
    public static double Lower(double z) => 0.5 * SpecialFunctions.Erfc(-z / Math.Sqrt(2));

    /// <summary>The p-value of z under the alternative, as spdep: greater P(Z ≥ z), less P(Z ≤ z), two-sided 2 P(Z ≥ |z|); NaN stays NaN.</summary>
    public static double PValue(double z, Alternative alternative) => double.IsNaN(z) ? double.NaN : alternative switch
    {
        Alternative.Greater => Upper(z),
        Alternative.Less => Lower(z),
        _ => 2 * Upper(Math.Abs(z)),
    };
}
