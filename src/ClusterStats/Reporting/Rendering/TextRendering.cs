using System.Globalization;
using System.Text;
using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// The one plain-text rendering of a comparison, for a terminal: aligned columns (East Asian wide characters count
/// two), control characters from the data shown escaped (<c>\u001b</c>).
/// </summary>
public static class TextRendering
{
    /// <summary>Plain text for a terminal: one aligned table per metric (clusters by rank), then the numbered sources and notes.</summary>
    public static string ToText(this Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{comparison.Label(comparison.Focal)} compared with its peers{(comparison.Currency is Currency c ? $" (money in {c})" : "")}\n");
        foreach (var metric in comparison.Metrics)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n{metric} ({comparison.UnitOf(metric)?.Code ?? "no value"})\n");
            var lines = new List<string[]> { new[] { "cluster", "value", "range", "year", "rank", "share", "x focal", "sources" } };
            var notes = new List<string>();
            foreach (var (row, cell) in comparison.ByRank(metric))
            {
                lines.Add([Printable.Escape(ComparisonText.RowLabel(row)) + (row.IsFocal ? " *" : ""), ComparisonText.ValueText(cell), ComparisonText.RangeText(cell),
                    Printable.Escape(comparison.YearText(cell)), ComparisonText.RankText(cell), Printable.Escape(ComparisonText.ShareText(cell)), ComparisonText.RatioText(cell), string.Join(",", cell.Sources)]);
                foreach (var n in cell.Notes) notes.Add($"    {row.RegionId}: {Printable.Escape(n)}");
            }
            var widths = Enumerable.Range(0, lines[0].Length).Select(i => lines.Max(l => Width(l[i]))).ToArray();
            foreach (var l in lines) sb.Append("  ").Append(string.Join("  ", l.Select((t, i) => Pad(t, widths[i], left: i is 1 or 4 or 5 or 6))).TrimEnd()).Append('\n');
            foreach (var n in notes.Distinct(StringComparer.Ordinal)) sb.Append(n).Append('\n');
        }
        sb.Append("\nSources\n");
        foreach (var s in comparison.Sources) sb.Append(CultureInfo.InvariantCulture, $"  [{s.Number}] {Printable.Escape(s.Title)} — {Printable.Escape(ComparisonText.SourceDetail(s))}{(s.Url is null ? "" : " " + Printable.Escape(s.Url))}\n");
        sb.Append("\nNotes\n");
        foreach (var n in comparison.Notes) sb.Append(CultureInfo.InvariantCulture, $"  - {Printable.Escape(n)}\n");
        return sb.ToString();
    }

    // Terminal columns: East Asian wide characters (CJK, Hangul, full-width forms) take two.
    private static int Width(string s) => s.Sum(c => c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
        or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6') ? 2 : 1);

    private static string Pad(string s, int width, bool left) => left ? new string(' ', Math.Max(0, width - Width(s))) + s : s + new string(' ', Math.Max(0, width - Width(s)));
}
