using ClusterStats.Indices;
using static ClusterStats.Tests.Indices.IndexTestData;

namespace ClusterStats.Tests.Indices;

/// <summary>
/// Indices on values near the ends of the double range: near double.MaxValue (sums overflow), subnormal (squares
/// underflow), both at once, and zeros. Every expectation is the hand computation on the values divided by a common
/// factor (the indices do not depend on the scale); each comment gives it.
/// </summary>
public class ExtremeValueTests
{
    private const double Tol = 1e-12;
    private const double E = double.Epsilon; // 2^-1074, the smallest subnormal

    [Test]
    public void Three_equal_values_near_the_largest_double_are_perfectly_equal()
    {
        // (1e308, 1e308, 1e308) ~ (1, 1, 1): shares 1/3 each; nothing is unequal; entropy log2 3.
        double[] x = [1e308, 1e308, 1e308];
        Assert.That(RegionalIndices.Herfindahl(x).Value, Is.EqualTo(1.0 / 3).Within(Tol));
        Assert.That(RegionalIndices.Herfindahl(x).EquivalentNumber, Is.EqualTo(3).Within(Tol));
        Assert.That(RegionalIndices.Hoover(x), Is.EqualTo(0).Within(Tol));
        Assert.That(RegionalIndices.Gini(x).Gini, Is.EqualTo(0).Within(Tol));
        Assert.That(RegionalIndices.CoefficientOfVariation(x), Is.EqualTo(0).Within(Tol));
        Assert.That(RegionalIndices.TheilT(x), Is.EqualTo(0).Within(Tol));
        Assert.That(RegionalIndices.TheilL(x), Is.EqualTo(0).Within(Tol));
        Assert.That(RegionalIndices.Entropy(x), Is.EqualTo(Math.Log2(3)).Within(Tol));
        foreach (var epsilon in new[] { 0.5, 1, 2 }) Assert.That(RegionalIndices.Atkinson(x, epsilon), Is.EqualTo(0).Within(Tol), $"epsilon {epsilon}");
    }

    [Test]
    public void Large_values_whose_squares_overflow()
    {
        // (1e160, 2e160, 3e160) ~ (1, 2, 3): mean 2, sample sd 1, CV 0.5; population sd sqrt(2/3), CV sqrt(2/3)/2.
        double[] x = [1e160, 2e160, 3e160];
        Assert.That(RegionalIndices.CoefficientOfVariation(x), Is.EqualTo(0.5).Within(Tol));
        Assert.That(RegionalIndices.CoefficientOfVariation(x, DeviationKind.Population), Is.EqualTo(Math.Sqrt(2.0 / 3) / 2).Within(Tol));
        // With negative values too (CV takes any finite values): (-1e300, 1e300, 3e300) ~ (-1, 1, 3): mean 1, sd 2, CV 2.
        Assert.That(RegionalIndices.CoefficientOfVariation([-1e300, 1e300, 3e300]), Is.EqualTo(2).Within(Tol));
    }

    [Test]
    public void Subnormal_values_keep_their_proportions()
    {
        // (1, 2, 3) x 2^-1074: shares 1/6, 1/3, 1/2. HHI (1 + 4 + 9)/36 = 7/18; Hoover (1/6 + 0 + 1/6)/2 = 1/6;
        // Gini: sum over ordered pairs |xi - xj| = 8, G = 8 / (2 n^2 mu) = 8/36 = 2/9; CV (sample) 1/2;
        // Theil L = (ln 2 + ln 1 + ln 2/3)/3 = ln(4/3)/3; Atkinson(1) = 1 - 6^(1/3)/2.
        double[] x = [E, 2 * E, 3 * E];
        Assert.That(RegionalIndices.Herfindahl(x).Value, Is.EqualTo(7.0 / 18).Within(Tol));
        Assert.That(RegionalIndices.Hoover(x), Is.EqualTo(1.0 / 6).Within(Tol));
        Assert.That(RegionalIndices.Gini(x).Gini, Is.EqualTo(2.0 / 9).Within(Tol));
        Assert.That(RegionalIndices.CoefficientOfVariation(x), Is.EqualTo(0.5).Within(Tol));
        Assert.That(RegionalIndices.TheilL(x), Is.EqualTo(Math.Log(4.0 / 3) / 3).Within(Tol));
        Assert.That(RegionalIndices.Atkinson(x, 1), Is.EqualTo(1 - Math.Cbrt(6) / 2).Within(Tol));
        // Two equal subnormals are equal: CV 0, not a division of underflowed squares.
        Assert.That(RegionalIndices.CoefficientOfVariation([E, E]), Is.EqualTo(0));
    }

