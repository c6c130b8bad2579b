using ScottPlot;

namespace ClusterStats.Plotting;

/// <summary>Finds every text a plot draws and sets one font on every label that draws it.</summary>
internal static class PlotText
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Plot, List<string>> Remembered = [];

    /// <summary>Remembers texts a plot will draw that cannot be read back before rendering (fixed tick labels).</summary>
    public static void Remember(Plot plot, IEnumerable<string> texts) => Remembered.GetOrCreateValue(plot).AddRange(texts);

    public static IEnumerable<string?> Collect(Plot plot)
    {
        if (Remembered.TryGetValue(plot, out var remembered))
            foreach (var text in remembered) yield return text;
        yield return plot.Axes.Title.Label.Text;
        foreach (var axis in plot.Axes.GetAxes())
        {
            yield return axis.Label.Text;
            if (axis.TickGenerator is ScottPlot.TickGenerators.NumericManual manual)
                foreach (var tick in manual.Ticks) yield return tick.Label;
        }
        foreach (var panel in plot.Axes.GetPanels())
        {
            switch (panel)
            {
                case ScottPlot.Panels.TitlePanel title: yield return title.Label.Text; break;
                case ScottPlot.Panels.ColorBar bar: yield return bar.Label; break;
            }
        }
        foreach (var item in plot.Legend.ManualItems) yield return item.LabelText;
        foreach (var plottable in plot.GetPlottables())
        {
            foreach (var item in plottable.LegendItems) yield return item.LabelText;
            switch (plottable)
            {
                case ScottPlot.Plottables.Text text: yield return text.LabelText; break;
                case ScottPlot.Plottables.Annotation note: yield return note.Text; break;
                case ScottPlot.Plottables.BarPlot bars:
                    foreach (var bar in bars.Bars) yield return bar.Label;
                    break;
            }
        }
    }

    public static void SetFont(Plot plot, string family)
    {
        plot.Axes.Title.Label.FontName = family;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = family;
            axis.TickLabelStyle.FontName = family;
        }
        foreach (var panel in plot.Axes.GetPanels())
        {
            switch (panel)
            {
                case ScottPlot.Panels.TitlePanel title: title.Label.FontName = family; break;
                case ScottPlot.Panels.ColorBar bar:
                    bar.LabelStyle.FontName = family;
                    bar.Axis.Label.FontName = family;
                    bar.Axis.TickLabelStyle.FontName = family;
                    break;
            }
        }
        plot.Legend.FontName = family;
        foreach (var item in plot.Legend.ManualItems) item.LabelFontName = family;
        foreach (var plottable in plot.GetPlottables())
        {
            switch (plottable)
            {
                case ScottPlot.Plottables.Text text: text.LabelFontName = family; break;
                case ScottPlot.Plottables.Annotation note: note.LabelFontName = family; break;
                case ScottPlot.Plottables.BarPlot bars: bars.ValueLabelStyle.FontName = family; break;
                case MapLayer map: map.FontName = family; break;
            }
        }
    }
}
