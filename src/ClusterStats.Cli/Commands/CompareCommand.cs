using System.CommandLine;

namespace ClusterStats.Cli.Commands;

/// <summary>
/// <c>clusterstats compare ID [--peers a,b] [--year Y] [--currency USD] [--rate-policy nearest-year|mean-of-months|error]
/// [--include-targets] [--format table|csv|markdown|html] [--data FILE]</c>: the focal cluster against its peers.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "table (for people, default), csv (full precision, invariant), markdown or html.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "markdown", "html");

        var cmd = new Command("compare", "Compare a cluster with its peers: indicators, derived figures (output value per pair, pairs per firm, ...), ranks, shares, ratios, ranges and sources.");
        var input = ComparisonInput.AddTo(cmd);
        cmd.Options.Add(format);
        cmd.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            if (!input.TryGetCurrency(parseResult, out var currency)) return CliApp.UsageError;
            var data = input.Load(parseResult);
            var options = new ComparisonOptions(input.Focal(parseResult))
            {
                Peers = input.Peers(parseResult),
                Year = input.Year(parseResult),
                Currency = currency,
                Regions = data.Regions,
                Rates = data.ExchangeRates,
                RatePolicy = input.RatePolicy(parseResult),
                IncludeTargets = input.IncludeTargets(parseResult),
            };
            var comparison = Comparison.Create(data.Figures, options);
            output.Write(parseResult.GetValue(format) switch
            {
                "csv" => comparison.ToCsv(),
                "markdown" => comparison.ToMarkdown(),
                "html" => comparison.ToHtml(),
                _ => comparison.ToText(),
            });
            return CliApp.Ok;
        });
        return cmd;
    }
}

/// <summary>
/// What the verbs that compare a cluster with its peers (compare, report) take: the cluster id argument and
/// <c>--peers</c>, <c>--year</c>, <c>--currency</c>, <c>--rate-policy</c>, <c>--include-targets</c> and <c>--data</c>.
/// The figures come from the embedded reference dataset, or from a --data file with the reference dataset's regions
/// (names, countries) and exchange rates. An unknown id fails in <see cref="Comparison.Create"/>, which lists the known ids.
/// </summary>
internal sealed class ComparisonInput
{
    private readonly Argument<string> _id = new("cluster") { Description = "The focal cluster id, for example xiaobeihe." };
    private readonly Option<string?> _peers = new("--peers") { Description = "Comma-separated peer ids (default: every cluster with the same product focus)." };
    private readonly Option<int?> _year = new("--year") { Description = "The year compared (default: the latest year each cluster has, shown per row)." };
    private readonly Option<string?> _currency = new("--currency") { Description = "ISO currency for money, converted through USD with annual average rates (default: the focal cluster's currency)." };
    private readonly Option<string> _ratePolicy = new("--rate-policy") { Description = "For a year without an annual exchange rate: nearest-year (default), mean-of-months or error. The rate and year used are named in the output.", DefaultValueFactory = _ => "nearest-year" };
    private readonly Option<bool> _targets = new("--include-targets") { Description = "Let plan targets count (default: actual values only)." };
    private readonly Option<string?> _data = new("--data") { Description = "A figure CSV file (tidy figure schema) instead of the reference dataset." };

    public static ComparisonInput AddTo(Command command)
    {
        var input = new ComparisonInput();
        input._ratePolicy.AcceptOnlyFromAmong("nearest-year", "mean-of-months", "error");
        command.Arguments.Add(input._id);
        foreach (var o in new Option[] { input._peers, input._year, input._currency, input._ratePolicy, input._targets, input._data }) command.Options.Add(o);
        return input;
    }

    public string Focal(ParseResult parseResult) => parseResult.GetValue(_id)!;

    public IReadOnlyList<string>? Peers(ParseResult parseResult) =>
        parseResult.GetValue(_peers) is string p ? p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null;

    public int? Year(ParseResult parseResult) => parseResult.GetValue(_year);

    public bool IncludeTargets(ParseResult parseResult) => parseResult.GetValue(_targets);

    public string? DataFile(ParseResult parseResult) => parseResult.GetValue(_data);

    public MissingRatePolicy RatePolicy(ParseResult parseResult) => parseResult.GetValue(_ratePolicy) switch
    {
        "error" => MissingRatePolicy.Error,
        "mean-of-months" => MissingRatePolicy.MeanOfAvailableMonths,
        _ => MissingRatePolicy.NearestYear,
    };

    /// <summary>The --currency value (null when not given); false, after writing the problem to stderr, when it is not an ISO code.</summary>
    public bool TryGetCurrency(ParseResult parseResult, out Currency? currency)
    {
        currency = null;
        var code = parseResult.GetValue(_currency);
        if (code is null) return true;
        if (!Currency.IsIsoCode(code))
        {
            parseResult.InvocationConfiguration.Error.WriteLine($"clusterstats: '{code}' is not a currency: expected an ISO 4217 code such as CNY, USD, JPY or EUR.");
            return false;
        }
        currency = new Currency(code);
        return true;
    }

    /// <summary>The reference dataset, with the figures of the --data file instead of its own when one is given.</summary>
    public ReferenceDataset Load(ParseResult parseResult)
    {
        var reference = ReferenceData.Load();
        return DataFile(parseResult) is string file ? reference with { Figures = FigureCsv.Read(file) } : reference;
    }
}
