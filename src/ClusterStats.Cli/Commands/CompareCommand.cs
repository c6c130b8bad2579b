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
        var id = new Argument<string>("cluster") { Description = "The focal cluster id, for example xiaobeihe." };
        var peers = new Option<string?>("--peers") { Description = "Comma-separated peer ids (default: every cluster with the same product focus)." };
        var year = new Option<int?>("--year") { Description = "The year compared (default: the latest year each cluster has, shown per row)." };
        var currency = new Option<string?>("--currency") { Description = "ISO currency for money, converted through USD with annual average rates (default: the focal cluster's currency)." };
        var ratePolicy = new Option<string>("--rate-policy") { Description = "For a year without an annual exchange rate: nearest-year (default), mean-of-months or error. The rate and year used are named in the output.", DefaultValueFactory = _ => "nearest-year" };
        ratePolicy.AcceptOnlyFromAmong("nearest-year", "mean-of-months", "error");
        var targets = new Option<bool>("--include-targets") { Description = "Let plan targets count (default: actual values only)." };
        var format = new Option<string>("--format") { Description = "table (for people, default), csv (full precision, invariant), markdown or html.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "markdown", "html");
        var data = new Option<string?>("--data") { Description = "A figure CSV file (tidy figure schema) instead of the reference dataset." };

        var cmd = new Command("compare", "Compare a cluster with its peers: indicators, derived figures (output value per pair, pairs per firm, ...), ranks, shares, ratios, ranges and sources.");
        cmd.Arguments.Add(id);
        foreach (var o in new Option[] { peers, year, currency, ratePolicy, targets, format, data }) cmd.Options.Add(o);
        cmd.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var currencyCode = parseResult.GetValue(currency);
            if (currencyCode is not null && !Currency.IsIsoCode(currencyCode))
            {
                error.WriteLine($"clusterstats: '{currencyCode}' is not a currency: expected an ISO 4217 code such as CNY, USD, JPY or EUR.");
                return CliApp.UsageError;
            }
            var dataFile = parseResult.GetValue(data);
            var (figures, regions, rates) = ComparisonData.Load(dataFile);
            var options = new ComparisonOptions(parseResult.GetValue(id)!)
            {
                Peers = parseResult.GetValue(peers) is string p ? p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null,
                Year = parseResult.GetValue(year),
                Currency = currencyCode is null ? null : new Currency(currencyCode),
                Regions = regions,
                Rates = rates,
                RatePolicy = parseResult.GetValue(ratePolicy) switch
                {
                    "error" => MissingRatePolicy.Error,
                    "mean-of-months" => MissingRatePolicy.MeanOfAvailableMonths,
                    _ => MissingRatePolicy.NearestYear,
                },
                IncludeTargets = parseResult.GetValue(targets),
            };
            var comparison = Comparison.Create(figures, options);
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
/// Where the compare verb gets its figures, region metadata and exchange rates: the embedded reference dataset, or
/// the figures of a --data file with the reference dataset's regions (names, countries) and exchange rates.
/// </summary>
internal static class ComparisonData
{
    public static (FigureSet Figures, IReadOnlyList<Region> Regions, ExchangeRateTable Rates) Load(string? dataFile)
    {
        var reference = ReferenceData.Load();
        return (dataFile is null ? reference.Figures : FigureCsv.Read(dataFile), reference.Regions, reference.ExchangeRates);
    }
}
