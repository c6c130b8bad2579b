using ClusterStats.Indices;

namespace ClusterStats.Tests.Indices;

/// <summary>Hand-checked distribution indices; each comment states the hand computation.</summary>
public class DistributionIndexTests
{
    private const double Tol = 1e-12;

    [Test]
    public void Gini_exposes_its_Lorenz_points()
    {
        // (20, 50, 20, 10) sorted 10, 20, 20, 50 of 100: L = .1, .3, .5, 1 at P = .25, .5, .75, 1.
        var g = RegionalIndices.Gini([20, 50, 20, 10]);
        var expected = new[] { (0.0, 0.0), (0.25, 0.1), (0.5, 0.3), (0.75, 0.5), (1.0, 1.0) };
        Assert.That(g.LorenzPoints, Has.Count.EqualTo(5));
        for (int k = 0; k < 5; k++)
        {
            Assert.That(g.LorenzPoints[k].Population, Is.EqualTo(expected[k].Item1).Within(Tol));
            Assert.That(g.LorenzPoints[k].Value, Is.EqualTo(expected[k].Item2).Within(Tol));
        }
        var frame = g.ToDataFrame();
        Assert.That(frame.Columns.Select(c => c.Name), Is.EqualTo(new[] { "population", "value" }));
        Assert.That(frame.Columns["value"].DataType, Is.EqualTo(typeof(double)));
    }

    [Test]
    public void Weighted_Gini_of_two_classes()
    {
        // Values (1, 3), class sizes (3, 1): P = .75, 1; L = 3/6, 1; G = (0.5 * 0 - 0) + (1 * .75 - .5 * 1) = .25,
        // the same as the mean difference sum w_i w_j |x_i - x_j| / (2 W^2 mu) = 12 / (2 * 16 * 1.5).
        Assert.That(RegionalIndices.Gini([1, 3], [3, 1]).Gini, Is.EqualTo(0.25).Within(Tol));
    }

    [Test]
    public void Gini_edge_cases()
    {
        // One value: G = 0, and the normalisation n/(n - 1) is undefined (NaN), not infinite.
        var one = RegionalIndices.Gini([5]);
        Assert.That(one.Gini, Is.EqualTo(0));
        Assert.That(one.Normalised, Is.NaN);
        Assert.Throws<UndefinedIndexException>(() => RegionalIndices.Gini([0, 0]));
        Assert.Throws<ClusterStatsException>(() => RegionalIndices.Gini([1, -1]));
        Assert.Throws<ClusterStatsException>(() => RegionalIndices.Gini([1, double.NaN]));
        Assert.Throws<ClusterStatsException>(() => RegionalIndices.Gini([1, 2], [1]));
    }

    [Test]
    public void Hoover_uniform_and_against_a_reference()
    {
        // (10, 30, 60) vs uniform: (|.1 - 1/3| + |.3 - 1/3| + |.6 - 1/3|)/2 = (7/30 + 1/30 + 8/30)/2 = 4/15.
        Assert.That(RegionalIndices.Hoover([10, 30, 60]), Is.EqualTo(4.0 / 15).Within(Tol));
        // Against (20, 20, 60): (.1 + .1 + 0)/2 = .1.
        Assert.That(RegionalIndices.Hoover([10, 30, 60], [20, 20, 60]), Is.EqualTo(0.1).Within(Tol));
    }

    [Test]
    public void Theil_T_and_Theil_L_are_different_indices()
    {
        // (1, 3), mu = 2: T = (0.5 ln 0.5 + 1.5 ln 1.5)/2 = 0.1308120...; L = (ln 2 + ln 2/3)/2 = ln(4/3)/2 = 0.1438410...
        Assert.That(RegionalIndices.TheilT([1, 3]), Is.EqualTo((0.5 * Math.Log(0.5) + 1.5 * Math.Log(1.5)) / 2).Within(Tol));
        Assert.That(RegionalIndices.TheilT([1, 3]), Is.EqualTo(0.13081203594113694).Within(1e-15));
        Assert.That(RegionalIndices.TheilL([1, 3]), Is.EqualTo(Math.Log(4.0 / 3) / 2).Within(Tol));
    }

    [Test]
    public void Theil_with_a_zero_value()
    {
        // (0, 2), mu = 1: T = (0 + 2 ln 2)/2 = ln 2 (0 ln 0 = 0); L needs ln(1/0): undefined, an error.
        Assert.That(RegionalIndices.TheilT([0, 2]), Is.EqualTo(Math.Log(2)).Within(Tol));
        var ex = Assert.Throws<UndefinedIndexException>(() => RegionalIndices.TheilL([0, 2]));
        Assert.That(ex!.Message, Does.Contain("zero"));
    }

