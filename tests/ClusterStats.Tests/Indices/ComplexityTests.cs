using ClusterStats.Indices;
using static ClusterStats.Tests.Indices.IndexTestData;

namespace ClusterStats.Tests.Indices;

/// <summary>Economic complexity, proximity and density: hand cases, edge cases and a dense check of the Lanczos eigenvector.</summary>
public class ComplexityTests
{
    private const double Tol = 1e-9;

    /// <summary>Nested 3 x 3: C1 has P1..P3, C2 has P1, P2, C3 has P1.</summary>
    private static RegionIndustryMatrix Triangle() => Matrix(["C1", "C2", "C3"], ["P1", "P2", "P3"], new double[,] { { 1, 1, 1 }, { 1, 1, 0 }, { 1, 0, 0 } });

    [Test]
    public void Diversity_and_ubiquity()
    {
        var c = Nested().Complexity(valuesAreBinary: true);
        AreClose(c.Diversity.Values, [5, 4, 3, 2, 1, 2], 0);
        AreClose(c.Ubiquity.Values, [5, 5, 4, 2, 1], 0);
        Assert.That(c.Method, Is.EqualTo("eigenvector"));
        Assert.That(c.SecondEigenvalue, Is.LessThan(1));
        Assert.That(c.ThirdEigenvalue, Is.LessThanOrEqualTo(c.SecondEigenvalue));
    }

    [Test]
    public void Method_of_reflections_after_two_steps()
    {
        // k_c0 = k_p0 = (3, 2, 1). k_p1 = mean diversity of each product's regions = (2, 2.5, 3).
        // k_c2 = mean k_p1 over each region's products = (7.5/3, 4.5/2, 2) = (2.5, 2.25, 2): z-score (1.2247, 0, -1.2247),
        // i.e. (sqrt 1.5, 0, -sqrt 1.5). PCI = z-score of the mean k_c2 over each product's regions (2.25, 2.375, 2.5).
        var c = Triangle().ComplexityByReflections(iterations: 2, valuesAreBinary: true);
        AreClose(c.Eci.Values, [Math.Sqrt(1.5), 0, -Math.Sqrt(1.5)], Tol);
        AreClose(c.Pci.Values, [-Math.Sqrt(1.5), 0, Math.Sqrt(1.5)], Tol);
        Assert.That(c.Method, Is.EqualTo("reflections"));
        Assert.That(c.SecondEigenvalue, Is.NaN);
    }

