using ScottPlot;
using SkiaSharp;

namespace ClusterStats.Plotting;

/// <summary>
/// Makes chosen font faces known to ScottPlot by family name. ScottPlot asks its font resolvers in order; this one is
/// put first so that a family name always means the exact face that was checked for glyphs (the right face of a .ttc,
/// or a file outside the system font folders), for every weight and slant.
/// </summary>
internal sealed class FaceRegistry : IFontResolver
{
    private static readonly FaceRegistry Instance = new();
    private static readonly object Gate = new();
    private readonly Dictionary<string, SKTypeface> _faces = new(StringComparer.Ordinal);

    public static void Register(string family, SKTypeface typeface)
    {
        lock (Gate)
        {
            Instance._faces[family] = typeface;
            if (!Fonts.FontResolvers.Contains(Instance)) Fonts.FontResolvers.Insert(0, Instance);
        }
    }

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) => Lookup(fontName);

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => Lookup(fontName);

    private SKTypeface? Lookup(string fontName)
    {
        lock (Gate) return _faces.TryGetValue(fontName, out var face) ? face : null;
    }
}