    [Test]
    public void Coefficient_of_variation_sample_and_population()
    {
        // (2, 4, 6): mean 4; sample sd sqrt(8/2) = 2 -> 0.5; population sd sqrt(8/3) -> sqrt(8/3)/4.
        Assert.That(RegionalIndices.CoefficientOfVariation([2, 4, 6]), Is.EqualTo(0.5).Within(Tol));
        Assert.That(RegionalIndices.CoefficientOfVariation([2, 4, 6], DeviationKind.Population), Is.EqualTo(Math.Sqrt(8.0 / 3) / 4).Within(Tol));
        Assert.Throws<ClusterStatsException>(() => RegionalIndices.CoefficientOfVariation([3]));
        Assert.Throws<UndefinedIndexException>(() => RegionalIndices.CoefficientOfVariation([-1, 1]));
        Assert.That(RegionalIndices.CoefficientOfVariation([3], DeviationKind.Population), Is.EqualTo(0));
    }

    [Test]
    public void Atkinson_for_several_epsilons()
    {
        // (1, 4), mu = 2.5. e = 0: 0. e = 0.5: ((sqrt .4 + sqrt 1.6)/2)^2 = (2 + 2 * 0.8)/4 = 0.9 -> 0.1.
        // e = 1: geometric mean 2 -> 1 - 2/2.5 = 0.2. e = 2: harmonic mean 1.6 -> 1 - 1.6/2.5 = 0.36.
        Assert.That(RegionalIndices.Atkinson([1, 4], 0), Is.EqualTo(0).Within(Tol));
        Assert.That(RegionalIndices.Atkinson([1, 4], 0.5), Is.EqualTo(0.1).Within(Tol));
        Assert.That(RegionalIndices.Atkinson([1, 4], 1), Is.EqualTo(0.2).Within(Tol));
        Assert.That(RegionalIndices.Atkinson([1, 4], 2), Is.EqualTo(0.36).Within(Tol));
    }

    [TestCase(500)]
    [TestCase(1000)]
    [TestCase(2000)]
    [TestCase(1e6)]
    [TestCase(1e300)]
    [TestCase(double.MaxValue)]
    public void Atkinson_for_a_large_epsilon_approaches_one_minus_min_over_mean_and_never_reaches_one(double epsilon)
    {
        // (1, 5), mu = 3: A = 1 - (1/3) ((1 + 5^(1 - e))/2)^(1/(1 - e)); 5^(1 - e) vanishes against 1 for e >= 500,
        // leaving 1 - 2^(1/(e - 1))/3, which tends to 1 - 1/3 from below. (1, 2, 3), mu = 2: 1 - 3^(1/(e - 1))/2.
        Assert.That(RegionalIndices.Atkinson([1, 5], epsilon), Is.EqualTo(1 - Math.Pow(2, 1 / (epsilon - 1)) / 3).Within(Tol));
        Assert.That(RegionalIndices.Atkinson([5, 1], epsilon), Is.LessThan(2.0 / 3 + 1e-15), "never above the limit, and never 1");
        Assert.That(RegionalIndices.Atkinson([1, 2, 3], epsilon), Is.EqualTo(1 - Math.Pow(3, 1 / (epsilon - 1)) / 2).Within(Tol));
        // The same shares at the edges of the double range give the same index.
        Assert.That(RegionalIndices.Atkinson([1e300, 5e300], epsilon), Is.EqualTo(1 - Math.Pow(2, 1 / (epsilon - 1)) / 3).Within(Tol));
        Assert.That(RegionalIndices.Atkinson([1e-310, 5e-310], epsilon), Is.EqualTo(1 - Math.Pow(2, 1 / (epsilon - 1)) / 3).Within(1e-9));
    }

    [Test]
    public void Atkinson_agrees_with_the_direct_formula_where_the_powers_fit_a_double()
    {
        // The direct formula of ineq::Atkinson, 1 - mean((x/mean(x))^(1 - e))^(1/(1 - e)), for random positive values.
        var random = new Random(20261208);
        foreach (var epsilon in new[] { 0.1, 0.5, 0.9, 1.5, 2, 3, 10, 40 })
        {
            for (int trial = 0; trial < 50; trial++)
            {
                var x = Enumerable.Range(0, random.Next(2, 12)).Select(_ => random.NextDouble() * 1000 + 0.5).ToArray();
                var mu = x.Average();
                var direct = 1 - Math.Pow(x.Average(v => Math.Pow(v / mu, 1 - epsilon)), 1 / (1 - epsilon));
                Assert.That(RegionalIndices.Atkinson(x, epsilon), Is.EqualTo(direct).Within(1e-12), $"epsilon {epsilon}");
            }
        }
    }

