using System.CommandLine;
using System.Globalization;
using System.Text;

namespace ClusterStats.Cli.Commands;

/// <summary>What the figure verbs share: checking a cluster id and an indicator, and text tables for people.</summary>
internal static class FigureInput
{
    /// <summary>Figures of one cluster; an id that neither the figures nor the regions have is an error (exit 1) listing the known ids.</summary>
    public static FigureSet ForCluster(ReferenceDataset data, string? cluster)
    {
        if (cluster is null) return data.Figures;
        RequireCluster(data, cluster);
        return data.Figures.Where(regionId: cluster);
    }

    /// <summary>An id that neither the figures nor the regions have is an error (exit 1) listing the known ids.</summary>
    public static void RequireCluster(ReferenceDataset data, string cluster)
    {
        var known = data.Figures.RegionIds.Concat(data.Regions.Select(r => r.Id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (!known.Contains(cluster, StringComparer.Ordinal)) throw new UnknownRegionException(cluster, known);
    }

    /// <summary>
    /// The indicator named by --indicator, which must be a built-in indicator or one the figures in use have: any
    /// other name is a usage error (exit 2) listing them, with the nearest.
    /// </summary>
    public static Indicator Indicator(string name, FigureSet figures)
    {
        try
        {
            return figures.KnownIndicator(name);
        }
        catch (UnknownIndicatorException ex)
        {
            throw new CliUsageException("--indicator: " + ex.Message);
        }
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

/// <summary>
/// The figures and regions a verb works on: <c>--data FILE</c> (repeatable) added to the embedded reference dataset,
/// or alone with <c>--no-reference</c> (figures: always alone); <c>--regions FILE</c> merged over the reference regions
/// by id; each file read as <see cref="ReadArguments"/> says.
/// </summary>
internal sealed class FigureArguments
{
    private readonly bool _additive;
    private Option<bool>? _noReference;
    private Option<string?>? _regions;

    private FigureArguments(bool additive, ReadArguments read, Option<string[]> data) => (_additive, Read, Data) = (additive, read, data);

    /// <summary>The figure files.</summary>
    public Option<string[]> Data { get; }

    /// <summary>How the files are read.</summary>
    public ReadArguments Read { get; }

    /// <summary>
    /// Adds --data, --regions, --encoding, --sheet, --units and, when the files are <paramref name="additive"/> (added
    /// to the reference dataset), --no-reference.
    /// </summary>
    public static FigureArguments AddTo(Command command, bool additive)
    {
        var data = CliOptions.Data(additive
            ? "A figure file (tidy figure schema, .csv or .xlsx); repeatable. Its figures are added to the reference dataset (a figure equal to a reference figure in every field is the same figure)."
            : "A figure file (tidy figure schema, .csv or .xlsx); repeatable. The files alone are used (default: the reference dataset).");
        command.Options.Add(data);
        var a = new FigureArguments(additive, ReadArguments.AddTo(command, units: true), data);
        if (additive)
        {
            a._noReference = new Option<bool>("--no-reference") { Description = "Use only the --data files, not the embedded reference dataset." };
            command.Options.Add(a._noReference);
        }
        a._regions = new Option<string?>("--regions") { Description = "A regions file (the schema of data/clusters.csv, .csv or .xlsx): its regions are added, or replace the reference region of the same id (names, product focus).", HelpName = "file" };
        command.Options.Add(a._regions);
        return a;
    }

    /// <summary>The --data file names given (none when the reference dataset alone is used).</summary>
    public IReadOnlyList<string> Files(ParseResult parseResult) => parseResult.GetValue(Data) ?? [];

    /// <summary>Whether the reference dataset's figures are left out.</summary>
    public bool NoReference(ParseResult parseResult) => _noReference is not null && parseResult.GetValue(_noReference);

    /// <summary>The figures, regions and exchange rates to use.</summary>
    public ReferenceDataset Load(ParseResult parseResult)
    {
        var files = Files(parseResult);
        if (NoReference(parseResult) && files.Count == 0) CliUsage.Fail("--no-reference needs --data FILE: the figures to use instead of the reference dataset.");
        var options = Read.Options(parseResult);
        var reference = ReferenceData.Load();
        var own = files.Count == 0 ? null : files.Select(f => FigureCsv.Read(f, options)).Aggregate((a, b) => a.Union(b));
        var data = own is null ? reference
            : !_additive || NoReference(parseResult) ? reference with { Figures = own }
            : reference.WithFigures(own);
        return _regions is not null && parseResult.GetValue(_regions) is { } regions ? data.WithRegions(RegionCsv.Read(regions, options)) : data;
    }

    /// <summary>What the figures are, for a report's footer: the reference dataset, the files, or both.</summary>
    public string Describe(ParseResult parseResult)
    {
        const string reference = "the ClusterStats reference dataset";
        var files = Files(parseResult);
        if (files.Count == 0) return reference;
        var names = string.Join(", ", files.Select(Path.GetFileName));
        return NoReference(parseResult) || !_additive ? names : $"{reference} and {names}";
    }
}
