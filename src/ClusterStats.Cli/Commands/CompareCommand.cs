using System.CommandLine;

namespace ClusterStats.Cli.Commands;

/// <summary>
/// <c>clusterstats compare CLUSTER [comparison options] [--format table|csv|markdown|html] [--out FILE]</c>: the focal
/// cluster against its peers.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var cmd = new Command("compare", "Compare a cluster with its peers: indicators, derived figures (output value per pair, pairs per firm, ...), ranks, shares, ratios, ranges and sources.");
        var arguments = ComparisonArguments.AddTo(cmd);
        var output = CliOutput.AddTo(cmd, "table (for people), csv (full precision, invariant), markdown or html.",
            OutputFormat.Table, OutputFormat.Csv, OutputFormat.Markdown, OutputFormat.Html);
        cmd.SetAction(parseResult =>
        {
            var format = output.Resolve(parseResult);
            var comparison = arguments.Create(parseResult);
            output.Write(parseResult, format switch
            {
                OutputFormat.Csv => comparison.ToCsv(),
                OutputFormat.Markdown => comparison.ToMarkdown(),
                OutputFormat.Html => comparison.ToHtml(),
                _ => comparison.ToText(),
            });
            return CliApp.Ok;
        });
        return cmd;
    }
}

/// <summary>For a year without an annual exchange rate.</summary>
internal enum RatePolicy
{
    NearestYear,
    MeanOfMonths,
    Error,
}

/// <summary>
/// The focal cluster argument and the options that choose a comparison, shared by <c>compare</c>, <c>report</c> and
/// the <c>plot</c> subcommands about clusters: <c>CLUSTER [--peers a,b] [--year Y | --latest] [--max-age N]
/// [--pin CLUSTER=SOURCE]... [--currency CODE] [--rate-policy P] [--include-targets] [--include-suspicious]
/// [--data FILE]...</c> (only the cluster and <c>--data</c> where no comparison is drawn).
/// </summary>
internal sealed class ComparisonArguments
{
    private readonly Option<string?> _peers = new("--peers") { Description = "Comma-separated peer ids (default: every cluster with the same product focus).", HelpName = "ids" };
    private readonly Option<int?> _year = new("--year") { Description = "The year compared for every cluster (default: the latest year in which the cluster has pairs per year, output value and firm count; the output says which).", HelpName = "yyyy" };
    private readonly Option<bool> _latest = new("--latest") { Description = "Compare each cluster at its own latest year instead of one year for all; every value shows its year, and values more than 5 years older than the cluster's are not ranked." };
    private readonly Option<int> _maxAge = new("--max-age") { Description = "Where a cell has nothing for the year, admit a figure up to N years older, marked with its year and age (default 0).", DefaultValueFactory = _ => 0, HelpName = "n" };
    private readonly Option<string[]> _pins = new("--pin") { Description = "CLUSTER=SOURCE: use only that source's figures for the cluster where it has them; SOURCE is a source title, URL or seed file name (origin). Repeatable.", Arity = ArgumentArity.ZeroOrMore, HelpName = "cluster=source" };
    private readonly Option<bool> _suspicious = new("--include-suspicious") { Description = "Let suspicious and superseded figures count (default: they are listed in figures and conflicts, marked, and left out of comparisons, ranks and charts)." };
    private readonly Option<string?> _currency = CliOptions.Currency("ISO 4217 currency for money, in any case, converted through USD with annual average rates (default: the focal cluster's currency).");
    private readonly Option<RatePolicy> _ratePolicy = CliOptions.Enum("--rate-policy", "For a year without an annual exchange rate. The rate and year used are named in the output.", RatePolicy.NearestYear);
    private readonly Option<bool> _targets = new("--include-targets") { Description = "Let plan targets count (default: actual values only)." };

    /// <summary>The focal cluster id.</summary>
    public Argument<string?> Cluster { get; } = CliOptions.Cluster(required: true, "The focal cluster id, for example xiaobeihe; unknown ids are an error listing the known ones.");

    /// <summary>The figure files, regions file and how they are read.</summary>
    public FigureArguments Data { get; private set; } = null!;

    /// <summary>Adds the cluster argument and --data, and with <paramref name="comparing"/> the comparison options, to <paramref name="command"/>.</summary>
    public static ComparisonArguments AddTo(Command command, bool comparing = true)
    {
        var a = new ComparisonArguments();
        command.Arguments.Add(a.Cluster);
        IEnumerable<Option> options = comparing ? [a._peers, a._year, a._latest, a._maxAge, a._pins, a._currency, a._ratePolicy, a._targets, a._suspicious] : [];
        foreach (var o in options) command.Options.Add(o);
        a.Data = FigureArguments.AddTo(command, additive: true);
        return a;
    }

