using System.Globalization;
using System.Text;

namespace ClusterStats.Cli.Commands;

/// <summary>What the figure verbs share: loading the reference data or a --data file, checking a cluster id, and text tables for people.</summary>
internal static class FigureInput
{
    public static FigureSet Load(string? dataFile) => dataFile is null ? ReferenceData.Load().Figures : FigureCsv.Read(dataFile);

    /// <summary>Figures of one cluster, or null (after writing the known ids to stderr) when the id is unknown.</summary>
    public static FigureSet? ForCluster(FigureSet figures, string? cluster, TextWriter error)
    {
        if (cluster is null) return figures;
        var known = figures.RegionIds.Concat(ReferenceData.Load().Regions.Select(r => r.Id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (!known.Contains(cluster, StringComparer.Ordinal))
        {
            CliApp.Report(error, $"unknown cluster id '{cluster}'. Known ids: {string.Join(", ", known)}");
            return null;
        }
        return figures.Where(regionId: cluster);
    }

    public static string Plain(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Shorten(string? text, int max) => text is null ? "" : text.Length <= max ? text : text[..(max - 3)] + "...";

    /// <summary>Columns padded to the widest cell, two spaces apart; control characters in cells shown escaped.</summary>
    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        // Cells come from files: control characters are shown escaped so a cell cannot steer the terminal.
        var all = new List<IReadOnlyList<string>> { header };
        all.AddRange(rows.Select(r => (IReadOnlyList<string>)[.. r.Select(cell => Internal.Printable.Escape(cell))]));
        var widths = header.Select((_, i) => all.Max(r => r[i].Length)).ToArray();
        var sb = new StringBuilder();
        foreach (var row in all)
        {
            var line = string.Join("  ", row.Select((cell, i) => i == row.Count - 1 ? cell : cell.PadRight(widths[i])));
            sb.Append(line.TrimEnd()).Append('\n');
        }
        return sb.ToString();
    }
}
