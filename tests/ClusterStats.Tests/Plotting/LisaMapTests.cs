using ClusterStats.Plotting;
using ClusterStats.Spatial;
using ClusterStats.Tests.Evidence;

namespace ClusterStats.Tests.Plotting;

public class LisaMapTests
{
    private static RegionGeometries Hexes() =>
        RegionGeometries.ReadGeoJson(Path.Combine(PlotAssert.RepoRoot, "data", "geometry", "province-hexes.geojson"));

    // A hand-made result over the ten hexagons: quadrant and pseudo p-value of each region (NaN for an island).
    private static LocalMoranResult Result(int permutations, params (string Region, LisaQuadrant Quadrant, double P)[] regions) =>
        new([.. regions.Select(r => new LocalMoranRegion(r.Region, 0.5, -0.1, 0.2, 1.3, r.P, r.Quadrant, permutations > 0 ? r.P : null))],
            permutations, 42, Alternative.TwoSided);

    private static readonly (string, LisaQuadrant, double)[] Ten =
    [
        ("吉林", LisaQuadrant.HighHigh, 0.001), ("辽宁", LisaQuadrant.HighHigh, 0.02), ("河北", LisaQuadrant.HighLow, 0.04),
        ("四川", LisaQuadrant.LowLow, 0.03), ("河南", LisaQuadrant.LowLow, 0.2), ("山东", LisaQuadrant.LowHigh, 0.045),
        ("江苏", LisaQuadrant.LowHigh, 0.6), ("浙江", LisaQuadrant.HighLow, 0.07), ("广东", LisaQuadrant.LowLow, 0.004),
        ("福建", LisaQuadrant.LowLow, double.NaN),
    ];

    private static string Footnote(ScottPlot.Plot plot) => string.Join(" ", plot.Axes.GetAxes().Select(a => a.Label.Text));

    [Test]
    public void Significant_regions_show_their_quadrant_and_the_legend_counts_each_kind()
    {
        var plot = Charts.LisaClusterMap(Hexes(), Result(999, Ten), "LISA");
        Assert.That(plot.Legend.ManualItems.Select(i => i.LabelText), Is.EqualTo(new[]
        {
            "LISA cluster", "High-High (2)", "Low-Low (2)", "Low-High (1)", "High-Low (1)", "not significant (3)", "no neighbours (1)",
        }));
        Assert.That(Footnote(plot), Does.Contain("significant at alpha = 0.05 by pseudo p-values of 999 conditional permutations (seed 42)")
            .And.Contain("Projection: planar coordinates as given"));
    }

    [Test]
    public void Bonferroni_and_the_false_discovery_rate_keep_fewer_regions()
    {
        var bonferroni = Charts.LisaClusterMap(Hexes(), Result(999, Ten), "LISA", new LisaMapOptions { Adjustment = PValueAdjustment.Bonferroni });
        // alpha / 9 tested = 0.00556: only 吉林 (0.001) and 广东 (0.004).
        Assert.That(bonferroni.Legend.ManualItems.Select(i => i.LabelText), Does.Contain("High-High (1)").And.Contain("Low-Low (1)").And.Contain("not significant (7)"));
        Assert.That(Footnote(bonferroni), Does.Contain("Bonferroni-adjusted over 9 regions"));
        // Benjamini-Hochberg over 9 p-values: 0.001 <= 1/9*0.05, 0.004 <= 2/9*0.05 = 0.0111, 0.02 > 3/9*0.05 = 0.0167, 0.03 > 0.0222, 0.04 > 0.0278, 0.045 > 0.0333 ...
        var fdr = Charts.LisaClusterMap(Hexes(), Result(999, Ten), "LISA", new LisaMapOptions { Adjustment = PValueAdjustment.Fdr });
        Assert.That(fdr.Legend.ManualItems.Select(i => i.LabelText), Does.Contain("not significant (7)"));
        Assert.That(Footnote(fdr), Does.Contain("false discovery rate controlled over 9 regions (Benjamini-Hochberg)"));
    }

    [Test]
    public void Without_permutations_the_normal_p_values_decide_and_the_footnote_says_so()
    {
        var plot = Charts.LisaClusterMap(Hexes(), Result(0, Ten), "LISA", new LisaMapOptions { Alpha = 0.01 });
        Assert.That(Footnote(plot), Does.Contain("alpha = 0.01 by normal-approximation p-values (two-sided)"));
        Assert.That(plot.Legend.ManualItems.Select(i => i.LabelText), Does.Contain("High-High (1)").And.Contain("Low-Low (1)"));
    }

    [Test]
    public void Regions_missing_from_the_result_are_named_and_a_bad_level_is_refused()
    {
        var plot = Charts.LisaClusterMap(Hexes(), Result(99, Ten[..8]), "LISA");
        Assert.That(Footnote(plot), Does.Contain("No data: 广东, 福建."));
        Assert.That(plot.Legend.ManualItems.Select(i => i.LabelText), Does.Contain("no data (2)"));
        Assert.That(() => Charts.LisaClusterMap(Hexes(), Result(99, Ten), "LISA", new LisaMapOptions { Alpha = 1 }),
            Throws.InstanceOf<ClusterStatsException>().With.Message.Contains("greater than 0 and less than 1"));
    }

    [Test]
    public void The_cluster_map_renders_with_Chinese_labels()
    {
        var labels = Hexes().ToDictionary(g => g.Id, g => g.Id, StringComparer.Ordinal);
        var plot = Charts.LisaClusterMap(Hexes(), Result(999, Ten), "局部莫兰 LISA cluster map", new LisaMapOptions { Labels = labels });
        var path = Repo.Artifact("charts", "lisa-hand-made.png");
        plot.Save(path);
        PlotAssert.IsDrawnPng(File.ReadAllBytes(path), ChartOutput.DefaultWidth, ChartOutput.DefaultHeight);
        Assert.That(plot.ToSvg(), Does.Contain("吉林").And.Contain("WenQuanYi"));
    }
}
