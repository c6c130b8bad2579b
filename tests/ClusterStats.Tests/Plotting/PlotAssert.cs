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
