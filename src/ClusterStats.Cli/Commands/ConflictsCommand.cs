using System.CommandLine;
using System.Globalization;

namespace ClusterStats.Cli.Commands;

/// <summary><c>clusterstats conflicts [--cluster ID] [--data FILE]</c>: the groups of figures that disagree.</summary>
internal static class ConflictsCommand
{
    public static Command Create()
    {
        var cluster = new Option<string?>("--cluster") { Description = "Only conflicts of this cluster or region id (for example xiaobeihe)." };
        var data = new Option<string?>("--data") { Description = "Read figures from this CSV file (tidy figure schema) instead of the reference dataset." };
        var cmd = new Command("conflicts", "List groups of figures (same cluster, indicator and scope, same or neighbouring years) whose values disagree by more than 5 %.");
        cmd.Options.Add(cluster);
        cmd.Options.Add(data);
        cmd.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var set = FigureInput.ForCluster(FigureInput.Load(parseResult.GetValue(data)), parseResult.GetValue(cluster), parseResult.InvocationConfiguration.Error);
            if (set is null) return CliApp.InvalidInput;
            var groups = set.Conflicts();
            foreach (var g in groups)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{g.RegionId} {g.Indicator}{(g.Scope is null ? "" : $" [{g.Scope}]")}: {g.Figures.Count} figures disagree by {g.RelativeSpread:P1}; range {Range(g.Figures)}"));
                var rows = g.Figures.Select(f => Row(f, FigureInput.Year(f))).Concat(g.Undated.Select(f => Row(f, "undated (not matched)")));
                output.Write(FigureInput.Table(["  value", "plain", "year", "confidence", "source"], rows));
                output.WriteLine();
            }
            output.WriteLine($"{groups.Count} conflicting groups");
            return CliApp.Ok;
        });
        return cmd;
    }

    private static string Range(IReadOnlyList<Figure> figures) => new FigureSet(figures).Range()!.ToString();

    private static IReadOnlyList<string> Row(Figure f, string year) =>
    [
        "  " + FigureFormat.ForPeople(f), FigureInput.Plain(f.Quantity.Value), year, f.Source.Confidence.ToCode(),
        FigureInput.Shorten(f.Source.Title, 60) + (f.Source.Published is null ? "" : $" ({f.Source.Published})") + (f.Origin is null ? "" : $" <{f.Origin}>"),
    ];
}
