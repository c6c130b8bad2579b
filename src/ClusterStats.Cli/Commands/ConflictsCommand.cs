using System.CommandLine;
using System.Globalization;

namespace ClusterStats.Cli.Commands;

/// <summary>
/// <c>clusterstats conflicts [CLUSTER] [--data FILE]... [--format table|csv] [--out FILE]</c>: the figures that disagree within
/// one year (conflicts), then pairs of adjacent years with an approximate year that disagree (possible conflicts).
/// </summary>
internal static class ConflictsCommand
{
    public static Command Create()
    {
        var cluster = CliOptions.Cluster(required: false, "Only conflicts of this cluster or region id (for example xiaobeihe); unknown ids are an error listing the known ones.");
        var cmd = new Command("conflicts", "List conflicts (figures of the same cluster, indicator, scope and stated year that differ by more than 5 %) and, apart, possible conflicts (figures of adjacent years, at least one year approximate, that differ by more than 5 %).");
        cmd.Arguments.Add(cluster);
        var data = FigureArguments.AddTo(cmd, additive: true);
        var output = CliOutput.AddTo(cmd, "table (for people) or csv (one row per figure and group, with a kind column: conflict or possible).", OutputFormat.Table, OutputFormat.Csv);
        cmd.SetAction(parseResult =>
        {
            var dataset = data.Load(parseResult);
            var set = FigureInput.ForCluster(dataset, parseResult.GetValue(cluster));
            // Money of different currencies is compared at the rates of the reference data.
            var groups = set.Conflicts(new ConflictOptions { Rates = dataset.ExchangeRates });
            if (output.Resolve(parseResult) == OutputFormat.Csv)
            {
                output.Write(parseResult, ConflictCsv.ToCsv(groups));
                return CliApp.Ok;
            }
            output.Write(parseResult, writer => WriteTable(groups, writer));
            return CliApp.Ok;
        });
        return cmd;
    }

    private static void WriteTable(IReadOnlyList<ConflictGroup> groups, TextWriter output)
    {
        var conflicts = groups.Where(g => g.Kind == ConflictKind.Conflict).ToList();
        var possible = groups.Where(g => g.Kind == ConflictKind.Possible).ToList();
        foreach (var g in conflicts)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"conflict: {g.RegionId} {g.Indicator}{(g.Scope is null ? "" : $" [{g.Scope}]")} {g.Figures[0].When}: {g.Figures.Count} figures disagree by {g.RelativeSpread:P1}; range {Range(g.Figures)}"));
            var rows = g.Figures.Select(f => Row(f, f.When)).Concat(g.Undated.Select(f => Row(f, "undated (not matched)")));
            output.Write(FigureInput.Table(Header, rows));
            output.WriteLine();
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{conflicts.Count} conflict{(conflicts.Count == 1 ? "" : "s")}"));
        if (possible.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Possible conflicts: figures of adjacent years, at least one year approximate, that differ by more than 5 % (they disagree if the approximate year is the other one).");
            output.WriteLine();
        }
        foreach (var g in possible)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"possible: {g.RegionId} {g.Indicator}{(g.Scope is null ? "" : $" [{g.Scope}]")} {g.Figures[0].When} / {g.Figures[1].When}: {g.RelativeSpread:P1} apart"));
            output.Write(FigureInput.Table(Header, g.Figures.Select(f => Row(f, f.When))));
            output.WriteLine();
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{possible.Count} possible conflict{(possible.Count == 1 ? "" : "s")}"));
    }

    private static readonly string[] Header = ["  value", "plain", "year", "status", "confidence", "source"];

    // One range per currency when money of several currencies was compared in USD.
    private static string Range(IReadOnlyList<Figure> figures)
    {
        var byUnit = figures.GroupBy(f => f.Quantity.Unit.Code, StringComparer.Ordinal).Select(u => new FigureSet(u).Range()!.ToString()).ToArray();
        return byUnit.Length == 1 ? byUnit[0] : string.Join(" and ", byUnit) + " (compared in USD at the annual rates of their year)";
    }

    private static IReadOnlyList<string> Row(Figure f, string year) =>
    [
        "  " + FigureFormat.ForPeople(f, FigurePrecision.Table), FigureInput.Plain(f.Quantity.Value), year, f.Status.ToCode(), f.Source.Confidence.ToCode(),
        FigureInput.Shorten(f.Source.Title, 60) + (f.Source.Published is null ? "" : $" ({f.Source.Published})") + (f.Origin is null ? "" : $" <{f.Origin}>"),
    ];
}