    [Test]
    public void Atkinson_is_continuous_at_epsilon_one_and_grows_with_epsilon()
    {
        // (1, 4): A(1) = 0.2; the general formula on either side of 1 comes close to it.
        Assert.That(RegionalIndices.Atkinson([1, 4], 1 - 1e-7), Is.EqualTo(0.2).Within(1e-7));
        Assert.That(RegionalIndices.Atkinson([1, 4], 1 + 1e-7), Is.EqualTo(0.2).Within(1e-7));
        double[] x = [3, 7, 7, 20, 41];
        double previous = -1;
        foreach (var epsilon in new[] { 0, 0.5, 1, 2, 5, 50, 300, 800, 5000, 1e9 })
        {
            var a = RegionalIndices.Atkinson(x, epsilon);
            Assert.That(a, Is.GreaterThanOrEqualTo(previous).And.LessThan(1 - 3 / x.Average()), $"epsilon {epsilon}");
            previous = a;
        }
    }

    [Test]
    public void Atkinson_with_a_zero_value()
    {
        // e = 1 with a zero: the geometric mean is 0, A = 1. e = 2: 0^(-1) is infinite, an error. e < 0: an error.
        Assert.That(RegionalIndices.Atkinson([0, 4], 1), Is.EqualTo(1));
        // e = 0.5 with a zero: ((0 + sqrt 2)/2)^2 = 0.5 -> 0.5.
        Assert.That(RegionalIndices.Atkinson([0, 4], 0.5), Is.EqualTo(0.5).Within(Tol));
        Assert.Throws<UndefinedIndexException>(() => RegionalIndices.Atkinson([0, 4], 2));
        Assert.Throws<ClusterStatsException>(() => RegionalIndices.Atkinson([1, 4], -1));
    }

    [Test]
    public void Herfindahl_and_entropy_edge_cases()
    {
        // One unit: H = 1, normalised (1 - 1)/(1 - 1) = 0/0 -> NaN, equivalent number 1. Four equal shares: 2 bits, ln 4 nats.
        var h = RegionalIndices.Herfindahl([7]);
        Assert.That(h.Value, Is.EqualTo(1));
        Assert.That(h.Normalised, Is.NaN);
        Assert.That(h.EquivalentNumber, Is.EqualTo(1));
        Assert.That(RegionalIndices.Entropy([1, 1, 1, 1]), Is.EqualTo(2).Within(Tol));
        Assert.That(RegionalIndices.Entropy([1, 1, 1, 1], Math.E), Is.EqualTo(Math.Log(4)).Within(Tol));
        Assert.Throws<UndefinedIndexException>(() => RegionalIndices.Herfindahl([0, 0]));
        Assert.Throws<ClusterStatsException>(() => RegionalIndices.Entropy([1, 2], 1));
    }

#pragma warning disable NUnit1027 // FsCheck supplies the argument
    [FsCheck.NUnit.Property]
    public bool Gini_is_between_zero_and_its_maximum(FsCheck.NonEmptyArray<FsCheck.PositiveInt> raw)
    {
        var values = raw.Get.Select(v => (double)v.Get).ToArray();
        var g = RegionalIndices.Gini(values).Gini;
        return g >= -1e-12 && g <= (values.Length - 1.0) / values.Length + 1e-12;
    }

    [FsCheck.NUnit.Property(MaxTest = 200)]
    public bool Gini_of_the_Lorenz_curve_equals_the_mean_absolute_difference(FsCheck.NonEmptyArray<FsCheck.PositiveInt> raw)
    {
        // Unweighted: twice the area between diagonal and curve equals sum_i sum_j |x_i - x_j| / (2 n^2 mean), zeros included.
        var values = raw.Get.Select(v => (double)(v.Get % 100_000)).Append(1).ToArray();
        double n = values.Length, mean = values.Average();
        double pairwise = values.Sum(a => values.Sum(b => Math.Abs(a - b))) / (2 * n * n * mean);
        return Math.Abs(RegionalIndices.Gini(values).Gini - pairwise) < 1e-9;
    }
#pragma warning restore NUnit1027
}
