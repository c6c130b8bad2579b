using System.CommandLine;

namespace ClusterStats.Cli.Commands;

/// <summary><c>clusterstats figures [--cluster ID] [--indicator NAME] [--format table|csv] [--data FILE]</c>.</summary>
internal static class FiguresCommand
{
    public static Command Create()
    {
        var cluster = new Option<string?>("--cluster") { Description = "Only figures of this cluster or region id (for example xiaobeihe)." };
        var indicator = new Option<string?>("--indicator") { Description = "Only figures of this indicator (for example pairs_per_year)." };
        var format = new Option<string>("--format") { Description = "table (for people, the default) or csv (the tidy figure schema, plain digits).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv");
        var data = new Option<string?>("--data") { Description = "Read figures from this CSV file (tidy figure schema) instead of the reference dataset." };
        var cmd = new Command("figures", "List cited figures with value, unit, qualifier, year and source.");
        cmd.Options.Add(cluster);
        cmd.Options.Add(indicator);
        cmd.Options.Add(format);
        cmd.Options.Add(data);
        cmd.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var set = FigureInput.ForCluster(FigureInput.Load(parseResult.GetValue(data)), parseResult.GetValue(cluster), error);
            if (set is null) return CliApp.InvalidInput;
            if (parseResult.GetValue(indicator) is string name)
            {
                if (!Indicator.IsValidName(name))
                {
                    CliApp.Report(error, $"'{name}' is not an indicator name (lower-case letters, digits and '_', such as pairs_per_year).");
                    return CliApp.InvalidInput;
                }
                set = set.Where(indicator: new Indicator(name));
            }
            if (parseResult.GetValue(format) == "csv")
            {
                FigureCsv.Write(set, output);
                return CliApp.Ok;
            }
            output.Write(FigureInput.Table(
                ["cluster", "indicator", "value", "plain", "unit", "qualifier", "year", "scope", "confidence", "source"],
                set.Select(f => (IReadOnlyList<string>)
                [
                    f.RegionId, f.Indicator.Name + (f.IsTarget ? " (target)" : ""), FigureFormat.ForPeople(f), FigureInput.Plain(f.Quantity.Value),
                    f.Quantity.Unit.Code, f.Qualifier.ToCode(), f.When, FigureInput.Shorten(f.Scope, 40), f.Source.Confidence.ToCode(),
                    FigureInput.Shorten(f.Source.Title, 60) + (f.Source.Published is null ? "" : $" ({f.Source.Published})"),
                ])));
            output.WriteLine($"{set.Count} figures");
            return CliApp.Ok;
        });
        return cmd;
    }
}
