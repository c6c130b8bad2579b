using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ClusterStats.Indices;
using ClusterStats.Spatial;

namespace ClusterStats.Cli.Commands;

/// <summary>
/// <c>clusterstats index moran|geary|lisa|getis-ord --input VALUES.csv --geometry REGIONS.geojson [options]</c>: spatial
/// autocorrelation of a region,value file on the regions' polygons, as spdep computes it; CSV (round-trip numbers) on
/// stdout or to <c>--out</c>.
/// </summary>
internal static class SpatialCommands
{
    /// <summary>The four subcommands, to be attached under <c>index</c>.</summary>
    public static IReadOnlyList<Command> Create() => [Moran(), Geary(), Lisa(), GetisOrd()];

    private static Command Moran()
    {
        var cmd = new Command("moran", "Global Moran's I of a region,value file on region polygons (spdep's moran.test): moran_i,expected,variance,z,p_value[,p_permutation].");
        var w = new WeightsOptions(cmd);
        var assumption = Enum("--assumption", "The variance of I: randomisation (default) or normality.", Assumption.Randomisation);
        var alternative = Enum("--alternative", "The alternative hypothesis: greater (default), less or two-sided.", Alternative.Greater);
        var permutations = Count("--permutations", "Random permutations for a permutation p-value (default 0: none).", 0);
        var seed = Seed();
        Add(cmd, assumption, alternative, permutations, seed);
        cmd.SetAction(p => Run(p, w, (weights, values, output) =>
        {
            var m = weights.Moran(values, p.GetValue(assumption), p.GetValue(alternative), p.GetValue(permutations), p.GetValue(seed));
            output.Row(["moran_i", "expected", "variance", "z", "p_value", .. m.PermutationP is null ? Array.Empty<string>() : ["p_permutation"]]);
            output.Row([N(m.I), N(m.Expected), N(m.Variance), N(m.Z), N(m.PValue), .. m.PermutationP is { } pp ? [N(pp)] : Array.Empty<string>()]);
        }));
        return cmd;
    }

    private static Command Geary()
    {
        var cmd = new Command("geary", "Global Geary's C of a region,value file on region polygons (spdep's geary.test; z = (E[C] - C)/sqrt(Var)): geary_c,expected,variance,z,p_value.");
        var w = new WeightsOptions(cmd);
        var assumption = Enum("--assumption", "The variance of C: randomisation (default) or normality.", Assumption.Randomisation);
        var alternative = Enum("--alternative", "The alternative hypothesis: greater (default: positive autocorrelation), less or two-sided.", Alternative.Greater);
        Add(cmd, assumption, alternative);
        cmd.SetAction(p => Run(p, w, (weights, values, output) =>
        {
            var g = weights.Geary(values, p.GetValue(assumption), p.GetValue(alternative));
            output.Row("geary_c", "expected", "variance", "z", "p_value");
            output.Row(N(g.C), N(g.Expected), N(g.Variance), N(g.Z), N(g.PValue));
        }));
        return cmd;
    }

    private static Command Lisa()
    {
        var cmd = new Command("lisa", "Local Moran (LISA) of every region (spdep's localmoran, PySAL's quadrants HH/LH/LL/HL, conditional-permutation pseudo p-values): region,local_i,z,p_value,quadrant[,p_permutation].");
        var w = new WeightsOptions(cmd);
        var alternative = CliOptions.OptionalEnum<Alternative>("--alternative", "The alternative of p_value: two-sided (default, as spdep's localmoran), greater or less.");
        var variance = new Option<LocalVariance>("--variance")
        {
            Description = "The divisor of the variance s2 in Ii: n (default, spdep's mlvar = TRUE) or n-1 (PySAL).",
            HelpName = "n|n-1",
            CustomParser = r => Token(r) switch
            {
                "n" or "N" => LocalVariance.N,
                "n-1" or "N-1" => LocalVariance.NMinusOne,
                var t => Refuse(r, $"--variance '{t}' is not one of: n, n-1.", LocalVariance.N),
            },
        };
        var permutations = Count("--permutations", "Conditional permutations per region for p_permutation (default 999; 0: none).", SpatialStatistics.DefaultLocalPermutations);
        var seed = Seed();
        Add(cmd, alternative, variance, permutations, seed);
        cmd.SetAction(p => Run(p, w, (weights, values, output) =>
        {
            var lisa = weights.LocalMoran(values, p.GetValue(alternative) ?? Alternative.TwoSided, p.GetValue(variance), p.GetValue(permutations), p.GetValue(seed));
            bool pseudo = lisa.Permutations > 0;
            output.Row(["region", "local_i", "z", "p_value", "quadrant", .. pseudo ? ["p_permutation"] : Array.Empty<string>()]);
            foreach (var r in lisa)
            {
                output.Row([r.Region, N(r.LocalI), N(r.Z), N(r.PValue), LocalMoranResult.QuadrantText(r.Quadrant), .. pseudo ? [N(r.PseudoP!.Value)] : Array.Empty<string>()]);
            }
        }));
        return cmd;
    }

