using ClusterStats.Spatial;

namespace ClusterStats.Tests.Spatial;

/// <summary>The statistics refuse data they have no value for, naming the reason.</summary>
public class SpatialStatisticsRefusalTests
{
    [Test]
    public void Equal_values_too_few_regions_wrong_lengths_and_non_finite_values_are_refused()
    {
        var w = SpdepExpected.Weights("grid", "queen");
        var equal = Enumerable.Repeat(3.0, w.Count).ToArray();
        Assert.That(Assert.Throws<UndefinedIndexException>(() => w.Moran(equal))!.Message, Does.Contain("all values are equal"));
        Assert.Throws<UndefinedIndexException>(() => w.Geary(equal));
        Assert.Throws<UndefinedIndexException>(() => w.LocalMoran(equal));
        Assert.Throws<UndefinedIndexException>(() => w.GetisOrd(equal));
        Assert.That(Assert.Throws<ClusterStatsException>(() => w.Moran([1.0, 2.0]))!.Message, Does.Contain("2 values but 30 regions"));
        var values = SpdepExpected.Values("grid");
        values[4] = double.NaN;
        Assert.That(Assert.Throws<ClusterStatsException>(() => w.LocalMoran(values))!.Message, Does.Contain("'g15' is NaN"));
        values[4] = 1;
        Assert.Throws<ClusterStatsException>(() => w.Moran(values, permutations: -1));
        var three = RegionGeometries.ParseGeoJson("{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(",", Enumerable.Range(0, 3).Select(k =>
            $"{{\"type\":\"Feature\",\"id\":\"s{k}\",\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[[[{k},0],[{k + 1},0],[{k + 1},1],[{k},1],[{k},0]]]}}}}")) + "]}");
        var small = SpatialWeights.FromContiguity(three);
        Assert.That(Assert.Throws<ClusterStatsException>(() => small.Moran([1.0, 2.0, 4.0]))!.Message, Does.Contain("at least 4"));
        Assert.That(small.LocalMoran([1.0, 2.0, 4.0], permutations: 0), Has.Count.EqualTo(3));
    }

    [Test]
    public void P_value_adjustment_keeps_NaN_out_of_the_count_and_refuses_impossible_p_values()
    {
        var adjusted = SpatialStatistics.AdjustPValues([0.01, double.NaN, 0.04, 0.03], PValueAdjustment.Bonferroni);
        Assert.That(adjusted[0], Is.EqualTo(0.03).Within(1e-15));
        Assert.That(double.IsNaN(adjusted[1]), Is.True);
        Assert.That(adjusted[2], Is.EqualTo(0.12).Within(1e-15));
        var fdr = SpatialStatistics.AdjustPValues([0.01, double.NaN, 0.04, 0.03], PValueAdjustment.Fdr);
        Assert.That(fdr[0], Is.EqualTo(0.03).Within(1e-15));
        Assert.That(fdr[2], Is.EqualTo(0.04).Within(1e-15));
        Assert.That(fdr[3], Is.EqualTo(0.04).Within(1e-15));
        Assert.Throws<ClusterStatsException>(() => SpatialStatistics.AdjustPValues([1.5], PValueAdjustment.Fdr));
    }
}
