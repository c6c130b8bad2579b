using System.Globalization;
using System.Text;

namespace ClusterStats.Cli.Commands;

/// <summary>What the figure verbs share: loading the reference data or a --data file, checking a cluster id, and text tables for people.</summary>
internal static class FigureInput
{
    /// <summary>The figures of the --data files (all of them, in order), or of the reference dataset when none is given.</summary>
    public static FigureSet Load(IReadOnlyList<string>? dataFiles) =>
        dataFiles is null or { Count: 0 } ? ReferenceData.Load().Figures
        : dataFiles.Count == 1 ? FigureCsv.Read(dataFiles[0])
        : new FigureSet([.. dataFiles.SelectMany(f => FigureCsv.Read(f))]);

    /// <summary>Figures of one cluster; an unknown id is an error (exit 1) listing the known ids.</summary>
    public static FigureSet ForCluster(FigureSet figures, string? cluster)
    {
        if (cluster is null) return figures;
        var known = figures.RegionIds.Concat(ReferenceData.Load().Regions.Select(r => r.Id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (!known.Contains(cluster, StringComparer.Ordinal)) throw new UnknownRegionException(cluster, known);
        return figures.Where(regionId: cluster);
    }

    /// <summary>
    /// The indicator named by --indicator, which must be a built-in indicator or one the figures in use have: any
    /// other name is a usage error (exit 2) listing them, with the nearest.
    /// </summary>
    public static Indicator Indicator(string name, FigureSet figures)
    {
        var known = ClusterStats.Indicator.BuiltIn.Select(i => i.Name).Concat(figures.Select(f => f.Indicator.Name)).ToHashSet(StringComparer.Ordinal);
        if (!known.Contains(name)) CliUsage.UnknownIndicator(name, known);
        return new Indicator(name);
    }

    public static string Plain(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Shorten(string? text, int max) => text is null ? "" : text.Length <= max ? text : text[..(max - 3)] + "...";

    /// <summary>Columns padded to the widest cell, two spaces apart; control characters in cells shown escaped.</summary>
    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        // Cells come from files: control characters are shown escaped so a cell cannot steer the terminal.
        var all = new List<IReadOnlyList<string>> { header };
        all.AddRange(rows.Select(r => (IReadOnlyList<string>)[.. r.Select(cell => DisplayText.Escape(cell))]));
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
