using SkiaSharp;

namespace ClusterStats.Tests.Plotting;

/// <summary>Checks on rendered chart images and the paths of the README images.</summary>
internal static class PlotAssert
{
    /// <summary>Decodes the PNG and checks its size and that it is not blank: many colours, and ink on a good part of it.</summary>
    public static void IsDrawnPng(byte[] png, int width, int height)
    {
        using var bitmap = SKBitmap.Decode(png);
        Assert.That(bitmap, Is.Not.Null, "not a PNG SkiaSharp can decode");
        Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((width, height)));
        var colours = new HashSet<uint>();
        int inked = 0;
        var background = bitmap.GetPixel(1, 1);
        for (int y = 0; y < bitmap.Height; y += 2)
            for (int x = 0; x < bitmap.Width; x += 2)
            {
                var p = bitmap.GetPixel(x, y);
                colours.Add((uint)p);
                if (p != background) inked++;
            }
        double share = inked / (double)(((bitmap.Width + 1) / 2) * ((bitmap.Height + 1) / 2));
        Assert.That(colours, Has.Count.GreaterThan(50), "too few colours: the chart looks blank");
        Assert.That(share, Is.GreaterThan(0.03), "almost every pixel is background: the chart looks blank");
    }

    /// <summary>
    /// Compares a rendered PNG with a committed reference image pixel by pixel: same size, and at most
    /// <paramref name="maxShare"/> of the pixels differ by more than <see cref="ChannelTolerance"/> in any channel
    /// (anti-aliasing and font hinting move a few edge pixels between machines; a changed bar, label or colour moves
    /// thousands). On failure a difference image (changed pixels in red) is written beside the rendered one.
    /// </summary>
    public static void LooksLike(string rendered, string reference, double maxShare = 0.005)
    {
        Assert.That(File.Exists(reference), Is.True, $"reference image {reference} is missing");
        var diffPath = Path.ChangeExtension(rendered, ".diff.png");
        double share = DifferingShare(rendered, reference, diffPath);
        Assert.That(share, Is.LessThanOrEqualTo(maxShare),
            $"{rendered} differs from {reference} in {share:P2} of the pixels; the differing pixels are red in {diffPath}. " +
            "If the change is intended, copy the rendered image over the reference.");
    }

    /// <summary>How far one channel of a pixel may move before the pixel counts as different.</summary>
    public const int ChannelTolerance = 48;

    /// <summary>
    /// The share of pixels of two PNG images of one size that differ by more than <see cref="ChannelTolerance"/> in a
    /// channel; when any differ, writes <paramref name="diffPath"/> with them in red over the faded reference.
    /// </summary>
    public static double DifferingShare(string rendered, string reference, string diffPath)
    {
        using var actual = SKBitmap.Decode(rendered);
        using var expected = SKBitmap.Decode(reference);
        Assert.That(actual, Is.Not.Null, $"{rendered} is not a PNG SkiaSharp can decode");
        Assert.That(expected, Is.Not.Null, $"{reference} is not a PNG SkiaSharp can decode");
        Assert.That((actual.Width, actual.Height), Is.EqualTo((expected.Width, expected.Height)), $"size of {rendered} against {reference}");
        using var diff = new SKBitmap(actual.Width, actual.Height);
        int differing = 0;
        for (int y = 0; y < actual.Height; y++)
            for (int x = 0; x < actual.Width; x++)
            {
                SKColor a = actual.GetPixel(x, y), e = expected.GetPixel(x, y);
                int delta = Math.Max(Math.Max(Math.Abs(a.Red - e.Red), Math.Abs(a.Green - e.Green)),
                    Math.Max(Math.Abs(a.Blue - e.Blue), Math.Abs(a.Alpha - e.Alpha)));
                bool differs = delta > ChannelTolerance;
                if (differs) differing++;
                diff.SetPixel(x, y, differs ? SKColors.Red : new SKColor(e.Red, e.Green, e.Blue, 60));
            }
        if (differing > 0)
        {
            using var file = File.Create(diffPath);
            diff.Encode(file, SKEncodedImageFormat.Png, 100);
        }
        return differing / (double)(actual.Width * actual.Height);
    }

    /// <summary>The repository root (the folder holding ClusterStats.sln).</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClusterStats.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("ClusterStats.sln not found above the test folder");
        }
    }

    /// <summary>The path of a README image, notebooks/images/NAME.</summary>
    public static string ReadmeImage(string name) => Path.Combine(RepoRoot, "notebooks", "images", name);

    /// <summary>A test data file under data/plotting.</summary>
    public static string Data(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "data", "plotting", name);
}
