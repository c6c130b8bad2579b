using System.CommandLine;

namespace ClusterStats.Cli.Commands;

/// <summary>
/// <c>clusterstats index NAME --input FILE [options]</c>: one regional-economics index of a CSV file whose header
/// decides its shape; CSV on stdout (invariant culture, round-trip precision).
/// </summary>
internal static class IndexCommand
{
    public static readonly string[] Names =
    [
        "lq", "specialisation", "krugman", "hhi", "entropy", "hachman", "gini", "locational-gini", "hoover", "theil-t", "theil-l",
        "cv", "atkinson", "shift-share", "ellison-glaeser", "strength", "eci", "pci", "proximity", "density",
    ];

    public static Command Create()
    {
        var name = new Argument<string>("NAME") { HelpName = "name", Description = "The index: " + string.Join(", ", Names) + "." };
        name.AcceptOnlyFromAmong(Names);
        var o = new IndexOptions();
        var cmd = new Command("index", "Compute a regional-economics index from a CSV file (region,industry,value[,year] | region,value[,weight] | firm,region,industry,employment | region,industry,employment,establishments | region,industry,year,value).");
        cmd.Arguments.Add(name);
        foreach (var option in o.All) cmd.Options.Add(option);
        cmd.SetAction(parseResult =>
        {
            var request = o.Read(parseResult, parseResult.GetValue(name)!);
            IndexRunner.Run(request, parseResult.InvocationConfiguration.Output);
            return CliApp.Ok;
        });
        return cmd;
    }
}

/// <summary>Everything the <c>index</c> verb was asked.</summary>
internal sealed record IndexRequest(
    string Name, string Input, bool Population, double? Epsilon, string? RegionTotals, int? Base, int? End, string? Method,
    string? Nation, double? NationTotal, double? Threshold, bool Binary, string Missing, string ZeroTotals, string ZeroBase,
    bool Chain, bool Normalised, bool EquivalentNumber, bool Coefficient, double LogBase, int Iterations, string DensityConvention,
    string PciScale, int? Year, IReadOnlySet<string> Given);

/// <summary>The options of the <c>index</c> verb.</summary>
internal sealed class IndexOptions
{
    private readonly Option<string> _input = new("--input") { Description = "The CSV file (header row decides the shape).", Required = true };
    private readonly Option<bool> _population = new("--population") { Description = "cv: population standard deviation (n) instead of sample (n - 1)." };
    private readonly Option<double?> _epsilon = new("--epsilon") { Description = "atkinson: inequality aversion e >= 0 (required)." };
    private readonly Option<string?> _regionTotals = new("--region-totals") { Description = "ellison-glaeser: CSV region,employment with each region's total employment (default: the sum of the firm file)." };
    private readonly Option<int?> _base = new("--base") { Description = "shift-share: base year (required)." };
    private readonly Option<int?> _end = new("--end") { Description = "shift-share: end year (required)." };
    private readonly Option<string?> _method = new("--method") { Description = "shift-share: dunn (default), esteban-marquillas, gerfin; eci/pci: eigenvector (default), reflections." };
    private readonly Option<string?> _nation = new("--nation") { Description = "shift-share: CSV industry,year,value of the nation (default: sum of the regions); lq, specialisation, krugman, hachman: CSV industry,value of the reference economy." };
    private readonly Option<double?> _nationTotal = new("--nation-total") { Description = "lq, specialisation, krugman, hachman with --nation: the reference grand total (default: sum of --nation)." };
    private readonly Option<double?> _threshold = new("--threshold") { Description = "specialisation, eci, pci, proximity, density: M = 1 where LQ >= threshold (default 1)." };
    private readonly Option<bool> _binary = new("--binary") { Description = "eci, pci, proximity, density: use the values as M (0 or 1) instead of thresholding the LQ." };
    private readonly Option<string> _missing = new("--missing") { Description = "Missing cells (no line, empty or NA): error (default) or zero.", DefaultValueFactory = _ => "error" };
    private readonly Option<string> _zeroTotals = new("--zero-totals") { Description = "0/0 shares (empty region or industry): nan (default, REAT), zero (EconGeo) or error.", DefaultValueFactory = _ => "nan" };
    private readonly Option<string> _zeroBase = new("--zero-base") { Description = "shift-share, a region's zero base-year cell with a positive end value: error (default) or algebraic (e_i2 - e_i1 R_i).", DefaultValueFactory = _ => "error" };
    private readonly Option<bool> _chain = new("--chain") { Description = "shift-share: chain every consecutive pair of years between --base and --end and add up (dynamic shift-share)." };
    private readonly Option<bool> _normalised = new("--normalised") { Description = "hhi: (H - 1/n)/(1 - 1/n); gini: G n/(n - 1)." };
    private readonly Option<bool> _equivalent = new("--equivalent-number") { Description = "hhi: the equivalent number 1/H." };
    private readonly Option<bool> _coefficient = new("--coefficient") { Description = "krugman: the specialisation coefficient K/2." };
    private readonly Option<double> _logBase = new("--log-base") { Description = "entropy: logarithm base (default 2).", DefaultValueFactory = _ => 2.0 };
    private readonly Option<int> _iterations = new("--iterations") { Description = "eci/pci with --method reflections: number of reflections N (default 20).", DefaultValueFactory = _ => 20 };
    private readonly Option<string> _density = new("--density-convention") { Description = "density: include-self (default, Growth Lab) or exclude-self (EconGeo, Datawheel).", DefaultValueFactory = _ => "include-self" };
    private readonly Option<string> _pciScale = new("--pci-scale") { Description = "pci (eigenvector): growth-lab (default; standardised with ECI's mean and sd) or own (its own z-score).", DefaultValueFactory = _ => "growth-lab" };
    private readonly Option<int?> _year = new("--year") { Description = "Matrix indices on a file with a year column: the year to use (needed when the file has several)." };

