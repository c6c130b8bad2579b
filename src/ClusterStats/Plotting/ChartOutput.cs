using ClusterStats.Internal;
using ScottPlot;

namespace ClusterStats.Plotting;

/// <summary>The image formats charts are saved in.</summary>
public enum ChartFormat
{
    /// <summary>Portable Network Graphics: pixels, text already drawn with the chosen font.</summary>
    Png,

    /// <summary>Scalable Vector Graphics: text stays text, so the viewer needs the font too.</summary>
    Svg,
}

/// <summary>
/// Saving charts as PNG or SVG files and embedding them in HTML (notebooks, reports). Sizes are in pixels;
/// the default is <see cref="DefaultWidth"/> x <see cref="DefaultHeight"/>.
/// </summary>
public static class ChartOutput
{
    /// <summary>The default chart width in pixels (800).</summary>
    public const int DefaultWidth = 800;

    /// <summary>The default chart height in pixels (600).</summary>
    public const int DefaultHeight = 600;

    /// <summary>The largest width or height in pixels (20000); a larger size is an error.</summary>
    public const int MaxPixels = 20000;

    /// <summary>
    /// The format to save <paramref name="path"/> in: <paramref name="explicitFormat"/> when given (it wins over the
    /// extension), otherwise the extension (.png or .svg, any case).
    /// </summary>
    /// <exception cref="ClusterStatsException">When no format is given and the extension is neither .png nor .svg.</exception>
    internal static ChartFormat FormatFor(string path, ChartFormat? explicitFormat = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (explicitFormat is { } format) return format;
        var ext = Path.GetExtension(path);
        if (ext.Equals(".png", StringComparison.OrdinalIgnoreCase)) return ChartFormat.Png;
        if (ext.Equals(".svg", StringComparison.OrdinalIgnoreCase)) return ChartFormat.Svg;
        return ThrowHelper.ChartFormatUnknown<ChartFormat>(path, ext);
    }

    /// <summary>Reads a format name: "png" or "svg" (any case).</summary>
    /// <exception cref="ClusterStatsFormatException">When the text is neither.</exception>
    public static ChartFormat ParseFormat(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Equals("png", StringComparison.OrdinalIgnoreCase)) return ChartFormat.Png;
        if (text.Equals("svg", StringComparison.OrdinalIgnoreCase)) return ChartFormat.Svg;
        return ThrowHelper.Format<ChartFormat>(text, 0, "png or svg");
    }

    /// <summary>
    /// Saves <paramref name="plot"/> to <paramref name="path"/> at the given size, in <paramref name="format"/> or, when
    /// null, the format of the extension. Creates the folder if needed. Returns the format written. The file is written
    /// whole or not at all (a temporary file beside it, renamed over it); a symbolic link, folder or device at
    /// <paramref name="path"/> is refused, never written through.
    /// </summary>
    /// <exception cref="ClusterStatsException">When the format cannot be told, the size is not positive, or the path is a link, folder or device.</exception>
    public static ChartFormat Save(this Plot plot, string path, ChartFormat? format = null, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var chosen = FormatFor(path, format);
        CheckSize(width, height);
        if (chosen == ChartFormat.Png) OutputFiles.WriteBytes(path, plot.ToPng(width, height));
        else OutputFiles.WriteText(path, plot.ToSvg(width, height));
        return chosen;
    }

    /// <summary>Renders <paramref name="plot"/> as PNG bytes of the given size.</summary>
    public static byte[] ToPng(this Plot plot, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(plot);
        CheckSize(width, height);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    /// <summary>Renders <paramref name="plot"/> as an SVG document of the given size (text as text elements).</summary>
    public static string ToSvg(this Plot plot, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(plot);
        CheckSize(width, height);
        return plot.GetSvgXml(width, height);
    }

    private static void CheckSize(int width, int height)
    {
        if (width <= 0 || height <= 0 || width > MaxPixels || height > MaxPixels)
            ThrowHelper.ChartSize(width, height, MaxPixels);
    }
}
