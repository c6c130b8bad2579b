using System.CommandLine;
using System.Globalization;
using System.Text;
using ClusterStats.Plotting;
using ScottPlot;

namespace ClusterStats.Cli.Commands;

/// <summary>
/// <c>clusterstats plot</c>: draws charts to PNG or SVG files. Every subcommand shares the output options of
/// <see cref="PlotOutput"/>.
/// </summary>
internal static class PlotCommand
{
    public static Command Create()
    {
        var plot = new Command("plot", "Draw a chart to a PNG or SVG file (Chinese, Japanese and Korean labels drawn with an installed CJK font).");
        plot.Subcommands.Add(CreateLorenz());
        return plot;
    }

    private static Command CreateLorenz()
    {
        var input = new Option<string>("--input")
        {
            Description = "CSV file with a header 'region,value' (UTF-8): one row per region, value >= 0.",
            Required = true,
        };
        var title = new Option<string?>("--title") { Description = "Chart title (default: 'Lorenz curve of <file name>')." };
        var command = new Command("lorenz",
            "Lorenz curve of a value over regions with its Gini coefficient: G = 1 - sum (X_k - X_k-1)(Y_k + Y_k-1) over the curve's points, regions weighted equally.");
        command.Options.Add(input);
        command.Options.Add(title);
        var output = PlotOutput.AddTo(command);
        command.SetAction(parseResult =>
        {
            var file = parseResult.GetValue(input)!;
            var rows = RegionValueCsv.Read(file);
            var curve = LorenzCurve.FromValues(rows.Select(r => r.Value));
            var chartTitle = parseResult.GetValue(title) ?? $"Lorenz curve of {Path.GetFileNameWithoutExtension(file)}";
            var chart = Charts.Lorenz(curve, chartTitle, $"Source: {Path.GetFileName(file)} ({rows.Count.ToString(CultureInfo.InvariantCulture)} regions).", output.Fonts(parseResult));
            output.Write(parseResult, chart);
            parseResult.InvocationConfiguration.Output.WriteLine(
                string.Create(CultureInfo.InvariantCulture, $"Gini {curve.Gini:0.0000} over {curve.Count} regions"));
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
    private readonly Option<string> _out = new("--out") { Description = "The image file to write.", Required = true };
    private readonly Option<string?> _format = new("--format") { Description = "png or svg; default: the extension of --out." };
    private readonly Option<int> _width = new("--width") { Description = "Width in pixels.", DefaultValueFactory = _ => ChartOutput.DefaultWidth };
    private readonly Option<int> _height = new("--height") { Description = "Height in pixels.", DefaultValueFactory = _ => ChartOutput.DefaultHeight };
    private readonly Option<string?> _font = new("--font") { Description = "A font file (.ttf/.otf/.ttc) to draw the labels with, instead of an installed CJK font." };

    public static PlotOutput AddTo(Command command)
    {
        var output = new PlotOutput();
        output._format.AcceptOnlyFromAmong("png", "svg");
        command.Options.Add(output._out);
        command.Options.Add(output._format);
        command.Options.Add(output._width);
        command.Options.Add(output._height);
        command.Options.Add(output._font);
        return output;
    }

    /// <summary>The font resolver: one for the --font file, or the default.</summary>
    public ChartFontResolver Fonts(ParseResult parseResult) =>
        parseResult.GetValue(_font) is { } file ? new ChartFontResolver(fontFile: file) : ChartFontResolver.Default;

    /// <summary>Saves the chart as the options say and reports the file written on stdout.</summary>
    public void Write(ParseResult parseResult, Plot chart)
    {
        var path = parseResult.GetValue(_out)!;
        ChartFormat? format = parseResult.GetValue(_format) is { } text ? ChartOutput.ParseFormat(text) : null;
        int width = parseResult.GetValue(_width), height = parseResult.GetValue(_height);
        var written = chart.Save(path, format, width, height);
        parseResult.InvocationConfiguration.Output.WriteLine(
            string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({written.ToString().ToUpperInvariant()}, {width}x{height})"));
    }
}

/// <summary>Reads a 'region,value' CSV (UTF-8, header required, quoted fields allowed) with errors naming file, line and column.</summary>
internal static class RegionValueCsv
{
    public static List<(string Region, double Value)> Read(string file)
    {
        var rows = new List<(string, double)>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(file, Encoding.UTF8))
        {
            lineNumber++;
            if (lineNumber == 1)
            {
                var header = Split(file, line, lineNumber);
                if (header.Count != 2 || !header[0].Trim().Equals("region", StringComparison.OrdinalIgnoreCase) || !header[1].Trim().Equals("value", StringComparison.OrdinalIgnoreCase))
                    throw new ClusterStatsException($"{file}: line 1, column 1: found header '{line}', expected 'region,value'.");
                continue;
            }
            if (line.Length == 0) continue;
            var fields = Split(file, line, lineNumber);
            if (fields.Count != 2)
                throw new ClusterStatsException($"{file}: line {lineNumber}, column 1: found {fields.Count} fields in '{line}', expected 2 (region,value).");
            if (!double.TryParse(fields[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0)
                throw new ClusterStatsException($"{file}: line {lineNumber}, column 2: found '{fields[1]}', expected a number >= 0 (invariant culture, e.g. 551.01).");
            rows.Add((fields[0], value));
        }
        if (rows.Count == 0) throw new ClusterStatsException($"{file}: found no data rows, expected at least one 'region,value' row after the header.");
        return rows;
    }

    private static List<string> Split(string file, string line, int lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        if (quoted) throw new ClusterStatsException($"{file}: line {lineNumber}, column {line.Length}: found an unclosed quote in '{line}', expected a closing '\"'.");
        fields.Add(field.ToString());
        return fields;
    }
}
