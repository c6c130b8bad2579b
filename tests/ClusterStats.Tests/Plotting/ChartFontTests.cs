using ClusterStats.Plotting;
using ScottPlot;
using SkiaSharp;

namespace ClusterStats.Tests.Plotting;

public class ChartFontTests
{
    private const string Wqy = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    private static IEnumerable<TestCaseData> CjkRecipes()
    {
        yield return new TestCaseData((Func<Plot>)ChartRecipes.Comparison).SetName("Comparison_labels_use_a_family_with_every_glyph");
        yield return new TestCaseData((Func<Plot>)ChartRecipes.TimeSeries).SetName("Time_series_labels_use_a_family_with_every_glyph");
        yield return new TestCaseData((Func<Plot>)ChartRecipes.Bubbles).SetName("Bubble_labels_use_a_family_with_every_glyph");
        yield return new TestCaseData((Func<Plot>)ChartRecipes.Heatmap).SetName("Heatmap_labels_use_a_family_with_every_glyph");
        yield return new TestCaseData((Func<Plot>)ChartRecipes.ShiftShare).SetName("Shift_share_labels_use_a_family_with_every_glyph");
        yield return new TestCaseData((Func<Plot>)ChartRecipes.Lorenz).SetName("Lorenz_labels_use_a_family_with_every_glyph");
    }

    [TestCaseSource(nameof(CjkRecipes))]
    public void Cjk_labels(Func<Plot> recipe)
    {
        var plot = recipe();
        var texts = PlotText.Collect(plot).ToList();
        Assert.That(texts, Has.Some.Matches<string?>(t => t is not null && t.Any(c => c >= '\u4E00' && c <= '\u9FFF')), "the recipe has CJK text");

        var font = ChartFontResolver.Default.Apply(plot);
        Assert.That(font, Is.Not.Null);
        using var face = SKTypeface.FromFile(font!.FilePath, font.FaceIndex);
        var missing = ChartFontResolver.DrawnCodePoints(texts).Where(c => face.GetGlyph(c) == 0).Select(char.ConvertFromUtf32);
        Assert.That(missing, Is.Empty, $"{font.Family} lacks glyphs");
        // Every label draws with that family, and ScottPlot resolves the family to that very face.
        Assert.That(plot.Axes.Title.Label.FontName, Is.EqualTo(font.Family));
        Assert.That(plot.Axes.GetAxes().Select(a => a.TickLabelStyle.FontName), Is.All.EqualTo(font.Family));
        Assert.That(plot.Legend.FontName, Is.EqualTo(font.Family));
        Assert.That(Fonts.GetTypeface(font.Family, bold: false, italic: false).ContainsGlyphs("小北河大唐辽源奈良遼"), Is.True);
    }

    [Test]
    public void WenQuanYi_Micro_Hei_is_preferred_over_Noto_CJK()
    {
        Assert.That(File.Exists(Wqy), Is.True, "fonts-wqy-microhei is not installed: ./test.sh installs it (apt-get install fonts-wqy-microhei)");
        var font = new ChartFontResolver().Choose(["小北河 大唐 遼源 奈良"]);
        Assert.That(font!.Family, Is.EqualTo("WenQuanYi Micro Hei"));
    }

    [Test]
    public void Latin_only_labels_keep_the_default_font()
    {
        var resolver = new ChartFontResolver();
        Assert.That(resolver.Choose(["Castel Goffredo", "Fort Payne", "2.2 bn pairs", "0.5"]), Is.Null);
        var plot = Charts.Comparison([new BarItem("Castel Goffredo", 1.5e9), new BarItem("Fort Payne", 7.2e9)], "Pairs", "pairs", fonts: resolver);
        Assert.That(plot.Axes.Title.Label.FontName, Is.EqualTo(Fonts.Default));
    }

    [Test]
    public void No_font_for_CJK_text_names_the_missing_characters_and_the_fix()
    {
        var empty = Directory.CreateTempSubdirectory("clusterstats-nofonts-");
        try
        {
            var resolver = new ChartFontResolver([empty.FullName]);
            var ex = Assert.Throws<MissingGlyphsException>(() =>
                Charts.Comparison([new BarItem("小北河", 2.2e9, IsFocal: true), new BarItem("奈良", 52.98e6)], "Pairs", "pairs", fonts: resolver));
            Assert.That(ex!.MissingCharacters, Is.EqualTo("奈良小北河"), "the CJK text is only in the tick labels, bottom bar first");
            Assert.That(ex.Message, Does.Contain("'奈良小北河'").And.Contain("U+5C0F").And.Contain(empty.FullName)
                .And.Contain("apt-get install fonts-wqy-microhei").And.Contain("fontFile"));
            Assert.That(ex, Is.InstanceOf<ClusterStatsException>());
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Test]
    public void A_named_font_file_is_used_even_when_no_folder_has_fonts()
    {
        Assert.That(File.Exists(Wqy), Is.True, "fonts-wqy-microhei is not installed: ./test.sh installs it (apt-get install fonts-wqy-microhei)");
        var empty = Directory.CreateTempSubdirectory("clusterstats-nofonts-");
        try
        {
            var resolver = new ChartFontResolver([empty.FullName], fontFile: Wqy);
            var font = resolver.Choose(["奈良 靴下"]);
            Assert.That(font, Is.EqualTo(new ChartFont("WenQuanYi Micro Hei", Wqy, 0)));
            var plot = Charts.Lorenz(ClusterStats.Indices.RegionalIndices.Gini([1, 2, 3]), "奈良", fonts: resolver);
            PlotAssert.IsDrawnPng(plot.ToPng(400, 300), 400, 300);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Test]
    public void A_missing_or_unreadable_font_file_is_named()
    {
        Assert.Throws<FileNotFoundException>(() => _ = new ChartFontResolver(fontFile: "/no/such/font.ttf"));
        var notAFont = Path.GetTempFileName();
        try
        {
            File.WriteAllText(notAFont, "region,value\n");
            var ex = Assert.Throws<ClusterStatsException>(() => _ = new ChartFontResolver(fontFile: notAFont));
            Assert.That(ex!.Message, Does.Contain(notAFont).And.Contain(".ttf"));
        }
        finally
        {
            File.Delete(notAFont);
        }
    }

    [Test]
    public void Drawn_code_points_skip_white_space_and_keep_first_seen_order()
    {
        Assert.That(ChartFontResolver.DrawnCodePoints(["小北 河", null, "河\t小 A"]).Select(char.ConvertFromUtf32), Is.EqualTo(new[] { "小", "北", "河", "A" }));
    }
}
