using System.Globalization;
using ClusterStats.Internal;
using Microsoft.Data.Analysis;

namespace ClusterStats;

/// <summary>DataFrames as HTML tables, for notebooks and reports (invariant culture; null cells are empty).</summary>
public static class DataFrameHtml
{
    /// <summary>
    /// An HTML table of the first <paramref name="maxRows"/> rows (default 200) of <paramref name="frame"/>; when rows
    /// are left out, a line below the table says how many.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRows"/> is negative.</exception>
    public static string ToHtml(this DataFrame frame, int maxRows = 200)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var headers = frame.Columns.Select(c => c.Name).ToArray();
        long shown = Math.Min(frame.Rows.Count, maxRows);
        var rows = new List<IReadOnlyList<string>>();
        for (long r = 0; r < shown; r++)
        {
            rows.Add(frame.Columns.Select(c => Html.Encode(Cell(c[r]))).ToArray());
        }
        var table = Html.Table("dataframe", headers, rows);
        return shown < frame.Rows.Count
            ? table + string.Create(CultureInfo.InvariantCulture, $"<p>{frame.Rows.Count - shown} more rows not shown.</p>")
            : table;
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        decimal m => FigureTables.Plain(m),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
