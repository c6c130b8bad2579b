using ScottPlot;
using SkiaSharp;

namespace ClusterStats.Plotting;

/// <summary>
/// The regions of a map as one plottable: each region's rings (exteriors and holes, already projected) filled with the
/// even-odd rule, so holes stay open; outlines; and each region's label centred on a point inside it, drawn only where
/// it fits inside the region's box on the rendered image. It is also the colour axis of a continuous map's colour bar.
/// </summary>
internal sealed class MapLayer : IPlottable, IHasColorAxis
{
    public sealed record Shape(string Id, Coordinates[][] Rings, Color Fill, string? Label, Coordinates LabelAt, AxisLimits Box)
    {
        /// <summary>The projected polygon the label is placed in (the region's largest); null when none.</summary>
        public NetTopologySuite.Geometries.Polygon? LabelPolygon { get; init; }
    }

    private readonly List<Shape> _shapes;

    public MapLayer(List<Shape> shapes) => _shapes = shapes;

    public IReadOnlyList<Shape> Shapes => _shapes;

    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new Axes();

    public IEnumerable<LegendItem> LegendItems => [];

    public Color OutlineColor { get; set; } = Color.FromHex("#8A8A8A");

    public float OutlineWidth { get; set; } = 0.7f;

    public string FontName { get; set; } = Fonts.Default;

    public float FontSize { get; set; } = 12;

    public IColormap Colormap { get; set; } = new ScottPlot.Colormaps.Viridis();

    public ScottPlot.Range ColorRange { get; set; } = new(0, 1);

    public ScottPlot.Range GetRange() => ColorRange;

    public AxisLimits GetAxisLimits()
    {
        if (_shapes.Count == 0) return AxisLimits.NoLimits;
        return new AxisLimits(_shapes.Min(s => s.Box.Left), _shapes.Max(s => s.Box.Right), _shapes.Min(s => s.Box.Bottom), _shapes.Max(s => s.Box.Top));
    }

    public void Render(RenderPack rp)
    {
        using var paint = new SKPaint { IsAntialias = true };
        foreach (var shape in _shapes)
        {
            using var path = new SKPath { FillType = SKPathFillType.EvenOdd };
            foreach (var ring in shape.Rings)
            {
                if (ring.Length < 3) continue;
                var first = Axes.GetPixel(ring[0]);
                path.MoveTo(first.X, first.Y);
                for (int i = 1; i < ring.Length; i++)
                {
                    var p = Axes.GetPixel(ring[i]);
                    path.LineTo(p.X, p.Y);
                }
                path.Close();
            }
            paint.Style = SKPaintStyle.Fill;
            paint.Color = shape.Fill.ToSKColor();
            rp.Canvas.DrawPath(path, paint);
            if (OutlineWidth > 0)
            {
                paint.Style = SKPaintStyle.Stroke;
                paint.StrokeWidth = OutlineWidth;
                paint.StrokeJoin = SKStrokeJoin.Round;
                paint.Color = OutlineColor.ToSKColor();
                rp.Canvas.DrawPath(path, paint);
            }
        }

        using var textPaint = Paint.NewDisposablePaint();
        foreach (var shape in _shapes)
        {
            if (string.IsNullOrEmpty(shape.Label)) continue;
            var style = new LabelStyle
            {
                Text = shape.Label,
                FontName = FontName,
                FontSize = FontSize,
                ForeColor = IsDark(shape.Fill) ? Colors.White : Color.FromHex("#222222"),
                Alignment = Alignment.MiddleCenter,
            };
            var size = style.Measure(shape.Label, textPaint).Size;
            var at = Axes.GetPixel(shape.LabelAt);
            if (!Fits(shape, at, size.Width / 2 + 2, size.Height / 2)) continue;
            style.Render(rp.Canvas, at, textPaint);
        }
    }

    /// <summary>Whether a label of the given half width and height centred at <paramref name="at"/> lies inside the region's polygon (its corners and edge midpoints).</summary>
    private bool Fits(Shape shape, Pixel at, float halfWidth, float halfHeight)
    {
        if (shape.LabelPolygon is not { } polygon) return false;
        for (int dx = -1; dx <= 1; dx++)
            for (int dy = -1; dy <= 1; dy++)
            {
                var c = Axes.GetCoordinates(new Pixel(at.X + dx * halfWidth, at.Y + dy * halfHeight));
                if (!polygon.Contains(polygon.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(c.X, c.Y)))) return false;
            }
        return true;
    }

    /// <summary>Whether a fill is dark enough that its label reads better in white (relative luminance below 0.2, where white and dark text contrast equally).</summary>
    internal static bool IsDark(Color color)
    {
        static double Linear(byte channel)
        {
            double c = channel / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        double luminance = 0.2126 * Linear(color.R) + 0.7152 * Linear(color.G) + 0.0722 * Linear(color.B);
        return color.A > 128 && luminance < 0.2;
    }
}
