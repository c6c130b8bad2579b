using ClusterStats.Plotting;
using ClusterStats.Tests.Evidence;
using ScottPlot;

namespace ClusterStats.Tests.Plotting;

public class ChartTests
{
    private static IEnumerable<TestCaseData> Recipes()
    {
        yield return new TestCaseData("chart-compare.png", (Func<Plot>)ChartRecipes.Comparison).SetName("Comparison_chart_matches_the_README_image");
        yield return new TestCaseData("chart-compare-output.png", (Func<Plot>)ChartRecipes.OutputComparison).SetName("Output_value_comparison_matches_the_README_image");
        yield return new TestCaseData("chart-timeseries.png", (Func<Plot>)ChartRecipes.TimeSeries).SetName("Time_series_matches_the_README_image");
        yield return new TestCaseData("chart-bubbles.png", (Func<Plot>)ChartRecipes.Bubbles).SetName("Bubble_chart_matches_the_README_image");
        yield return new TestCaseData("chart-lq-heatmap.png", (Func<Plot>)ChartRecipes.Heatmap).SetName("LQ_heatmap_matches_the_README_image");
        yield return new TestCaseData("chart-shift-share.png", (Func<Plot>)ChartRecipes.ShiftShare).SetName("Shift_share_bars_match_the_README_image");
        yield return new TestCaseData("chart-bars30.png", (Func<Plot>)ChartRecipes.Bars30).SetName("Thirty_region_bar_chart_matches_the_README_image");
        yield return new TestCaseData("chart-lorenz.png", (Func<Plot>)ChartRecipes.Lorenz).SetName("Lorenz_curve_matches_the_README_image");
    }

    [TestCaseSource(nameof(Recipes))]
    public void Recipe(string image, Func<Plot> recipe)
    {
        // Rendered into artifacts/charts/, never over the committed image, then compared with it.
        var plot = recipe();
        var path = Repo.Artifact("charts", image);
        Assert.That(plot.Save(path), Is.EqualTo(ChartFormat.Png));
        PlotAssert.IsDrawnPng(File.ReadAllBytes(path), ChartOutput.DefaultWidth, ChartOutput.DefaultHeight);
        PlotAssert.LooksLike(path, PlotAssert.ReadmeImage(image));
    }

    [TestCaseSource(nameof(Recipes))]
    public void Renders_at_the_requested_size(string image, Func<Plot> recipe)
    {
        _ = image;
        PlotAssert.IsDrawnPng(recipe().ToPng(640, 480), 640, 480);
    }

    [Test]
    public void The_image_comparison_tells_a_changed_chart_from_the_same_chart()
    {
        var same = Repo.Artifact("charts", "check-same.png");
        var changed = Repo.Artifact("charts", "check-changed.png");
        ChartRecipes.Comparison().Save(same);
        ChartRecipes.OutputComparison().Save(changed);   // the same clusters and layout, another metric
        var reference = PlotAssert.ReadmeImage("chart-compare.png");
        Assert.That(PlotAssert.DifferingShare(same, reference, Repo.Artifact("charts", "check-same.diff.png")), Is.LessThanOrEqualTo(0.005));
        Assert.That(PlotAssert.DifferingShare(changed, reference, Repo.Artifact("charts", "check-changed.diff.png")), Is.GreaterThan(0.005));
    }
}