    private static Command GetisOrd()
    {
        var cmd = new Command("getis-ord", "Getis-Ord Gi* z-scores of every region (spdep's localG on the weights with each region itself), or Gi with --exclude-self: region,gi_star,p_value (region,gi,p_value).");
        var w = new WeightsOptions(cmd);
        var excludeSelf = new Option<bool>("--exclude-self") { Description = "Gi instead of Gi*: a region is not among its own neighbours." };
        var alternative = CliOptions.OptionalEnum<Alternative>("--alternative", "The alternative of p_value: two-sided (default), greater or less.");
        Add(cmd, excludeSelf, alternative);
        cmd.SetAction(p => Run(p, w, (weights, values, output) =>
        {
            bool star = !p.GetValue(excludeSelf);
            var g = weights.GetisOrd(values, star, p.GetValue(alternative) ?? Alternative.TwoSided);
            output.Row("region", star ? "gi_star" : "gi", "p_value");
            foreach (var r in g) output.Row(r.Region, N(r.Z), N(r.PValue));
        }));
        return cmd;
    }

    private static string N(double value) => CsvOut.Number(value);

    private static void Add(Command cmd, params Option[] options)
    {
        foreach (var option in options) cmd.Options.Add(option);
    }

    private static int Run(ParseResult p, WeightsOptions w, Action<SpatialWeights, IReadOnlyList<double>, CsvOut> compute)
    {
        var (weights, values, dropped) = w.Load(p);
        if (dropped is not null) CliApp.Report(p.InvocationConfiguration.Error, dropped);
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        compute(weights, values, new CsvOut(text));
        var path = p.GetValue(w.Out);
        if (path is null) p.InvocationConfiguration.Output.Write(text.ToString());
        else OutputFile.WriteText(path, text.ToString());
        return CliApp.Ok;
    }

    /// <summary>The options that choose the input, the geometry and the weights, shared by the four subcommands.</summary>
    private sealed class WeightsOptions
    {
        private readonly Option<string> _input = new("--input") { Description = "The values: a CSV file with a region column and a value column (region,value).", Required = true, HelpName = "file" };
        private readonly Option<string> _geometry = new("--geometry") { Description = "The region polygons: a GeoJSON FeatureCollection of Polygon and MultiPolygon features.", Required = true, HelpName = "file" };
        private readonly Option<string> _idProperty = new("--id-property") { Description = "The GeoJSON property holding the region id (default id, falling back to the feature's own id).", DefaultValueFactory = _ => RegionGeometries.DefaultIdProperty, HelpName = "name" };
        private readonly Option<string> _regionColumn = new("--region-column") { Description = "The region column of the input (default region).", DefaultValueFactory = _ => "region", HelpName = "name" };
        private readonly Option<string?> _valueColumn = new("--value-column") { Description = "The value column of the input (default value, or the one column besides the region).", HelpName = "name" };
        private readonly Option<Contiguity?> _contiguity;
        private readonly Option<int?> _knn = new("--knn") { Description = "Weights by the K nearest neighbours of each region's centroid (spdep's knearneigh) instead of contiguity.", HelpName = "k" };
        private readonly Option<double?> _distance = new("--distance") { Description = "Weights by a distance band: neighbours whose centroids are at most D apart (spdep's dnearneigh), instead of contiguity.", HelpName = "d" };
        private readonly Option<bool> _longLat = new("--longlat") { Description = "With --knn or --distance: coordinates are longitude/latitude, distances great-circle kilometres (spdep's longlat = TRUE)." };
        private readonly Option<WeightsStyle> _style = Enum("--style", "The weights: w (row-standardised, default) or b (binary).", WeightsStyle.W);
        private readonly Option<IslandPolicy> _islands = Enum("--islands", "Regions without a neighbour: error (default, naming them) or keep (zero weights, n reduced, as spdep's zero.policy = TRUE).", IslandPolicy.Error);
        private readonly Option<UnmatchedPolicy> _unmatched = Enum("--unmatched", "Values without a geometry or geometries without a value: error (default, listing them) or drop (leave them out and say which).", UnmatchedPolicy.Error);

        public WeightsOptions(Command cmd)
        {
            _contiguity = new Option<Contiguity?>("--contiguity")
            {
                Description = "Contiguity weights (the default, queen): queen (a shared boundary point) or rook (two), by spdep's poly2nb vertex rule.",
                HelpName = "queen|rook",
                CustomParser = r => Token(r).ToLowerInvariant() switch
                {
                    "queen" => Spatial.Contiguity.Queen,
                    "rook" => Spatial.Contiguity.Rook,
                    var t => Refuse<Contiguity?>(r, $"--contiguity '{Token(r)}' is not one of: queen, rook.", null),
                },
            };
            Out = new Option<string?>("--out") { Description = "Write the CSV to this file (atomically) instead of stdout.", HelpName = "path" };
            Add(cmd, _input, _geometry, _idProperty, _regionColumn, _valueColumn, _contiguity, _knn, _distance, _longLat, _style, _islands, _unmatched, Out);
            _read = ReadArguments.AddTo(cmd, units: false);
            cmd.Validators.Add(Validate);
        }

