using ClusterStats.Plotting;
using ScottPlot;

namespace ClusterStats.Tests.Plotting;

public class ChartTests
{
    private static IEnumerable<TestCaseData> Recipes()
    {
        yield return new TestCaseData("chart-compare.png", (Func<Plot>)ChartRecipes.Comparison).SetName("Comparison_chart_renders_and_writes_the_README_image");
        yield return new TestCaseData("chart-compare-output.png", (Func<Plot>)ChartRecipes.OutputComparison).SetName("Output_value_comparison_renders_and_writes_the_README_image");
        yield return new TestCaseData("chart-timeseries.png", (Func<Plot>)ChartRecipes.TimeSeries).SetName("Time_series_renders_and_writes_the_README_image");
        yield return new TestCaseData("chart-bubbles.png", (Func<Plot>)ChartRecipes.Bubbles).SetName("Bubble_chart_renders_and_writes_the_README_image");
        yield return new TestCaseData("chart-lq-heatmap.png", (Func<Plot>)ChartRecipes.Heatmap).SetName("LQ_heatmap_renders_and_writes_the_README_image");
        yield return new TestCaseData("chart-shift-share.png", (Func<Plot>)ChartRecipes.ShiftShare).SetName("Shift_share_bars_render_and_write_the_README_image");
        yield return new TestCaseData("chart-bars30.png", (Func<Plot>)ChartRecipes.Bars30).SetName("Thirty_region_bar_chart_renders_and_writes_the_README_image");
        yield return new TestCaseData("chart-lorenz.png", (Func<Plot>)ChartRecipes.Lorenz).SetName("Lorenz_curve_renders_and_writes_the_README_image");
    }

    [TestCaseSource(nameof(Recipes))]
    public void Recipe(string image, Func<Plot> recipe)
    {
        var plot = recipe();
        var path = PlotAssert.ReadmeImage(image);
        Assert.That(plot.Save(path), Is.EqualTo(ChartFormat.Png));
        PlotAssert.IsDrawnPng(File.ReadAllBytes(path), ChartOutput.DefaultWidth, ChartOutput.DefaultHeight);
    }

    [TestCaseSource(nameof(Recipes))]
    public void Renders_at_the_requested_size(string image, Func<Plot> recipe)
    {
        _ = image;
        PlotAssert.IsDrawnPng(recipe().ToPng(640, 480), 640, 480);
    }
}