    [Test]
    public void Values_from_1e_minus_300_to_1e300_at_once()
    {
        // (1e-300, 1e300): the small value's share is 1e-600, zero in double precision. Hoover (1/2 + 1/2)/2 = 1/2;
        // Gini: L = (0, 1) at P = (1/2, 1): G = 1 x 1/2 = 1/2, normalised x n/(n - 1) = 1; HHI 1; Theil T = ln 2 (its
        // maximum ln n); CV (sample): mean m = 5e299, deviations +-m, sd m sqrt 2, CV sqrt 2;
        // Theil L = (ln(m/1e-300) + ln(m/1e300))/2 = ln(2.5e599)/2 = (ln 2.5 + 599 ln 10)/2: the logarithm of the tiny
        // value is taken from the value itself, not from a share that underflowed to zero.
        double[] x = [1e-300, 1e300];
        Assert.That(RegionalIndices.Hoover(x), Is.EqualTo(0.5).Within(Tol));
        Assert.That(RegionalIndices.Gini(x).Gini, Is.EqualTo(0.5).Within(Tol));
        Assert.That(RegionalIndices.Gini(x).Normalised, Is.EqualTo(1).Within(Tol));
        Assert.That(RegionalIndices.Herfindahl(x).Value, Is.EqualTo(1).Within(Tol));
        Assert.That(RegionalIndices.TheilT(x), Is.EqualTo(Math.Log(2)).Within(Tol));
        Assert.That(RegionalIndices.CoefficientOfVariation(x), Is.EqualTo(Math.Sqrt(2)).Within(Tol));
        Assert.That(RegionalIndices.TheilL(x), Is.EqualTo((Math.Log(2.5) + 599 * Math.Log(10)) / 2).Within(1e-12 * 700));
        // Atkinson(1) = 1 - exp(-Theil L) = 1 - 1/sqrt(2.5e599): 1 to double precision, and not because of a zero.
        Assert.That(RegionalIndices.Atkinson(x, 1), Is.EqualTo(1));
        // Weighted Gini with huge class sizes and tiny values: (1e-300, 3e-300) in classes (3e300, 1e300) ~ values (1, 3),
        // sizes (3, 1): G = 1/4 (DistributionIndexTests.Weighted_Gini_of_two_classes).
        Assert.That(RegionalIndices.Gini([1e-300, 3e-300], [3e300, 1e300]).Gini, Is.EqualTo(0.25).Within(Tol));
    }

    [Test]
    public void Zeros_beside_extreme_values()
    {
        // (0, 0, 1e308) ~ (0, 0, 1): HHI 1; Hoover (1/3 + 1/3 + 2/3)/2 = 2/3; Gini: L = (0, 0, 1) at P = (1/3, 2/3, 1),
        // G = 1 x 2/3 = 2/3; Theil T = 3 ln 3 / 3 = ln 3; CV (sample) = (X/sqrt 3)/(X/3) = sqrt 3.
        double[] x = [0, 0, 1e308];
        Assert.That(RegionalIndices.Herfindahl(x).Value, Is.EqualTo(1).Within(Tol));
        Assert.That(RegionalIndices.Hoover(x), Is.EqualTo(2.0 / 3).Within(Tol));
        Assert.That(RegionalIndices.Gini(x).Gini, Is.EqualTo(2.0 / 3).Within(Tol));
        Assert.That(RegionalIndices.TheilT(x), Is.EqualTo(Math.Log(3)).Within(Tol));
        Assert.That(RegionalIndices.CoefficientOfVariation(x), Is.EqualTo(Math.Sqrt(3)).Within(Tol));
        Assert.That(RegionalIndices.Atkinson(x, 1), Is.EqualTo(1));
        // (0, 2^-1074): Hoover 1/2, Gini 1/2, CV (sample) sqrt 2.
        Assert.That(RegionalIndices.Hoover([0, E]), Is.EqualTo(0.5).Within(Tol));
        Assert.That(RegionalIndices.Gini([0, E]).Gini, Is.EqualTo(0.5).Within(Tol));
        Assert.That(RegionalIndices.CoefficientOfVariation([0, E]), Is.EqualTo(Math.Sqrt(2)).Within(Tol));
        // All zeros stay an error; so do zeros where the index is undefined.
        Assert.Throws<UndefinedIndexException>(() => RegionalIndices.Hoover([0, 0, 0]));
        Assert.Throws<UndefinedIndexException>(() => RegionalIndices.TheilL([0, 1e308]));
        Assert.Throws<UndefinedIndexException>(() => RegionalIndices.Atkinson([0, E], 2));
    }

