using ClusterStats.Plotting;

namespace ClusterStats.Tests.Plotting;

public class MapClassesTests
{
    [Test]
    public void Quantile_breaks_are_Rs_type_7_quantiles()
    {
        // R: quantile(1:10, c(.25, .5, .75, 1)) = 3.25 5.5 7.75 10
        Assert.That(MapClasses.Quantiles([.. Enumerable.Range(1, 10).Select(i => (double)i)], 4), Is.EqualTo(new[] { 3.25, 5.5, 7.75, 10 }));
        // R: quantile(c(0.2, 0.7, 1.9, 4), c(1/3, 2/3, 1)) = 0.7 1.9 4
        Assert.That(MapClasses.Quantiles([0.2, 0.7, 1.9, 4], 3), Is.EqualTo(new[] { 0.7, 1.9, 4 }).Within(1e-12));
    }

    [Test]
    public void Equal_intervals_end_exactly_at_the_maximum()
    {
        Assert.That(MapClasses.EqualIntervals([0, 3, 10], 5), Is.EqualTo(new[] { 2.0, 4, 6, 8, 10 }));
        Assert.That(MapClasses.EqualIntervals([0.1, 0.7], 3)[^1], Is.EqualTo(0.7));
    }

    [Test]
    public void Natural_breaks_find_obvious_groups()
    {
        Assert.That(MapClasses.NaturalBreaks([1, 2, 3, 10, 11, 12, 30, 31], 3), Is.EqualTo(new[] { 3.0, 12, 31 }));
        Assert.That(MapClasses.NaturalBreaks([5, 5, 5, 9], 2), Is.EqualTo(new[] { 5.0, 9 }));
        Assert.That(MapClasses.NaturalBreaks([4, 4, 4], 3), Is.EqualTo(new[] { 4.0 }));
    }

    [Test]
    public void Natural_breaks_reach_the_least_sum_of_squared_deviations_of_every_split()
    {
        var random = new Random(20261129);
        for (int trial = 0; trial < 300; trial++)
        {
            int n = random.Next(2, 11), k = random.Next(2, 5);
            // Integers from a small range, so that ties occur; then sorted.
            double[] values = [.. Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 12) * (trial % 2 == 0 ? 1 : 1e6)).Order()];
            var uppers = MapClasses.NaturalBreaks(values, k);
            double best = BruteForceBest(values, k);
            Assert.That(Cost(values, uppers), Is.EqualTo(best).Within(1e-9 * Math.Max(1, best)), string.Join(",", values) + " k=" + k);
        }
    }

    [Test]
    public void Values_on_a_bound_fall_in_the_class_it_closes()
    {
        var classes = MapClasses.Compute(MapScale.EqualInterval, [0, 5, 10], 2);
        Assert.That((classes.ClassOf(0), classes.ClassOf(5), classes.ClassOf(5.0000001), classes.ClassOf(10)), Is.EqualTo((0, 0, 1, 1)));
    }

    private static double Cost(double[] sorted, double[] uppers)
    {
        double total = 0;
        double lower = double.NegativeInfinity;
        foreach (var upper in uppers)
        {
            var members = sorted.Where(v => v > lower && v <= upper).ToList();
            if (members.Count > 0)
            {
                double mean = members.Average();
                total += members.Sum(v => (v - mean) * (v - mean));
            }
            lower = upper;
        }
        return total;
    }

    // Every way to cut the distinct values into at most k runs; equal values stay together.
    private static double BruteForceBest(double[] sorted, int k)
    {
        var distinct = sorted.Distinct().ToArray();
        double best = double.PositiveInfinity;
        int cuts = distinct.Length - 1;
        for (int mask = 0; mask < 1 << cuts; mask++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)mask) > k - 1) continue;
            var uppers = new List<double>();
            for (int i = 0; i < cuts; i++)
                if ((mask & (1 << i)) != 0) uppers.Add(distinct[i]);
            uppers.Add(distinct[^1]);
            best = Math.Min(best, Cost(sorted, [.. uppers]));
        }
        return best;
    }
}
