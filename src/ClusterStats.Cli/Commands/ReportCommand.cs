using System.CommandLine;
using System.Globalization;
using ClusterStats.Plotting;

namespace ClusterStats.Cli.Commands;

/// <summary>
/// <c>clusterstats report CLUSTER --out DIR [comparison options] [--font FILE] [--width PX] [--height PX]</c>: writes the cited HTML report of a
/// cluster against its peers, with its charts and
/// CSV files, into DIR. Progress goes to stderr, the files written to stdout.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var outDir = CliOptions.Out("The folder to write index.html, the chart PNGs and the CSV files into (created when missing).", required: true);
        var font = CliOptions.Font("A font file (.ttf/.otf/.ttc) to draw the chart labels with, instead of an installed CJK font.");
        var defaults = new ReportOptions();
        var width = new Option<int>("--width") { Description = "The width of each chart in pixels.", DefaultValueFactory = _ => defaults.ChartWidth, HelpName = "px" };
        var height = new Option<int>("--height") { Description = "The height of each chart in pixels.", DefaultValueFactory = _ => defaults.ChartHeight, HelpName = "px" };
        var geometry = new Option<string?>("--geometry") { Description = "GeoJSON polygons of the clusters' regions (ids = cluster ids): adds a map of the comparison." };
        var idProperty = new Option<string>("--id-property") { Description = "With --geometry: the feature property holding the cluster id (default id, else the feature's own id).", DefaultValueFactory = _ => Spatial.RegionGeometries.DefaultIdProperty };
        var cmd = new Command("report",
            "Write a cited HTML report on a cluster against its peers: names and hierarchy, figures with units, years and sources, conflicts between sources, the peer comparison in one currency, charts (PNG), a numbered source list and the data of every table as CSV.");
        var arguments = ComparisonArguments.AddTo(cmd);
        cmd.Options.Add(outDir);
        cmd.Options.Add(font);
        cmd.Options.Add(width);
        cmd.Options.Add(height);
        cmd.Options.Add(geometry);
        cmd.Options.Add(idProperty);
        cmd.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var progress = new WriterProgress(error);
            var dataFiles = arguments.Data.Files(parseResult);
            progress.Report(dataFiles.Count == 0 ? "loading reference data" : $"loading {string.Join(", ", dataFiles)}");
            var data = arguments.Load(parseResult);
            var comparison = arguments.Options(parseResult, data.Regions, data.ExchangeRates, data.Figures);
            var options = new ReportOptions
            {
                Peers = comparison.Peers,
                Year = comparison.Year,
                Currency = comparison.Currency,
                RatePolicy = comparison.RatePolicy,
                IncludeTargets = comparison.IncludeTargets,
                IncludeSuspicious = comparison.IncludeSuspicious,
                LatestOfEach = comparison.LatestOfEach,
                MaxAge = comparison.MaxAge,
                Pins = comparison.Pins,
                DataDescription = arguments.Data.Describe(parseResult),
                Fonts = parseResult.GetValue(font) is string file ? new ChartFontResolver(fontFile: file) : null,
                ChartWidth = parseResult.GetValue(width),
                ChartHeight = parseResult.GetValue(height),
                Geometry = parseResult.GetValue(geometry) is string shapes ? Spatial.RegionGeometries.ReadGeoJson(shapes, parseResult.GetValue(idProperty)!) : null,
            };
            var report = ClusterReport.Create(data, comparison.Focal, options, progress);
            var dir = parseResult.GetValue(outDir)!;
            var files = report.WriteTo(dir, progress);
            parseResult.InvocationConfiguration.Output.WriteLine(
                string.Create(CultureInfo.InvariantCulture, $"wrote {DisplayText.Escape(files[0])} ({files.Count} files in {DisplayText.Escape(dir)})"));
            return CliApp.Ok;
        });
        return cmd;
    }

    /// <summary>Progress lines written at once (in order) to a writer, prefixed with the tool's name.</summary>
    private sealed class WriterProgress(TextWriter writer) : IProgress<string>
    {
        public void Report(string value) => writer.WriteLine("clusterstats: " + value);
    }
}