    [Test]
    public void Matrix_indices_near_the_largest_double()
    {
        // Row totals 2e308 overflow. ~ ((3, 1), (1, 3)): shares (3/4, 1/4) and (1/4, 3/4), reference (1/2, 1/2):
        // LQ (3/2, 1/2; 1/2, 3/2); HHI 9/16 + 1/16 = 5/8; Krugman 1/4 + 1/4 = 1/2; Hachman 1 / (9/16 x 2 + 1/16 x 2) = 4/5.
        var m = Matrix(["A", "B"], ["x", "y"], new double[,] { { 1.5e308, 0.5e308 }, { 0.5e308, 1.5e308 } });
        AreClose(Flat(m.LocationQuotient()), [1.5, 0.5, 0.5, 1.5], Tol);
        AreClose(m.Herfindahl().Values, [0.625, 0.625], Tol);
        AreClose(m.Krugman().Values, [0.5, 0.5], Tol);
        AreClose(m.Hachman().Values, [0.8, 0.8], Tol);
        AreClose(m.Entropy().Values, [Entropy2(0.75, 0.25), Entropy2(0.75, 0.25)], Tol);
        // One region of three equal values 1e308: LQ 1, HHI 1/3, Krugman 0.
        var one = Matrix(["A"], ["x", "y", "z"], new double[,] { { 1e308, 1e308, 1e308 } });
        AreClose(Flat(one.LocationQuotient()), [1, 1, 1], Tol);
        AreClose(one.Herfindahl().Values, [1.0 / 3], Tol);
        AreClose(one.Krugman().Values, [0], Tol);
    }

    [Test]
    public void Matrix_indices_on_subnormal_and_mixed_values()
    {
        // ((1, 2), (2, 1)) x 2^-1074: row totals 3 x 2^-1074, whose reciprocal overflows. Shares (1/3, 2/3), reference
        // (1/2, 1/2): LQ (2/3, 4/3; 4/3, 2/3); HHI 1/9 + 4/9 = 5/9; Krugman 1/6 + 1/6 = 1/3.
        var tiny = Matrix(["A", "B"], ["x", "y"], new double[,] { { E, 2 * E }, { 2 * E, E } });
        AreClose(Flat(tiny.LocationQuotient()), [2.0 / 3, 4.0 / 3, 4.0 / 3, 2.0 / 3], Tol);
        AreClose(tiny.Herfindahl().Values, [5.0 / 9, 5.0 / 9], Tol);
        AreClose(tiny.Krugman().Values, [1.0 / 3, 1.0 / 3], Tol);
        // ((1e300, 1e-300), (1e-300, 1e300)): shares (1, 1e-600 = 0 in double), reference (1/2, 1/2): LQ (2, 0; 0, 2),
        // HHI 1, Krugman 1/2 + 1/2 = 1.
        var mixed = Matrix(["A", "B"], ["x", "y"], new double[,] { { 1e300, 1e-300 }, { 1e-300, 1e300 } });
        AreClose(Flat(mixed.LocationQuotient()), [2, 0, 0, 2], Tol);
        AreClose(mixed.Herfindahl().Values, [1, 1], Tol);
        AreClose(mixed.Krugman().Values, [1, 1], Tol);
        // A region of zeros next to one of 1e308 values: its shares are 0/0, NaN by default, an error on request.
        var zeros = Matrix(["A", "B"], ["x", "y"], new double[,] { { 0, 0 }, { 1e308, 1e308 } });
        AreClose(zeros.Herfindahl().Values.Skip(1).ToArray(), [0.5], Tol);
        Assert.That(zeros.Herfindahl().Values[0], Is.NaN);
        Assert.Throws<UndefinedIndexException>(() => zeros.LocationQuotient(zeroTotals: ZeroTotalPolicy.Error));
    }

    [Test]
    public void Shift_share_beyond_the_double_range_is_refused()
    {
        // The components are in the data's units, so a national total of 2e308 cannot be represented: an error, never
        // Infinity or NaN.
        var p = RegionIndustryPanel.FromLong(
            new[] { ("A", "x", 1, 1e308), ("A", "y", 1, 1e308), ("A", "x", 2, 1e308), ("A", "y", 2, 1e308) },
            r => r.Item1, r => r.Item2, r => r.Item3, r => r.Item4);
        var ex = Assert.Throws<ClusterStatsException>(() => p.ShiftShare(1, 2));
        Assert.That(ex!.Message, Does.Contain("beyond the range of a double"));
        // Growth from 1e308 to 1.7e308 in one industry: the total fits, the growth component does too.
        var fits = RegionIndustryPanel.FromLong(
            new[] { ("A", "x", 1, 1e308), ("A", "x", 2, 1.7e308), ("B", "x", 1, 1.0), ("B", "x", 2, 1.0) },
            r => r.Item1, r => r.Item2, r => r.Item3, r => r.Item4);
        Assert.That(fits.ShiftShare(1, 2).Regions[0]["growth"], Is.EqualTo(0.7e308).Within(1e296));
    }

    private static double[] Flat(RegionIndustryValues v)
    {
        var a = v.ToArray();
        return [.. a.Cast<double>()];
    }

    private static double Entropy2(double a, double b) => -(a * Math.Log2(a) + b * Math.Log2(b));
}
