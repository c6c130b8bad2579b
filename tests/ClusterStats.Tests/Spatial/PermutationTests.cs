using ClusterStats.Spatial;
using ClusterStats.Spatial.Internal;

namespace ClusterStats.Tests.Spatial;

/// <summary>
/// Permutation results repeat by seed, and their distribution is the one the analytic moments describe: the mean and
/// variance of permuted Moran's I are E[I] and Var[I] under randomisation; those of a region's conditionally permuted Ii
/// are spdep's conditional E[Ii] and Var[Ii].
/// </summary>
public class PermutationTests
{
    [Test]
    public void The_same_seed_gives_the_same_pseudo_p_values_and_another_seed_others()
    {
        var w = SpdepExpected.Weights("nc", "queen");
        var x = SpdepExpected.Values("nc");
        var a = w.LocalMoran(x, permutations: 199, seed: 7).Select(r => r.PseudoP).ToArray();
        var b = w.LocalMoran(x, permutations: 199, seed: 7).Select(r => r.PseudoP).ToArray();
        var c = w.LocalMoran(x, permutations: 199, seed: 8).Select(r => r.PseudoP).ToArray();
        Assert.That(b, Is.EqualTo(a));
        Assert.That(c, Is.Not.EqualTo(a));
        Assert.That(w.LocalMoran(x).Permutations, Is.EqualTo(999), "999 permutations by default");
        var first = w.LocalMoran(x).Select(r => r.PseudoP).ToArray();
        var second = w.LocalMoran(x).Select(r => r.PseudoP).ToArray();
        Assert.That(second, Is.EqualTo(first), "a fixed default seed");
        var moran1 = w.Moran(x, permutations: 99, seed: 3).PermutationP;
        var moran2 = w.Moran(x, permutations: 99, seed: 3).PermutationP;
        Assert.That(moran2, Is.EqualTo(moran1));
    }

    [Test]
    public void Pseudo_p_values_are_on_the_grid_of_the_permutation_count_and_islands_have_none()
    {
        var w = SpdepExpected.Weights("nc", "queen");
        var result = w.LocalMoran(SpdepExpected.Values("nc"), permutations: 99);
        foreach (var r in result.Where(r => r.Region != "ISLAND"))
        {
            double count = r.PseudoP!.Value * 100;
            Assert.That(count, Is.EqualTo(Math.Round(count)).Within(1e-9));
            Assert.That(r.PseudoP, Is.InRange(0.01, 0.5 + 1e-12), "folded: at most (N/2 + 1)/(N + 1)");
        }
        Assert.That(double.IsNaN(result.Single(r => r.Region == "ISLAND").PseudoP!.Value), Is.True);
        Assert.That(w.LocalMoran(SpdepExpected.Values("nc"), permutations: 0).All(r => r.PseudoP is null), Is.True);
    }

    [Test]
    public void Permuted_Moran_I_has_the_randomisation_mean_and_variance()
    {
        foreach (var (dataset, neighbours) in new[] { ("grid", "rook"), ("nc", "knn4") })
        {
            var w = SpdepExpected.Weights(dataset, neighbours);
            var x = SpdepExpected.Values(dataset);
            var test = w.Moran(x);
            var z = SpatialStatistics.Centred(x);
            double zz = z.Sum(v => v * v);
            double s0 = Enumerable.Range(0, w.Count).Sum(i => w.Weights(i).ToArray().Sum());
            const int N = 20000;
            var sims = SpatialStatistics.PermutedMoran(w, z, test.N / s0 / zz, N, 11);
            double mean = sims.Average(), variance = sims.Sum(s => (s - mean) * (s - mean)) / (N - 1);
            // Standard errors of a mean and a variance of N draws: 5 of them is far beyond chance.
            Assert.That(mean, Is.EqualTo(test.Expected).Within(5 * Math.Sqrt(test.Variance / N)), $"{dataset} mean");
            Assert.That(variance, Is.EqualTo(test.Variance).Within(5 * test.Variance * Math.Sqrt(2.0 / N) * 1.5), $"{dataset} variance");
        }
    }

    [Test]
    public void Conditionally_permuted_local_I_has_spdeps_conditional_mean_and_variance()
    {
        var w = SpdepExpected.Weights("nc", "queen");
        var x = SpdepExpected.Values("nc");
        var z = SpatialStatistics.Centred(x);
        double m2 = z.Sum(v => v * v) / z.Length;
        var local = w.LocalMoran(x, permutations: 0);
        foreach (int region in new[] { 0, 17, 42, 99 })
        {
            const int N = 20000;
            var sims = ConditionalPermutation.Simulated(w, z, m2, region, N, 5);
            double mean = sims.Average(), variance = sims.Sum(s => (s - mean) * (s - mean)) / (N - 1);
            Assert.That(mean, Is.EqualTo(local[region].Expected).Within(5 * Math.Sqrt(local[region].Variance / N)), $"region {region} mean");
            Assert.That(variance, Is.EqualTo(local[region].Variance).Within(5 * local[region].Variance * Math.Sqrt(2.0 / N) * 2), $"region {region} variance");
        }
    }

    [Test]
    public void A_strong_pattern_is_beyond_every_permutation_and_p_values_follow_the_alternative()
    {
        // A smooth trend over a 10 x 10 grid: every permuted I is below the observed one.
        var json = "{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(",", Enumerable.Range(0, 100).Select(k =>
        {
            int r = k / 10, c = k % 10;
            return $"{{\"type\":\"Feature\",\"id\":\"c{k}\",\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[[[{c},{r}],[{c + 1},{r}],[{c + 1},{r + 1}],[{c},{r + 1}],[{c},{r}]]]}}}}";
        })) + "]}";
        var w = SpatialWeights.FromContiguity(RegionGeometries.ParseGeoJson(json));
        var x = Enumerable.Range(0, 100).Select(k => (double)(k / 10 + k % 10)).ToArray();
        Assert.That(w.Moran(x, permutations: 499).PermutationP, Is.EqualTo(1.0 / 500));
        Assert.That(w.Moran(x, alternative: Alternative.Less, permutations: 499).PermutationP, Is.EqualTo(1.0));
        Assert.That(w.Moran(x, alternative: Alternative.TwoSided, permutations: 499).PermutationP, Is.EqualTo(2.0 / 500));
        var corner = w.LocalMoran(x, permutations: 999)[0];
        Assert.That(corner.Quadrant, Is.EqualTo(LisaQuadrant.LowLow));
        Assert.That(corner.PseudoP, Is.LessThan(0.01));
    }
}
