using ClusterStats.Plotting;

namespace ClusterStats.Tests.Plotting;

public class LorenzCurveTests
{
    [Test]
    public void Equal_values_give_zero_and_one_holder_gives_n_minus_one_over_n()
    {
        Assert.That(LorenzCurve.FromValues([5, 5, 5, 5]).Gini, Is.EqualTo(0).Within(1e-12));
        Assert.That(LorenzCurve.FromValues([0, 0, 0, 9]).Gini, Is.EqualTo(0.75).Within(1e-12));
        var curve = LorenzCurve.FromValues([3, 1, 2]);
        Assert.That(curve.Points, Is.EqualTo(new[] { (0.0, 0.0), (1 / 3.0, 1 / 6.0), (2 / 3.0, 0.5), (1.0, 1.0) }).Within(1e-12));
    }

#pragma warning disable NUnit1027 // FsCheck supplies the argument
    [FsCheck.NUnit.Property(MaxTest = 200)]
    public bool Gini_from_the_curve_equals_the_mean_absolute_difference_formula(FsCheck.NonEmptyArray<FsCheck.PositiveInt> raw)
    {
        var values = raw.Get.Select(v => (double)(v.Get % 100_000)).Append(1).ToArray();
        double n = values.Length, mean = values.Average();
        double pairwise = values.Sum(a => values.Sum(b => Math.Abs(a - b))) / (2 * n * n * mean);
        return Math.Abs(LorenzCurve.FromValues(values).Gini - pairwise) < 1e-9;
    }
#pragma warning restore NUnit1027

    [Test]
    public void Negative_or_all_zero_values_are_refused()
    {
        Assert.That(Assert.Throws<ClusterStatsException>(() => LorenzCurve.FromValues([1, -2]))!.Message, Does.Contain("value 2 is -2"));
        Assert.Throws<ClusterStatsException>(() => LorenzCurve.FromValues([0, 0]));
        Assert.Throws<ClusterStatsException>(() => LorenzCurve.FromValues([]));
    }
}
