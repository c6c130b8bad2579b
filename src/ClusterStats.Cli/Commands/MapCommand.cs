using System.CommandLine;
using System.Globalization;
using ClusterStats.Indices;
using ClusterStats.Plotting;
using ClusterStats.Spatial;

namespace ClusterStats.Cli.Commands;

/// <summary>
/// <c>clusterstats plot map --input VALUES.csv --geometry REGIONS.geojson --out map.png</c>: a choropleth of one value
/// per region (classed, continuous or diverging at 1), drawn with the regions' polygons.
/// </summary>
internal static class MapCommand
{
    /// <summary>The projections the command offers; auto chooses from the coordinates.</summary>
    internal enum ProjectionChoice
    {
        Auto,
        Albers,
        UsAlbers,
        Equirectangular,
        Planar,
    }

    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "CSV file of one value per region: columns region and value (names set by --region-column and --value-column), and year with --year.", Required = true };
        var geometry = new Option<string>("--geometry") { Description = "GeoJSON FeatureCollection of the regions' Polygon and MultiPolygon features.", Required = true };
        var idProperty = new Option<string>("--id-property") { Description = "The feature property holding the region id (default id; a feature without it uses its own id).", DefaultValueFactory = _ => RegionGeometries.DefaultIdProperty };
        var regionColumn = new Option<string>("--region-column") { Description = "The region column of the input (default region).", DefaultValueFactory = _ => "region" };
        var valueColumn = new Option<string?>("--value-column") { Description = "The value column of the input (default: value, else the one column that is not region or year)." };
        var year = new Option<int?>("--year") { Description = "The year drawn, when the input has a year column." };
        var scale = KebabEnum("--scale", "How values become colours: quantiles (default), equal-interval, natural-breaks (Jenks, exact), continuous, or diverging (centred at 1, for location quotients).", MapScale.Quantiles);
        var classes = new Option<int>("--classes") { Description = "The number of classes of a classed scale, 2 to 9 (default 5).", DefaultValueFactory = _ => 5 };
        var projection = KebabEnum("--projection", "auto (default: planar beyond the range of degrees, else Albers fitted to the regions), albers (fitted), us-albers (USGS conterminous US), equirectangular (at the middle latitude), or planar (coordinates as given).", ProjectionChoice.Auto);
        var unmatched = KebabEnum("--unmatched", "error (default): a region with a value but no geometry, or a geometry but no value, is an error listing the ids; drop: leave them out and say which.", UnmatchedPolicy.Error);
        var title = new Option<string?>("--title") { Description = "Map title (default: 'Map of <input file name>', or 'LISA cluster map of <input file name>')." };
        var lisa = new LisaOptions();
        var command = new Command("map", "Choropleth map of one value per region (GeoJSON polygons): classed, continuous or diverging at 1 for location quotients, with a legend, labels and the projection in the footnote; with --lisa a LISA cluster map of the value (significant High-High, Low-Low, Low-High, High-Low regions).");
        foreach (var option in new Option[] { input, geometry, idProperty, regionColumn, valueColumn, year, scale, classes, projection, unmatched, title })
            command.Options.Add(option);
        lisa.AddTo(command, scale, classes);
        var read = ReadArguments.AddTo(command, units: false);
        var output = PlotOutput.AddTo(command);
        classes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is var k && k is < 2 or > ChoroplethOptions.MaxClasses)
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--classes must be from 2 to {ChoroplethOptions.MaxClasses}, not {k}."));
        });
        year.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } y && y is < 1000 or > 9999)
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--year must be from 1000 to 9999, not {y}."));
        });
        command.SetAction(parseResult =>
        {
            var chosenScale = parseResult.GetValue(scale);
            if (parseResult.GetResult(classes) is { Implicit: false } && chosenScale is MapScale.Continuous or MapScale.Diverging)
            {
                CliApp.Report(parseResult.InvocationConfiguration.Error, "--classes applies to the classed scales (quantiles, equal-interval, natural-breaks), not to continuous or diverging.");
                return CliApp.UsageError;
            }
            var file = parseResult.GetValue(input)!;
            var table = IndexTable.Read(file, new IndexColumns { Region = parseResult.GetValue(regionColumn)!, Value = parseResult.GetValue(valueColumn) }, read.Options(parseResult));
            var values = ReadValues(table, parseResult.GetValue(year));
            var regions = RegionGeometries.ReadGeoJson(parseResult.GetValue(geometry)!, parseResult.GetValue(idProperty)!);
            var matched = regions.Match(values.Values, parseResult.GetValue(unmatched));
            var areas = matched.Geometries.Select((g, i) => new MapArea(g.Id, g.Geometry, matched.Values[i])).ToList();
            var notes = new List<string> { $"Source: {Path.GetFileName(file)}{values.YearNote}." };
            if (matched.DroppedValues.Count > 0) notes.Add("Left out, no geometry: " + Listed(matched.DroppedValues) + ".");
            if (matched.DroppedGeometries.Count > 0) notes.Add("Left out, no value: " + Listed(matched.DroppedGeometries) + ".");
            var projectionChosen = Projection(parseResult.GetValue(projection), matched.Geometries);
            if (parseResult.GetValue(lisa.Lisa))
            {
                output.Write(parseResult, lisa.Draw(parseResult, matched, parseResult.GetValue(title) ?? $"LISA cluster map of {Path.GetFileNameWithoutExtension(file)}",
                    projectionChosen, string.Join(" ", notes), output.Fonts(parseResult)));
                return CliApp.Ok;
            }
            var chart = Charts.Choropleth(areas, parseResult.GetValue(title) ?? $"Map of {Path.GetFileNameWithoutExtension(file)}", new ChoroplethOptions
            {
                Scale = chosenScale,
                Classes = parseResult.GetValue(classes),
                Projection = projectionChosen,
                ValueTitle = chosenScale == MapScale.Diverging && values.Column == "value" ? "location quotient" : values.Column,
                Footnote = string.Join(" ", notes),
            }, output.Fonts(parseResult));
            output.Write(parseResult, chart);
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>Ids as a footnote lists them: all of up to 12, else the first 10 and how many more.</summary>
    internal static string Listed(IReadOnlyList<string> ids) =>
        ids.Count <= 12
            ? string.Join(", ", ids)
            : string.Join(", ", ids.Take(10)) + string.Create(CultureInfo.InvariantCulture, $" and {ids.Count - 10} more ({ids.Count} in all)");

    /// <summary>The values of the input by region, the column read and a note on the year.</summary>
    internal sealed record MapValues(Dictionary<string, double> Values, string Column, string YearNote);

    /// <summary>
    /// Reads one value per region: the region column, the value column (named, or value, or the one numeric column
    /// left), and with <paramref name="year"/> only that year's rows; errors name the file, line and column.
    /// </summary>
    internal static MapValues ReadValues(IndexTable table, int? year)
    {
        var read = table.ToValues(year);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < read.Regions.Count; i++) values[read.Regions[i]] = read.Values[i];
        return new MapValues(values, table.ValueColumn, year is { } yr ? string.Create(CultureInfo.InvariantCulture, $", {yr}") : "");
    }

    private static MapProjection? Projection(ProjectionChoice choice, RegionGeometries regions)
    {
        if (choice is ProjectionChoice.Auto) return null;
        if (choice is ProjectionChoice.Planar) return MapProjection.Planar;
        if (choice is ProjectionChoice.UsAlbers) return MapProjection.UsAlbers;
        var envelope = new NetTopologySuite.Geometries.Envelope();
        foreach (var region in regions) envelope.ExpandToInclude(region.Geometry.EnvelopeInternal);
        return MapProjection.Fitted(choice is ProjectionChoice.Albers, envelope.MinX, envelope.MaxX, envelope.MinY, envelope.MaxY);
    }

    /// <summary>
    /// The options of <c>--lisa</c>: the spatial weights (<c>--contiguity queen|rook</c>, <c>--knn K</c> or
    /// <c>--distance D</c>, <c>--longlat</c>, <c>--style</c>, <c>--islands</c>), the permutations and their seed, the level
    /// and the multiple-testing adjustment. Each of them without --lisa, and --scale or --classes with it, is a usage error.
    /// </summary>
    private sealed class LisaOptions
    {
        public Option<bool> Lisa { get; } = new("--lisa") { Description = "Draw a LISA cluster map of the value instead of a choropleth: local Moran on the weights below, significant regions coloured by quadrant." };

        private readonly Option<Contiguity> _contiguity = KebabEnum("--contiguity", "With --lisa: contiguity weights (default queen: a shared boundary point; rook: two), by spdep's poly2nb vertex rule.", Contiguity.Queen);
        private readonly Option<int?> _knn = new("--knn") { Description = "With --lisa: weights by the K nearest neighbours of each centroid instead of contiguity." };
        private readonly Option<double?> _distance = new("--distance") { Description = "With --lisa: weights by a distance band, neighbours whose centroids are at most D apart, instead of contiguity." };
        private readonly Option<bool> _longLat = new("--longlat") { Description = "With --knn or --distance: coordinates are longitude/latitude, distances great-circle kilometres." };
        private readonly Option<WeightsStyle> _style = KebabEnum("--style", "With --lisa: w (row-standardised, default) or b (binary) weights.", WeightsStyle.W);
        private readonly Option<IslandPolicy> _islands = KebabEnum("--islands", "With --lisa: regions without a neighbour are an error (default, naming them) or kept (drawn as 'no neighbours').", IslandPolicy.Error);
        private readonly Option<int> _permutations = new("--permutations") { Description = "With --lisa: conditional permutations per region (default 999); 0 judges by the normal approximation's two-sided p-values.", DefaultValueFactory = _ => SpatialStatistics.DefaultLocalPermutations };
        private readonly Option<ulong> _seed = new("--seed") { Description = $"With --lisa: the seed of the permutations (default {SpatialStatistics.DefaultSeed.ToString(CultureInfo.InvariantCulture)}; the same seed draws the same map).", DefaultValueFactory = _ => SpatialStatistics.DefaultSeed };
        private readonly Option<double> _alpha = new("--alpha") { Description = "With --lisa: the significance level, above 0 and below 1 (default 0.05).", DefaultValueFactory = _ => 0.05 };
        private readonly Option<PValueAdjustment?> _adjust = CliOptions.OptionalEnum<PValueAdjustment>("--adjust",
            "With --lisa: adjust the p-values for multiple testing, bonferroni or fdr (Benjamini-Hochberg); default none.");

        private Option[] WeightsAndTest => [_contiguity, _knn, _distance, _longLat, _style, _islands, _permutations, _seed, _alpha, _adjust];

        public void AddTo(Command command, Option scale, Option classes)
        {
            command.Options.Add(Lisa);
            foreach (var option in WeightsAndTest) command.Options.Add(option);
            command.Validators.Add(result =>
            {
                bool lisa = result.GetResult(Lisa) is { Implicit: false };
                var given = WeightsAndTest.Where(o => result.GetResult(o) is { Implicit: false }).Select(o => o.Name).ToList();
                if (!lisa && given.Count > 0) result.AddError($"{string.Join(", ", given)} apply to --lisa.");
                if (lisa)
                {
                    var choropleth = new[] { scale, classes }.Where(o => result.GetResult(o) is { Implicit: false }).Select(o => o.Name).ToList();
                    if (choropleth.Count > 0) result.AddError($"{string.Join(", ", choropleth)} apply to a choropleth, not to --lisa.");
                }
                var kinds = new Option[] { _contiguity, _knn, _distance }.Where(o => result.GetResult(o) is { Implicit: false }).Select(o => o.Name).ToList();
                if (kinds.Count > 1) result.AddError($"{string.Join(", ", kinds)} exclude each other: choose one kind of weights.");
                if (result.GetResult(_longLat) is { Implicit: false } && result.GetResult(_knn) is null && result.GetResult(_distance) is null)
                    result.AddError("--longlat applies to --knn and --distance.");
            });
            _knn.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<int?>() is < 1) r.AddError("--knn is a whole number of at least 1.");
            });
            _distance.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<double?>() is { } d && !(d > 0 && double.IsFinite(d))) r.AddError("--distance is a finite distance above 0.");
            });
            _permutations.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<int>() < 0) r.AddError("--permutations is a whole number of at least 0.");
            });
            _alpha.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<double>() is var a && !(a > 0 && a < 1))
                    r.AddError(string.Create(CultureInfo.InvariantCulture, $"--alpha must be above 0 and below 1, not {a}."));
            });
        }

        /// <summary>Builds the weights on the matched regions, computes local Moran and draws the cluster map.</summary>
        public ScottPlot.Plot Draw(ParseResult p, MatchedRegions matched, string title, MapProjection? projection, string footnote, ChartFontResolver fonts)
        {
            var regions = matched.Geometries;
            var style = p.GetValue(_style);
            var islands = p.GetValue(_islands);
            var weights = p.GetValue(_knn) is { } k
                ? SpatialWeights.FromNearestNeighbours(regions, k, p.GetValue(_longLat), style)
                : p.GetValue(_distance) is { } d
                    ? SpatialWeights.FromDistanceBand(regions, d, p.GetValue(_longLat), style, islands)
                    : SpatialWeights.FromContiguity(regions, p.GetValue(_contiguity), style, islands);
            var result = weights.LocalMoran(matched.Values, permutations: p.GetValue(_permutations), seed: p.GetValue(_seed));
            string kind = p.GetValue(_knn) is { } kk ? string.Create(CultureInfo.InvariantCulture, $"{kk} nearest neighbours")
                : p.GetValue(_distance) is { } dd ? string.Create(CultureInfo.InvariantCulture, $"neighbours within {dd}")
                : CliOptions.NameOf(p.GetValue(_contiguity)) + " contiguity";
            return Charts.LisaClusterMap(regions, result, title, new LisaMapOptions
            {
                Alpha = p.GetValue(_alpha),
                Adjustment = p.GetValue(_adjust),
                Projection = projection,
                Labels = regions.ToDictionary(r => r.Id, r => r.Id, StringComparer.Ordinal),
                Footnote = $"Weights: {kind}, style {CliOptions.NameOf(style)}. {footnote}",
            }, fonts);
        }
    }

    /// <summary>An enum option read case-insensitively from kebab-case names (equal-interval = EqualInterval); an unknown name is a usage error listing the known ones.</summary>
    private static Option<T> KebabEnum<T>(string name, string description, T defaultValue) where T : struct, Enum =>
        CliOptions.DescribedEnum(name, description, defaultValue);

}