        public Option<string?> Out { get; }

        private readonly ReadArguments _read;

        private void Validate(CommandResult r)
        {
            var chosen = new Option[] { _contiguity, _knn, _distance }.Where(o => r.GetResult(o) is { Implicit: false }).Select(o => o.Name).ToList();
            if (chosen.Count > 1) r.AddError($"{string.Join(", ", chosen)} exclude each other: choose one kind of weights.");
            if (r.GetResult(_longLat) is { Implicit: false } && !chosen.Contains(_knn.Name) && !chosen.Contains(_distance.Name))
                r.AddError("--longlat applies to --knn and --distance (contiguity compares vertices, not distances).");
            if (r.GetValue(_knn) is < 1) r.AddError($"--knn is a whole number of at least 1, not {r.GetValue(_knn)!.Value.ToString(CultureInfo.InvariantCulture)}.");
            if (r.GetValue(_distance) is { } d && !(d > 0 && double.IsFinite(d)))
                r.AddError($"--distance is a finite distance above 0, not {d.ToString("R", CultureInfo.InvariantCulture)}.");
        }

        public (SpatialWeights Weights, IReadOnlyList<double> Values, string? Dropped) Load(ParseResult p)
        {
            var values = ReadValues(p.GetValue(_input)!, p.GetValue(_regionColumn)!, p.GetValue(_valueColumn), _read.Options(p));
            var geometries = RegionGeometries.ReadGeoJson(p.GetValue(_geometry)!, p.GetValue(_idProperty)!);
            var matched = geometries.Match(values, p.GetValue(_unmatched));
            string? dropped = null;
            if (matched.DroppedValues.Count > 0 || matched.DroppedGeometries.Count > 0)
            {
                var parts = new List<string>(2);
                if (matched.DroppedValues.Count > 0) parts.Add($"{matched.DroppedValues.Count} value(s) without a geometry ({string.Join(", ", matched.DroppedValues)})");
                if (matched.DroppedGeometries.Count > 0) parts.Add($"{matched.DroppedGeometries.Count} geometry(ies) without a value ({string.Join(", ", matched.DroppedGeometries)})");
                dropped = $"dropped {string.Join(" and ", parts)}; {matched.Geometries.Count} region(s) remain.";
            }
            var style = p.GetValue(_style);
            var islands = p.GetValue(_islands);
            var weights = p.GetValue(_knn) is { } k
                ? SpatialWeights.FromNearestNeighbours(matched.Geometries, k, p.GetValue(_longLat), style)
                : p.GetValue(_distance) is { } d
                    ? SpatialWeights.FromDistanceBand(matched.Geometries, d, p.GetValue(_longLat), style, islands)
                    : SpatialWeights.FromContiguity(matched.Geometries, p.GetValue(_contiguity) ?? Spatial.Contiguity.Queen, style, islands);
            return (weights, matched.Values, dropped);
        }

        private static Dictionary<string, double> ReadValues(string path, string regionColumn, string? valueColumn, CsvReadOptions options)
        {
            var read = IndexTable.Read(path, new IndexColumns { Region = regionColumn, Value = valueColumn }, options).ToValues();
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            for (int i = 0; i < read.Regions.Count; i++) values[read.Regions[i]] = read.Values[i];
            return values;
        }
    }

    private static Option<ulong> Seed() => new("--seed")
    {
        Description = $"The seed of the permutations (default {SpatialStatistics.DefaultSeed.ToString(CultureInfo.InvariantCulture)}: the same seed gives the same result).",
        DefaultValueFactory = _ => SpatialStatistics.DefaultSeed,
        HelpName = "s",
    };

    private static Option<int> Count(string name, string description, int defaultValue)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue, HelpName = "n" };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0) r.AddError($"{name} is a whole number of at least 0, not {r.GetValueOrDefault<int>().ToString(CultureInfo.InvariantCulture)}.");
        });
        return option;
    }

    private static string Token(ArgumentResult r) => r.Tokens.Count == 0 ? "" : r.Tokens[^1].Value;

    private static T Refuse<T>(ArgumentResult r, string message, T value)
    {
        r.AddError(message);
        return value;
    }

    /// <summary>A typed enum option read case-insensitively from the kebab-case names of its members (TwoSided: two-sided).</summary>
    private static Option<T> Enum<T>(string name, string description, T defaultValue) where T : struct, System.Enum =>
        CliOptions.DescribedEnum(name, description, defaultValue);
}
