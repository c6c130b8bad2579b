using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ClusterStats.Indices;
using ClusterStats.Plotting;
using ScottPlot;

namespace ClusterStats.Cli.Commands;

/// <summary>
/// <c>clusterstats plot</c>: draws charts to PNG or SVG files. Every subcommand shares the output options of
/// <see cref="PlotOutput"/>.
/// </summary>
internal static class PlotCommand
{
    /// <summary>The subcommands, one factory per line; a chart of its own file (the map, for example) adds its line here.</summary>
    private static readonly Func<Command>[] Subcommands =
    [
        CreateCompare,
        CreateTimeSeries,
        CreateBubbles,
        CreateLq,
        CreateShiftShare,
        CreateLorenz,
        MapCommand.Create,
    ];

    public static Command Create()
    {
        var plot = new Command("plot", "Draw a chart to a PNG or SVG file (Chinese, Japanese and Korean labels drawn with an installed CJK font).");
        foreach (var create in Subcommands) plot.Subcommands.Add(create());
        return plot;
    }

    private static Option<string?> Title(string defaultText) => CliOptions.Title($"Chart title (default: {defaultText}).");

    /// <summary>The metrics a comparison chart can draw: the built-in indicators and derived metrics.</summary>
    private static IEnumerable<string> KnownMetrics => Indicator.BuiltIn.Select(i => i.Name).Concat(DerivedMetric.All.Select(d => d.Name));

    private static Command CreateCompare()
    {
        var metric = new Option<string>("--metric")
        {
            Description = "The metric drawn: an indicator (pairs_per_year, output_value, firm_count, employees, export_value) or a derived metric (output_value_per_pair, pairs_per_firm, ...); any other name is an error listing them.",
            DefaultValueFactory = _ => Indicator.PairsPerYear.Name,
            HelpName = "name",
        };
        var title = Title("the metric's Chinese and English name");
        var command = new Command("compare",
            "Bar chart of one metric of a cluster and its peers (the comparison of the compare verb): sorted, the cluster highlighted, ranges where sources disagree, sources in a footnote.");
        var cluster = ComparisonArguments.AddTo(command);
        command.Options.Add(metric);
        command.Options.Add(title);
        var output = PlotOutput.AddTo(command);
        command.SetAction(parseResult =>
        {
            var name = parseResult.GetValue(metric)!;
            if (!KnownMetrics.Contains(name, StringComparer.Ordinal)) CliUsage.UnknownMetric(name, KnownMetrics);
            var comparison = cluster.Create(parseResult);
            output.Write(parseResult, Charts.Comparison(comparison, name, parseResult.GetValue(title), output.Fonts(parseResult)));
            return CliApp.Ok;
        });
        return command;
    }

    private static Command CreateBubbles()
    {
        var title = Title("'企业数与产值 Firms and output value'");
        var command = new Command("bubbles",
            "Bubble chart of a cluster and its peers: firms against output value (log axes), bubble area = pairs per year; clusters missing one of the three are named in the footnote.");
        var cluster = ComparisonArguments.AddTo(command);
        command.Options.Add(title);
        var output = PlotOutput.AddTo(command);
        command.SetAction(parseResult =>
        {
            var comparison = cluster.Create(parseResult);
            output.Write(parseResult, Charts.Bubbles(comparison, parseResult.GetValue(title), output.Fonts(parseResult)));
            return CliApp.Ok;
        });
        return command;
    }

    private static Command CreateTimeSeries()
    {
        var indicator = new Option<string>("--indicator")
        {
            Description = "The indicator, e.g. pairs_per_year, output_value, firm_count: a built-in indicator or one the figures have; any other name is an error listing them.",
            DefaultValueFactory = _ => Indicator.PairsPerYear.Name,
            HelpName = "name",
        };
        var title = Title("the cluster's name and the indicator's");
        var command = new Command("timeseries",
            "A cluster's figures of one indicator over the years: a point per source and year, bands where sources disagree, plan targets hollow and dashed.");
        var cluster = ComparisonArguments.AddTo(command, comparing: false);
        var suspicious = new Option<bool>("--include-suspicious") { Description = "Draw suspicious and superseded figures too (default: named in the footnote, not drawn)." };
        command.Options.Add(indicator);
        command.Options.Add(title);
        command.Options.Add(suspicious);
        var output = PlotOutput.AddTo(command);
        command.SetAction(parseResult =>
        {
            var data = cluster.Load(parseResult);
            var (figures, id) = (data.Figures, parseResult.GetValue(cluster.Cluster)!);
            var name = FigureInput.Indicator(parseResult.GetValue(indicator)!, figures);
            FigureInput.RequireCluster(data, id);
            var region = data.FindRegion(id);
            var chartTitle = parseResult.GetValue(title) ?? $"{region?.NameZh ?? region?.NameEn ?? id} {Charts.MetricTitle(name.Name)}";
            output.Write(parseResult, Charts.TimeSeries(figures, id, name, chartTitle, output.Fonts(parseResult), parseResult.GetValue(suspicious)));
            return CliApp.Ok;
        });
        return command;
    }

