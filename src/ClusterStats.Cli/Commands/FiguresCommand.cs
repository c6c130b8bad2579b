using System.CommandLine;

namespace ClusterStats.Cli.Commands;

/// <summary><c>clusterstats figures [CLUSTER] [--indicator NAME] [--data FILE]... [--regions FILE] [--format table|csv|xlsx] [--out FILE]</c>.</summary>
internal static class FiguresCommand
{
    public static Command Create()
    {
        var cluster = CliOptions.Cluster(required: false, "Only figures of this cluster or region id (for example xiaobeihe); unknown ids are an error listing the known ones.");
        var indicator = new Option<string?>("--indicator") { Description = "Only figures of this indicator (for example pairs_per_year): a built-in indicator or one the figures have; any other name is an error listing them.", HelpName = "name" };
        var cmd = new Command("figures", "List cited figures with value, unit, qualifier, year and source.");
        cmd.Arguments.Add(cluster);
        cmd.Options.Add(indicator);
        var data = FigureArguments.AddTo(cmd, additive: false);
        var output = CliOutput.AddTo(cmd, "table (for people), csv (the tidy figure schema, plain digits) or xlsx (the same cells in a workbook; needs --out).", OutputFormat.Table, OutputFormat.Csv, OutputFormat.Xlsx);
        cmd.SetAction(parseResult =>
        {
            var format = output.Resolve(parseResult);
            if (format == OutputFormat.Xlsx && parseResult.GetValue(output.Out) is null) CliUsage.Fail("--format xlsx needs --out FILE.xlsx: a workbook is not written to the terminal.");
            var all = data.Load(parseResult);
            var set = FigureInput.ForCluster(all, parseResult.GetValue(cluster));
            if (parseResult.GetValue(indicator) is string name) set = set.Where(indicator: FigureInput.Indicator(name, all.Figures));
            if (format == OutputFormat.Xlsx)
            {
                var path = parseResult.GetValue(output.Out)!;
                FigureXlsx.Write(set, path);
                CliOutput.Wrote(parseResult, path, format);
                return CliApp.Ok;
            }
            if (format == OutputFormat.Csv)
            {
                output.Write(parseResult, FigureCsv.ToCsv(set));
                return CliApp.Ok;
            }
            output.Write(parseResult, FigureInput.Table(
                ["cluster", "indicator", "value", "plain", "unit", "qualifier", "year", "scope", "confidence", "source"],
                set.Select(f => (IReadOnlyList<string>)
                [
                    f.RegionId, f.Indicator.Name, FigureFormat.ForPeople(f, FigurePrecision.Table), FigureInput.Plain(f.Quantity.Value),
                    f.Quantity.Unit.Code, f.Qualifier.ToCode(), f.When, FigureInput.Shorten(f.Scope, 40), f.Source.Confidence.ToCode(),
                    FigureInput.Shorten(f.Source.Title, 60) + (f.Source.Published is null ? "" : $" ({f.Source.Published})"),
                ])) + $"{set.Count} figures\n");
            return CliApp.Ok;
        });
        return cmd;
    }
}