    [Test]
    public void Proximity_by_hand()
    {
        // Ubiquity (3, 2, 1); co-occurrences C12 = 2, C13 = 1, C23 = 1: phi12 = 2/3, phi13 = 1/3, phi23 = 1/2, diagonal 1.
        var phi = Triangle().Proximity(valuesAreBinary: true);
        var expected = new double[,] { { 1, 2.0 / 3, 1.0 / 3 }, { 2.0 / 3, 1, 0.5 }, { 1.0 / 3, 0.5, 1 } };
        var a = phi.ToArray();
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++) Assert.That(a[i, j], Is.EqualTo(expected[i, j]).Within(Tol));
        }
        Assert.That(phi.ToDataFrame().Rows.Count, Is.EqualTo(9));
    }

    [Test]
    public void Density_with_and_without_the_product_itself()
    {
        // C3 has P1 only. Density of P2: Growth Lab phi21 / (phi21 + phi22 + phi23) = (2/3)/(13/6) = 4/13;
        // EconGeo/Datawheel leave P2 out: (2/3)/(2/3 + 1/2) = 4/7.
        Assert.That(Triangle().Density(valuesAreBinary: true)["C3", "P2"], Is.EqualTo(4.0 / 13).Within(Tol));
        Assert.That(Triangle().Density(DensityConvention.ExcludeSelf, valuesAreBinary: true)["C3", "P2"], Is.EqualTo(4.0 / 7).Within(Tol));
    }

    [Test]
    public void A_disconnected_network_is_reported_with_its_components()
    {
        var m = Matrix(["C1", "C2", "C3"], ["P1", "P2", "P3"], new double[,] { { 1, 1, 0 }, { 1, 0, 0 }, { 0, 0, 1 } });
        var ex = Assert.Throws<DisconnectedNetworkException>(() => m.Complexity(valuesAreBinary: true));
        Assert.That(ex!.Components, Has.Count.EqualTo(2));
        Assert.That(ex.Components[1], Is.EqualTo(new[] { "C3", "P3" }));
        Assert.Throws<DisconnectedNetworkException>(() => m.ComplexityByReflections(valuesAreBinary: true));
    }

    [Test]
    public void Empty_regions_and_products_are_left_out_and_listed()
    {
        // Example 5 plus a region with no product and a product nobody makes: the others keep example 5's values.
        var values = Nested().ToArray().ToList();
        var rows = new List<double>();
        for (int r = 0; r < 6; r++) rows.AddRange(values.Skip(r * 5).Take(5).Append(0));
        rows.AddRange(Enumerable.Repeat(0.0, 6));
        var m = new RegionIndustryMatrix(["C1", "C2", "C3", "C4", "C5", "C6", "C7"], ["P1", "P2", "P3", "P4", "P5", "P6"], rows.ToArray());
        var c = m.Complexity(valuesAreBinary: true);
        var s = Math.Sqrt(31); // INDICES.md example 5 in closed form, see WorkedExampleTests
        AreClose(c.Eci.Values.Take(6).ToArray(), [6 / s, 3 / s, 0, -4 / s, -10 / s, 5 / s], Tol);
        Assert.That(c.Eci["C7"], Is.NaN);
        Assert.That(c.Pci["P6"], Is.NaN);
        Assert.That(c.ExcludedRegions, Is.EqualTo(new[] { "C7" }));
        Assert.That(c.ExcludedProducts, Is.EqualTo(new[] { "P6" }));
    }

    [Test]
    public void Binary_values_must_be_zero_or_one_and_thresholds_use_the_LQ()
    {
        var m = Matrix(["C1", "C2"], ["P1", "P2"], new double[,] { { 2, 0 }, { 1, 1 } });
        Assert.That(Assert.Throws<ClusterStatsException>(() => m.Complexity(valuesAreBinary: true))!.Message, Does.Contain("0 or 1"));
        // LQ: C1 (1.5, 0), C2 (0.75, 1.5): M at threshold 1 = (1, 0; 0, 1), at 0.5 = (1, 0; 1, 1).
        AreClose(m.BinaryMatrix().ToArray().Cast<double>().ToArray(), [1, 0, 0, 1], 0);
        AreClose(m.BinaryMatrix(0.5).ToArray().Cast<double>().ToArray(), [1, 0, 1, 1], 0);
    }

    [Test]
    public void PCI_own_z_score()
    {
        var c = Nested().Complexity(valuesAreBinary: true, pci: PciStandardisation.OwnZScore);
        var pci = c.Pci.Values;
        Assert.That(pci.Average(), Is.EqualTo(0).Within(Tol));
        Assert.That(Math.Sqrt(pci.Sum(v => v * v) / pci.Count), Is.EqualTo(1).Within(Tol));
        // Example 5's PCI (-10, 2, 8, 12, 18)/sqrt 31 standardised by its own mean 6 and population sd sqrt((256 + 16 + 4 + 36 + 144)/5) = sqrt(456/5).
        Assert.That(pci[0], Is.EqualTo((-10 - 6) / Math.Sqrt(456.0 / 5)).Within(Tol));
    }

    [Test]
    public void Lanczos_eigenvector_matches_a_dense_eigen_decomposition()
    {
        // A seeded random 40 x 25 binary matrix: S = A'A with A = D_c^-1/2 M D_p^-1/2 decomposed densely by Jacobi
        // rotations in the test; the Lanczos eigenvalues must match, and the ECI must satisfy M_cc ECI = l2 ECI + const.
        var rng = new Random(7);
        int R = 40, P = 25;
        var values = new double[R * P];
        for (int k = 0; k < values.Length; k++) values[k] = rng.NextDouble() < 0.35 ? 1 : 0;
        for (int r = 0; r < R; r++) values[r * P + r % P] = 1;
        var m = new RegionIndustryMatrix(Enumerable.Range(0, R).Select(r => $"c{r}").ToArray(), Enumerable.Range(0, P).Select(p => $"p{p}").ToArray(), values);
        var c = m.Complexity(valuesAreBinary: true);
        var kc = new double[R];
        var kp = new double[P];
        for (int r = 0; r < R; r++) for (int p = 0; p < P; p++) { kc[r] += values[r * P + p]; kp[p] += values[r * P + p]; }
        var s = new double[P, P];
        for (int a = 0; a < P; a++)
            for (int b = 0; b < P; b++)
            {
                double sum = 0;
                for (int r = 0; r < R; r++) sum += values[r * P + a] * values[r * P + b] / kc[r];
                s[a, b] = sum / Math.Sqrt(kp[a] * kp[b]);
            }
        var eigen = JacobiEigenvalues(s).OrderByDescending(v => v).ToArray();
        Assert.That(eigen[0], Is.EqualTo(1).Within(1e-10));
        Assert.That(c.SecondEigenvalue, Is.EqualTo(eigen[1]).Within(1e-9));
        Assert.That(c.ThirdEigenvalue, Is.EqualTo(eigen[2]).Within(1e-6));
        var eci = c.Eci.Values.ToArray();
        var residual = new double[R];
        for (int r = 0; r < R; r++)
        {
            double mcc = 0;
            for (int r2 = 0; r2 < R; r2++)
            {
                double sum = 0;
                for (int p = 0; p < P; p++) sum += values[r * P + p] * values[r2 * P + p] / kp[p];
                mcc += sum / kc[r] * eci[r2];
            }
            residual[r] = mcc - c.SecondEigenvalue * eci[r];
        }
        Assert.That(residual.Max() - residual.Min(), Is.LessThan(1e-8));
    }

    private static double[] JacobiEigenvalues(double[,] input)
    {
        int n = input.GetLength(0);
        var a = (double[,])input.Clone();
        for (int sweep = 0; sweep < 100; sweep++)
        {
            double off = 0;
            for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) off += a[i, j] * a[i, j];
            if (off < 1e-30) break;
            for (int p = 0; p < n; p++)
                for (int q = p + 1; q < n; q++)
                {
                    if (Math.Abs(a[p, q]) < 1e-300) continue;
                    double theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    double t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    double cos = 1 / Math.Sqrt(t * t + 1), sin = t * cos;
                    for (int k = 0; k < n; k++)
                    {
                        double akp = a[k, p], akq = a[k, q];
                        a[k, p] = cos * akp - sin * akq;
                        a[k, q] = sin * akp + cos * akq;
                    }
                    for (int k = 0; k < n; k++)
                    {
                        double apk = a[p, k], aqk = a[q, k];
                        a[p, k] = cos * apk - sin * aqk;
                        a[q, k] = sin * apk + cos * aqk;
                    }
                }
        }
        return Enumerable.Range(0, n).Select(i => a[i, i]).ToArray();
    }

    [TestCase(40)]
    [TestCase(41)]
    [TestCase(200)]
    [TestCase(1000)]
    public void Many_reflections_stay_on_the_ranking_they_converge_to(int iterations)
    {
        // On the triangle both averaging maps are W = ((1/3, 1/3, 1/3), (1/2, 1/2, 0), (1, 0, 0)), eigenvalues 1, 1/3 and
        // -1/2 (trace 5/6, determinant -1/6). The eigenvector of -1/2 is (1, -1/2, -2): mean -1/2, deviations
        // (3/2, 0, -3/2), z-score (sqrt 1.5, 0, -sqrt 1.5), the two-step answer. It dominates as N grows, so every N
        // gives that ECI (after the sign rule) and the PCI its mirror; without standardising each step the differences
        // shrink as 2^-N and rounding took over from about 40 steps.
        var c = Triangle().ComplexityByReflections(iterations, valuesAreBinary: true);
        AreClose(c.Eci.Values, [Math.Sqrt(1.5), 0, -Math.Sqrt(1.5)], Tol);
        AreClose(c.Pci.Values, [-Math.Sqrt(1.5), 0, Math.Sqrt(1.5)], Tol);
    }

    [Test]
    public void Reflections_from_varied_diversities_when_every_ubiquity_is_equal()
    {
        // C1 {P1, P2, P3}, C2 {P1, P4}, C3 {P2, P4}, C4 {P3}: every product is in 2 regions (k_p,0 constant), the
        // diversities (3, 2, 2, 1) are not, and an even N reflects only those. k_p,1 = (5/2, 5/2, 2, 2);
        // k_c,2 = (7/3, 9/4, 9/4, 2) = (56, 54, 54, 48)/24: deviations (3, 1, 1, -5)/24, sd 3/24, ECI (1, 1/3, 1/3, -5/3).
        // PCI: means of those over each product's regions (2/3, 2/3, -1/3, 1/3), mean 1/3, sd 1/sqrt 6:
        // (sqrt 6/3, sqrt 6/3, -2 sqrt 6/3, 0).
        var m = Matrix(["C1", "C2", "C3", "C4"], ["P1", "P2", "P3", "P4"],
            new double[,] { { 1, 1, 1, 0 }, { 1, 0, 0, 1 }, { 0, 1, 0, 1 }, { 0, 0, 1, 0 } });
        var c = m.ComplexityByReflections(iterations: 2, valuesAreBinary: true);
        AreClose(c.Eci.Values, [1, 1.0 / 3, 1.0 / 3, -5.0 / 3], Tol);
        var r6 = Math.Sqrt(6);
        AreClose(c.Pci.Values, [r6 / 3, r6 / 3, -2 * r6 / 3, 0], Tol);
        // An odd N reflects the constant ubiquities: no ranking, an error.
        Assert.Throws<UndefinedIndexException>(() => m.ComplexityByReflections(iterations: 1, valuesAreBinary: true));
    }

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(1001)]
    [TestCase(int.MaxValue)]
    public void Reflections_are_bounded(int iterations)
    {
        var ex = Assert.Throws<ClusterStatsException>(() => Triangle().ComplexityByReflections(iterations, valuesAreBinary: true));
        Assert.That(ex!.Message, Does.Contain("between 1 and 1000"));
    }

    [Test]
    public void A_network_without_a_ranking_is_an_error_not_infinite_or_arbitrary_values()
    {
        // Every region has every product: M_pp has the eigenvalue 1 once and 0 otherwise, kc = D^-1 M kp averages a
        // vector orthogonal to the constant, so kc = 0 everywhere and its z-score would be 0/0 (PCI +-Infinity).
        var full = Matrix(["C1", "C2", "C3"], ["P1", "P2", "P3"], new double[,] { { 1, 1, 1 }, { 1, 1, 1 }, { 1, 1, 1 } });
        var ex = Assert.Throws<UndefinedIndexException>(() => full.Complexity(valuesAreBinary: true));
        Assert.That(ex!.Message, Does.Contain("z-scores are undefined"));
        Assert.Throws<UndefinedIndexException>(() => full.Complexity(valuesAreBinary: true, pci: PciStandardisation.OwnZScore));
        // Equal diversities: k_c,0 is constant, and every reflection of it too.
        var ring = Matrix(["C1", "C2", "C3"], ["P1", "P2", "P3"], new double[,] { { 1, 1, 0 }, { 0, 1, 1 }, { 1, 0, 1 } });
        var r = Assert.Throws<UndefinedIndexException>(() => ring.ComplexityByReflections(valuesAreBinary: true));
        Assert.That(r!.Message, Does.Contain("constant across regions"));
    }

    [Test]
    public void Components_are_listed_in_the_order_of_their_first_region()
    {
        // Three components whose products interleave: {C1, C4; P2, P5}, {C2; P1, P4}, {C3; P3}.
        var m = Matrix(["C1", "C2", "C3", "C4"], ["P1", "P2", "P3", "P4", "P5"], new double[,]
        {
            { 0, 1, 0, 0, 0 }, { 1, 0, 0, 1, 0 }, { 0, 0, 1, 0, 0 }, { 0, 1, 0, 0, 1 },
        });
        var ex = Assert.Throws<DisconnectedNetworkException>(() => m.Complexity(valuesAreBinary: true));
        Assert.That(ex!.Components, Has.Count.EqualTo(3));
        Assert.That(ex.Components[0], Is.EqualTo(new[] { "C1", "C4", "P2", "P5" }));
        Assert.That(ex.Components[1], Is.EqualTo(new[] { "C2", "P1", "P4" }));
        Assert.That(ex.Components[2], Is.EqualTo(new[] { "C3", "P3" }));
    }

    [Test]
    public void Present_indices_follow_the_binary_rule_at_every_length_and_edge_value()
    {
        double[] pool = [0, -0.0, 1, 0.999999999999, 1.0000000000001, 2, -3, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon];
        var rng = new Random(11);
        foreach (var threshold in new[] { 1.0, 0.5, 0, -1 })
        {
            for (int length = 0; length <= 13; length++)
            {
                for (int trial = 0; trial < 20; trial++)
                {
                    var values = Enumerable.Range(0, length).Select(_ => pool[rng.Next(pool.Length)]).ToArray();
                    var expected = Enumerable.Range(0, length).Where(k => values[k] >= threshold && values[k] > 0).ToArray();
                    var indices = new int[length];
                    int n = ComplexityMath.PresentIndices(values, threshold, indices);
                    Assert.That(indices.Take(n), Is.EqualTo(expected), $"threshold {threshold}, values [{string.Join(", ", values)}]");
                }
            }
        }
    }

    [TestCase(900, 300)]
    [TestCase(300, 900)]
    [TestCase(1400, 800)]
    [TestCase(800, 1400)]
    public void Large_thresholded_network_gives_an_eigenvector_of_M_cc(int regions, int products)
    {
        // Large enough for the row blocks to run in parallel (the last two also for the eigenvector's products, with
        // over 262,144 non-zeros), with an empty region and a product nobody has; on the product side (more regions)
        // and on the region side (more products) of the eigen problem.
        var rng = new Random(regions);
        var capability = Enumerable.Range(0, regions).Select(_ => rng.NextDouble()).ToArray();
        var requirement = Enumerable.Range(0, products).Select(_ => rng.NextDouble()).ToArray();
        var values = new double[regions * products];
        for (int r = 0; r < regions; r++)
            for (int p = 0; p < products; p++)
                values[r * products + p] = r == 5 || p == 7 ? 0 : (1 + rng.NextDouble() * 100) * (capability[r] < requirement[p] ? 0.05 : 1);
        var m = new RegionIndustryMatrix(Enumerable.Range(0, regions).Select(r => $"c{r}").ToArray(), Enumerable.Range(0, products).Select(p => $"p{p}").ToArray(), values);
        var c = m.Complexity();
        var binary = m.BinaryMatrix();
        var kc = new double[regions];
        var kp = new double[products];
        for (int r = 0; r < regions; r++) for (int p = 0; p < products; p++) { kc[r] += binary[r, p]; kp[p] += binary[r, p]; }
        AreClose(c.Diversity.Values, kc, 0);
        AreClose(c.Ubiquity.Values, kp, 0);
        Assert.That(c.ExcludedRegions, Is.EqualTo(new[] { "c5" }));
        Assert.That(c.ExcludedProducts, Is.EqualTo(new[] { "p7" }));
        Assert.That(double.IsNaN(c.Eci.Values[5]));
        // M_cc ECI = D_c^-1 M D_p^-1 M' ECI must be l2 ECI plus a constant over the included regions.
        var eci = c.Eci.Values.Select(v => double.IsNaN(v) ? 0 : v).ToArray();
        var back = new double[products];
        for (int r = 0; r < regions; r++) for (int p = 0; p < products; p++) back[p] += binary[r, p] * eci[r];
        var residual = new List<double>();
        for (int r = 0; r < regions; r++)
        {
            if (kc[r] == 0) continue;
            double sum = 0;
            for (int p = 0; p < products; p++) if (kp[p] > 0) sum += binary[r, p] * back[p] / kp[p];
            residual.Add(sum / kc[r] - c.SecondEigenvalue * eci[r]);
        }
        Assert.That(residual.Max() - residual.Min(), Is.LessThan(1e-8));
        Assert.That(c.SecondEigenvalue, Is.GreaterThan(c.ThirdEigenvalue));
        // Fixed blocks added in a fixed order: the same bits on every run, whatever the threads did.
        var again = new RegionIndustryMatrix(m.Regions, m.Industries, values).Complexity();
        Assert.That(again.Eci.Values, Is.EqualTo(c.Eci.Values));
        Assert.That(again.SecondEigenvalue, Is.EqualTo(c.SecondEigenvalue));
    }

    [Test]
    public void A_null_matrix_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => RegionalIndices.Complexity(null!));
        Assert.Throws<ArgumentNullException>(() => RegionalIndices.Complexity(null!, valuesAreBinary: true));
        Assert.Throws<ArgumentNullException>(() => RegionalIndices.ComplexityByReflections(null!));
    }
}
