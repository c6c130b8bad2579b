using System.Text;
using ClusterStats.Plotting;

namespace ClusterStats.Tests.Plotting;

public class ChartOutputTests
{
    [TestCase("chart.png", null, ChartFormat.Png)]
    [TestCase("chart.SVG", null, ChartFormat.Svg)]
    [TestCase("chart.png", ChartFormat.Svg, ChartFormat.Svg)]
    [TestCase("chart.out", ChartFormat.Png, ChartFormat.Png)]
    public void Explicit_format_wins_over_the_extension(string path, ChartFormat? format, ChartFormat expected) =>
        Assert.That(ChartOutput.FormatFor(path, format), Is.EqualTo(expected));

    [Test]
    public void Unknown_extension_without_a_format_is_an_error_naming_the_file()
    {
        var ex = Assert.Throws<ClusterStatsException>(() => ChartOutput.FormatFor("chart.jpg"));
        Assert.That(ex!.Message, Does.Contain("chart.jpg").And.Contain(".png or .svg"));
        Assert.Throws<ClusterStatsFormatException>(() => ChartOutput.ParseFormat("jpeg"));
        Assert.That(ChartOutput.ParseFormat("SVG"), Is.EqualTo(ChartFormat.Svg));
    }

    [Test]
    public void Svg_keeps_text_with_the_CJK_family_and_png_html_embeds_base64()
    {
        var plot = ChartRecipes.Comparison();
        var dir = Directory.CreateTempSubdirectory("clusterstats-svg-");
        try
        {
            var path = Path.Combine(dir.FullName, "sub", "chart.png");
            Assert.That(plot.Save(path, ChartFormat.Svg, 900, 500), Is.EqualTo(ChartFormat.Svg));
            var svg = File.ReadAllText(path, Encoding.UTF8);
            Assert.That(svg, Does.Contain("<svg").And.Contain("小北河").And.Contain("WenQuanYi Micro Hei").And.Contain("900"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }

        var html = plot.ToPngHtml(400, 300);
        Assert.That(html, Does.StartWith("<img src=\"data:image/png;base64,").And.Contain("width=\"400\"").And.Contain("alt=\"袜子年产量"));
        var base64 = html["<img src=\"data:image/png;base64,".Length..html.IndexOf('"', 33)];
        PlotAssert.IsDrawnPng(Convert.FromBase64String(base64), 400, 300);
        Assert.That(plot.ToSvgHtml(400, 300), Does.StartWith("<svg"));
    }

    [Test]
    public void A_size_that_is_not_positive_is_refused()
    {
        var ex = Assert.Throws<ClusterStatsException>(() => ChartRecipes.Lorenz().ToPng(0, 600));
        Assert.That(ex!.Message, Does.Contain("0x600"));
    }
}
