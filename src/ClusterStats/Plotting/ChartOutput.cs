using System.Globalization;
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
    public static ChartFormat FormatFor(string path, ChartFormat? explicitFormat = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (explicitFormat is { } format) return format;
        var ext = Path.GetExtension(path);
        if (ext.Equals(".png", StringComparison.OrdinalIgnoreCase)) return ChartFormat.Png;
        if (ext.Equals(".svg", StringComparison.OrdinalIgnoreCase)) return ChartFormat.Svg;
        return ThrowHelper.Invalid<ChartFormat>(
            $"Cannot tell the image format of '{path}' from its extension '{ext}': expected .png or .svg, or give the format explicitly (png or svg).");
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

    /// <summary>
    /// An HTML <c>img</c> element with the chart as a base64 PNG data URI, for notebooks and reports:
    /// <c>&lt;img src="data:image/png;base64,..." width=".." height=".." alt=".."&gt;</c>.
    /// </summary>
    /// <param name="plot">The chart.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="alt">Alternative text (HTML-encoded here); the chart title when null.</param>
    public static string ToPngHtml(this Plot plot, int width = DefaultWidth, int height = DefaultHeight, string? alt = null)
    {
        var png = plot.ToPng(width, height);
        var text = Html.Encode(alt ?? plot.Axes.Title.Label.Text ?? "chart");
        return string.Create(CultureInfo.InvariantCulture,
            $"<img src=\"data:image/png;base64,{Convert.ToBase64String(png)}\" width=\"{width}\" height=\"{height}\" alt=\"{text}\">");
    }

    /// <summary>The chart as an inline <c>&lt;svg&gt;</c> element for HTML (the viewer needs the font named in it).</summary>
    public static string ToSvgHtml(this Plot plot, int width = DefaultWidth, int height = DefaultHeight)
    {
        var svg = plot.ToSvg(width, height);
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }

    private static void CheckSize(int width, int height)
    {
        if (width <= 0 || height <= 0 || width > MaxPixels || height > MaxPixels)
            ThrowHelper.Invalid(string.Create(CultureInfo.InvariantCulture, $"Chart size {width}x{height} is not valid: expected width and height from 1 to {MaxPixels} pixels."));
    }
}