    private static Command CreateLq()
    {
        var title = Title("'Location quotients of <file name>'");
        var command = new Command("lq", "Heatmap of location quotients LQ = (x_ri / x_r) / (x_i / x), regions x industries, diverging colours centred at 1.");
        var table = TableArguments.AddTo(command, "region,industry,value (or region,industry,year,value with --year)", industry: true, year: true);
        var year = new Option<int?>("--year") { Description = "The year, when the input has a year column with several years.", HelpName = "yyyy" };
        command.Options.Add(year);
        command.Options.Add(title);
        var output = PlotOutput.AddTo(command);
        command.SetAction(parseResult =>
        {
            var file = parseResult.GetValue(table.Input)!;
            var matrix = IndexRunner.ReadMatrix(table.Table(parseResult), parseResult.GetValue(year));
            var chartTitle = parseResult.GetValue(title) ?? $"Location quotients of {Path.GetFileNameWithoutExtension(file)}";
            output.Write(parseResult, Charts.LqHeatmap(matrix.LocationQuotient(), chartTitle, $"Source: {Path.GetFileName(file)}.", output.Fonts(parseResult)));
            return CliApp.Ok;
        });
        return command;
    }

    private static Command CreateShiftShare()
    {
        var baseYear = new Option<int>("--base") { Description = "The base year.", Required = true, HelpName = "yyyy" };
        var endYear = new Option<int>("--end") { Description = "The end year.", Required = true, HelpName = "yyyy" };
        var method = CliOptions.Enum("--method", "The decomposition drawn.", ShiftShareMethod.Dunn, ShiftShareMethod.Dunn, ShiftShareMethod.EstebanMarquillas);
        var unit = new Option<string?>("--unit") { Description = "The unit of the values, drawn on the axis: a known unit code or alias (default: the value column's name).", HelpName = "unit" };
        var title = Title("'Shift-share of <file name>, BASE-END'");
        var command = new Command("shift-share", "Shift-share components per region as grouped bars, each region's total change marked; the nation is the sum of the regions.");
        var table = TableArguments.AddTo(command, "region,industry,year,value", industry: true, year: true);
        foreach (var o in new Option[] { baseYear, endYear, method, unit, title }) command.Options.Add(o);
        var output = PlotOutput.AddTo(command);
        command.SetAction(parseResult =>
        {
            var file = parseResult.GetValue(table.Input)!;
            var unitCode = parseResult.GetValue(unit) is { } given ? CliUsage.Unit(UnitVocabulary.BuiltIn, given).Code : null;
            var input = table.Table(parseResult);
            int from = parseResult.GetValue(baseYear), to = parseResult.GetValue(endYear);
            var panel = input.ToPanel();
            var result = panel.ShiftShare(from, to, parseResult.GetValue(method));
            var chartTitle = parseResult.GetValue(title) ?? string.Create(CultureInfo.InvariantCulture, $"Shift-share of {Path.GetFileNameWithoutExtension(file)}, {from}-{to}");
            output.Write(parseResult, Charts.ShiftShare(result, chartTitle, unitCode ?? input.ValueColumn,
                $"Source: {Path.GetFileName(file)}; {result.Method} decomposition, nation = the {panel.Regions.Count.ToString(CultureInfo.InvariantCulture)} regions.", output.Fonts(parseResult)));
            return CliApp.Ok;
        });
        return command;
    }