    /// <summary>The figures, regions and rates to use: the reference dataset with --data and --regions.</summary>
    public ReferenceDataset Load(ParseResult parseResult) => Data.Load(parseResult);

    /// <summary>
    /// The comparison the options ask for. A usage error is thrown as such (see <see cref="Options"/>); an unknown id
    /// throws the comparison's error, which lists the known ids; a pinned source that gives no figure of its cluster
    /// throws an error that lists the cluster's sources.
    /// </summary>
    public Comparison Create(ParseResult parseResult)
    {
        var data = Load(parseResult);
        return Comparison.Create(data.Figures, Options(parseResult, data.Regions, data.ExchangeRates, data.Figures));
    }

    /// <summary>
    /// The comparison options the command line asks for; a usage error (exit 2) when --pin is not CLUSTER=SOURCE,
    /// --max-age is negative, or --year and --latest are both given.
    /// With <paramref name="figures"/>, each pinned source must give a figure of its cluster.
    /// </summary>
    public ComparisonOptions Options(ParseResult parseResult, IReadOnlyList<Region> regions, ExchangeRateTable rates, FigureSet? figures = null)
    {
        var currencyCode = parseResult.GetValue(_currency);
        if (currencyCode is not null) RequireRates(currencyCode, rates);
        if (parseResult.GetValue(_latest) && parseResult.GetValue(_year) is not null)
        {
            CliUsage.Exclusive("--year", "--latest", "one year for every cluster, or the latest year of each");
        }
        if (parseResult.GetValue(_maxAge) < 0)
        {
            CliUsage.Fail($"--max-age {CliOptions.Invariant(parseResult.GetValue(_maxAge))}: expected a number of years, 0 or more.");
        }
        var pins = new List<(string Cluster, string Source)>();
        foreach (var pin in parseResult.GetValue(_pins) ?? [])
        {
            int eq = pin.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == pin.Length - 1)
            {
                CliUsage.Fail($"--pin '{pin}': expected CLUSTER=SOURCE, for example xiaobeihe=seeds/000_c6e03cb025974693.txt (a source title, URL or seed file name).");
            }
            pins.Add((pin[..eq].Trim(), pin[(eq + 1)..].Trim()));
        }
        var options = new ComparisonOptions(parseResult.GetValue(Cluster)!)
        {
            Peers = parseResult.GetValue(_peers) is string p ? p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null,
            Year = parseResult.GetValue(_year),
            Currency = currencyCode is null ? null : new Currency(currencyCode),
            Regions = regions,
            Rates = rates,
            RatePolicy = parseResult.GetValue(_ratePolicy) switch
            {
                RatePolicy.Error => MissingRatePolicy.Error,
                RatePolicy.MeanOfMonths => MissingRatePolicy.MeanOfAvailableMonths,
                _ => MissingRatePolicy.NearestYear,
            },
            IncludeTargets = parseResult.GetValue(_targets),
            IncludeSuspicious = parseResult.GetValue(_suspicious),
            LatestOfEach = parseResult.GetValue(_latest),
            MaxAge = parseResult.GetValue(_maxAge),
        };
        foreach (var (cluster, source) in pins)
        {
            if (figures is not null) RequirePinnedSource(figures, cluster, source);
            options = options.PinSource(cluster, source);
        }
        return options;
    }

    // An ISO code that no rate converts: the data decide (exit 1), and the message lists the currencies they convert.
    private static void RequireRates(string code, ExchangeRateTable rates)
    {
        var known = CliOptions.KnownCurrencies(rates);
        if (!known.Contains(code, StringComparer.Ordinal))
        {
            throw new ClusterStatsException($"--currency {code}: no exchange rate converts {code}; the rates convert {string.Join(", ", known)}.");
        }
    }

    // A pin that matches nothing would silently fall back to every source: the data decide, so it is an error (exit 1).
    private static void RequirePinnedSource(FigureSet figures, string cluster, string source)
    {
        var own = figures.Where(regionId: cluster);
        if (own.Any(f => ComparisonOptions.IsFrom(f, source))) return;
        var known = own.Select(f => f.Origin is { } o && o.StartsWith("seeds/", StringComparison.Ordinal) ? o : f.Source.Url ?? f.Source.Title)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        throw new ClusterStatsException(known.Count == 0
            ? $"--pin {cluster}={source}: there are no figures of '{cluster}'."
            : $"--pin {cluster}={source}: no figure of '{cluster}' comes from that source (matched against source titles, URLs and seed file names); its sources are: {string.Join(", ", known)}");
    }
}