    public IndexOptions()
    {
        _missing.AcceptOnlyFromAmong("error", "zero");
        _zeroTotals.AcceptOnlyFromAmong("nan", "zero", "error");
        _zeroBase.AcceptOnlyFromAmong("error", "algebraic");
        _density.AcceptOnlyFromAmong("include-self", "exclude-self");
        _pciScale.AcceptOnlyFromAmong("growth-lab", "own");
    }

    public IEnumerable<Option> All =>
    [
        _input, _population, _epsilon, _regionTotals, _base, _end, _method, _nation, _nationTotal, _threshold, _binary, _missing,
        _zeroTotals, _zeroBase, _chain, _normalised, _equivalent, _coefficient, _logBase, _iterations, _density, _pciScale, _year,
    ];

    /// <summary>Which NAMEs each NAME-specific option applies to.</summary>
    private Dictionary<Option, string[]> AppliesTo => new()
    {
        [_population] = ["cv"],
        [_epsilon] = ["atkinson"],
        [_regionTotals] = ["ellison-glaeser"],
        [_base] = ["shift-share"],
        [_end] = ["shift-share"],
        [_method] = ["shift-share", "eci", "pci"],
        [_nation] = ["shift-share", "lq", "specialisation", "krugman", "hachman"],
        [_nationTotal] = ["lq", "specialisation", "krugman", "hachman"],
        [_threshold] = ["specialisation", "eci", "pci", "proximity", "density"],
        [_binary] = ["eci", "pci", "proximity", "density"],
        [_zeroBase] = ["shift-share"],
        [_chain] = ["shift-share"],
        [_normalised] = ["hhi", "gini"],
        [_equivalent] = ["hhi"],
        [_coefficient] = ["krugman"],
        [_logBase] = ["entropy"],
        [_iterations] = ["eci", "pci"],
        [_density] = ["density"],
        [_pciScale] = ["pci"],
        [_missing] = ["lq", "specialisation", "krugman", "hhi", "entropy", "hachman", "locational-gini", "eci", "pci", "proximity", "density", "shift-share", "strength"],
        [_zeroTotals] = ["lq", "specialisation", "krugman", "hhi", "entropy", "hachman", "locational-gini"],
        [_year] = ["lq", "specialisation", "krugman", "hhi", "entropy", "hachman", "locational-gini", "eci", "pci", "proximity", "density"],
    };

    public IndexRequest Read(System.CommandLine.ParseResult p, string name)
    {
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in All)
        {
            if (p.GetResult(option) is { Implicit: false }) given.Add(option.Name);
        }
        foreach (var (option, names) in AppliesTo)
        {
            if (given.Contains(option.Name) && !names.Contains(name))
            {
                throw new CliUsageException($"{option.Name} does not apply to '{name}' (it applies to {string.Join(", ", names)}).");
            }
        }
        if (given.Contains(_normalised.Name) && given.Contains(_equivalent.Name)) throw new CliUsageException("--normalised and --equivalent-number exclude each other.");
        if (given.Contains(_nationTotal.Name) && !given.Contains(_nation.Name)) throw new CliUsageException("--nation-total needs --nation.");
        if (given.Contains(_binary.Name) && given.Contains(_threshold.Name)) throw new CliUsageException("--binary and --threshold exclude each other.");
        return new IndexRequest(name, p.GetValue(_input)!, p.GetValue(_population), p.GetValue(_epsilon), p.GetValue(_regionTotals),
            p.GetValue(_base), p.GetValue(_end), p.GetValue(_method), p.GetValue(_nation), p.GetValue(_nationTotal), p.GetValue(_threshold),
            p.GetValue(_binary), p.GetValue(_missing)!, p.GetValue(_zeroTotals)!, p.GetValue(_zeroBase)!, p.GetValue(_chain),
            p.GetValue(_normalised), p.GetValue(_equivalent), p.GetValue(_coefficient), p.GetValue(_logBase), p.GetValue(_iterations),
            p.GetValue(_density)!, p.GetValue(_pciScale)!, p.GetValue(_year), given);
    }
}