    private static Command CreateLorenz()
    {
        var title = Title("'Lorenz curve of <file name>'");
        var command = new Command("lorenz",
            "Lorenz curve of a value over regions with its Gini coefficient (the index verb's gini): G = sum_k (L_k P_k-1 - L_k-1 P_k).");
        var table = TableArguments.AddTo(command, "region,value[,weight] (one row per region, value >= 0; weight = class size)", industry: false, year: false);
        command.Options.Add(title);
        var output = PlotOutput.AddTo(command);
        command.SetAction(parseResult =>
        {
            var file = parseResult.GetValue(table.Input)!;
            var values = IndexRunner.ReadValues(table.Table(parseResult), "lorenz", "class sizes");
            var gini = RegionalIndices.Gini(values.Values, values.Weights);
            var chartTitle = parseResult.GetValue(title) ?? $"Lorenz curve of {Path.GetFileNameWithoutExtension(file)}";
            output.Write(parseResult, Charts.Lorenz(gini, chartTitle, $"Source: {Path.GetFileName(file)} ({gini.Count.ToString(CultureInfo.InvariantCulture)} regions).", output.Fonts(parseResult)));
            parseResult.InvocationConfiguration.Output.WriteLine(
                string.Create(CultureInfo.InvariantCulture, $"Gini {gini.Gini:0.0000} over {gini.Count} regions"));
            return CliApp.Ok;
        });
        return command;
    }
}

/// <summary>
/// The output options every <c>plot</c> subcommand takes: <c>--out FILE</c>, <c>--format png|svg</c> (wins over the
/// extension, which is the default), <c>--width</c>/<c>--height</c> in pixels (800x600), <c>--font FILE</c>.
/// </summary>
internal sealed class PlotOutput
{
    private readonly Option<string?> _out = CliOptions.Out("The image file to write.", required: true);
    private readonly Option<OutputFormat?> _format = CliOptions.OptionalEnum("--format", "The image format; default: the extension of --out.", OutputFormat.Png, OutputFormat.Svg);
    private readonly Option<int> _width = new("--width") { Description = "Width in pixels.", DefaultValueFactory = _ => ChartOutput.DefaultWidth, HelpName = "px" };
    private readonly Option<int> _height = new("--height") { Description = "Height in pixels.", DefaultValueFactory = _ => ChartOutput.DefaultHeight, HelpName = "px" };
    private readonly Option<string?> _font = CliOptions.Font("A font file (.ttf/.otf/.ttc) to draw the labels with, instead of an installed CJK font.");

    public static PlotOutput AddTo(Command command)
    {
        var output = new PlotOutput();
        command.Options.Add(output._out);
        command.Options.Add(output._format);
        command.Options.Add(output._width);
        command.Options.Add(output._height);
        command.Options.Add(output._font);
        command.Validators.Add(output.Validate);
        return output;
    }

    // The image format is decided by the arguments alone: an --out extension that names none, without --format, is a
    // usage error (exit 2), not a failure of the data.
    private void Validate(CommandResult r)
    {
        if (r.GetResult(_format) is { Implicit: false } || r.GetValue(_out) is not { } path || string.IsNullOrWhiteSpace(path)) return; // an empty --out is its own error
        var extension = Path.GetExtension(path);
        if (!extension.Equals(".png", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            r.AddError($"--out '{DisplayText.Escape(path)}' has {(extension.Length == 0 ? "no extension" : $"the extension '{DisplayText.Escape(extension)}'")}, which names no image format: end it in .png or .svg, or give --format png|svg.");
        }
    }

    /// <summary>The font resolver: one for the --font file, or the default.</summary>
    public ChartFontResolver Fonts(ParseResult parseResult) =>
        parseResult.GetValue(_font) is { } file ? new ChartFontResolver(fontFile: file) : ChartFontResolver.Default;

    /// <summary>Saves the chart as the options say and reports the file written on stdout.</summary>
    public void Write(ParseResult parseResult, Plot chart)
    {
        var path = parseResult.GetValue(_out)!;
        ChartFormat? format = parseResult.GetValue(_format) switch
        {
            OutputFormat.Svg => ChartFormat.Svg,
            OutputFormat.Png => ChartFormat.Png,
            _ => null,
        };
        int width = parseResult.GetValue(_width), height = parseResult.GetValue(_height);
        var written = chart.Save(path, format, width, height);
        parseResult.InvocationConfiguration.Output.WriteLine(
            string.Create(CultureInfo.InvariantCulture, $"wrote {DisplayText.Escape(path)} ({written.ToString().ToUpperInvariant()}, {width}x{height})"));
    }
}
