using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;

namespace ClusterStats.Tests.Evidence;

/// <summary>
/// Converts data/source/cited-figures.csv (the research table, a verbatim copy of the shared file) into the tidy
/// reference dataset: data/figures.csv and data/exchange-rates.csv. Every distinct text of the source's unit column
/// is mapped explicitly below (unit, qualifier, target, scope); an unmapped text stops the conversion. The seed
/// article's own figures and four figures stated only in the notes of the research table are added, each with its
/// origin. The committed files must equal the output (see ReferenceDatasetTests).
/// </summary>
internal static partial class CitedFiguresConverter
{
    public const string SeedFile = "seeds/000_c6e03cb025974693.txt";

    /// <summary>A unit text's unit, qualifier, target flag, scope note and, for a part of a year, its first and last month.</summary>
    internal sealed record UnitMapping(string Unit, Qualifier Qualifier = Qualifier.Exact, bool Target = false, string? Scope = null, (int First, int Last)? Months = null);

    /// <summary>A status set for one row of the research table, with the reason read in its notes.</summary>
    internal sealed record StatusMapping(FigureStatus Status, string Reason);

    /// <summary>
    /// The status of research-table lines whose notes doubt the figure itself (every other row is ok). Rows whose
    /// notes name a conflict, a scope difference or an uncertain year stay ok: those doubts are shown by conflicts,
    /// scopes and approximate years. The seed article's own figures are the subject of the report and stay ok.
    /// </summary>
    public static readonly IReadOnlyDictionary<int, StatusMapping> Statuses = new Dictionary<int, StatusMapping>
    {
        [40] = new(FigureStatus.Suspicious, "'one third' of world output: a claim never sourced to a world statistic"),
        [54] = new(FigureStatus.Suspicious, "35 % of the global market: a promotional-style claim"),
        [81] = new(FigureStatus.Suspicious, "4 bn pairs of the five largest companies: a marketing-style claim, undated"),
        [92] = new(FigureStatus.Suspicious, "marketing, unverified market-research figure; the notes say not to use it as an anchor"),
        [120] = new(FigureStatus.Suspicious, "amateur site, undated; the notes say to verify before use"),
        [151] = new(FigureStatus.Suspicious, "600 million dozen = 7.2 bn pairs from about 8,000 workers: likely a misquote; the notes say not to use without verification"),
        [152] = new(FigureStatus.Suspicious, "half of America's socks: a boast by city leaders, not a statistic"),
        [154] = new(FigureStatus.Suspicious, "'1 in 8' socks worn worldwide: a long-repeated local claim, not a statistic"),
    };

    internal sealed record IndicatorMapping(string Indicator, string? Scope = null, bool Target = false);

    internal sealed record RateMapping(string Currency, decimal PerAmount, string PerCurrency, bool Derived);

    /// <summary>Every unit text of the figure rows of cited-figures.csv.</summary>
    public static readonly IReadOnlyDictionary<string, UnitMapping> Units = new Dictionary<string, UnitMapping>(StringComparer.Ordinal)
    {
        ["pairs"] = new("pairs"),
        ["pairs (lower bound)"] = new("pairs", Qualifier.AtLeast),
        ["pairs (plan target)"] = new("pairs", Target: true),
        ["pairs (capacity)"] = new("pairs", Scope: "capacity"),
        ["pairs (shipments)"] = new("pairs", Scope: "shipments (METI, establishments with 4 or more employees)"),
        ["pairs (five largest companies)"] = new("pairs", Scope: "five largest companies"),
        ["pairs (China -> US)"] = new("pairs"),
        ["pairs (estimate)"] = new("pairs", Qualifier.Approximately),
        ["pairs of tights (collant)"] = new("pairs", Scope: "tights (collant)"),
        ["pairs (may include stockings)"] = new("pairs", Scope: "may include stockings"),
        ["pairs (= 600 million dozen; suspicious)"] = new("pairs", Scope: "converted from 600 million dozen; suspicious"),
        ["CNY"] = new("CNY"),
        ["CNY (lower bound)"] = new("CNY", Qualifier.AtLeast),
        ["CNY (plan target)"] = new("CNY", Target: true),
        ["CNY (Jan-Apr 2023, above-size firms)"] = new("CNY", Scope: "above-designated-size firms", Months: (1, 4)),
        ["CNY (Q1 2023, self-operated exports, lower bound)"] = new("CNY", Qualifier.AtLeast, Scope: "self-operated exports", Months: (1, 3)),
        ["CNY (all-inclusive, 全口径)"] = new("CNY", Scope: "all-inclusive (全口径)"),
        ["CNY (operating income)"] = new("CNY", Scope: "operating income (revenue)"),
        ["USD"] = new("USD"),
        ["USD (Jan-Sep 2023, socks industry)"] = new("USD", Months: (1, 9)),
        ["USD (HS 6115)"] = new("USD", Scope: "HS 6115 (pantyhose, socks and other hosiery)"),
        ["USD (socks + pantyhose)"] = new("USD", Scope: "socks and pantyhose"),
        ["USD (2020-2024, 5-year total)"] = new("USD", Scope: "cumulative, 5-year total"),
        ["USD (Jan-Jun 2022)"] = new("USD", Months: (1, 6)),
        ["USD (socks trade balance)"] = new("USD"),
        ["EUR"] = new("EUR"),
        ["EUR (extra-EU)"] = new("EUR", Scope: "extra-EU imports"),
        ["EUR (turnover)"] = new("EUR", Scope: "turnover, 25 municipalities"),
        ["EUR (approx., Italian legwear production value)"] = new("EUR", Qualifier.Approximately, Scope: "Italian legwear production value"),
        ["JPY"] = new("JPY"),
        ["JPY (shipment value)"] = new("JPY", Scope: "shipment value (METI, establishments with 4 or more employees)"),
        ["JPY per pair"] = new("JPY/pair"),
        ["rank"] = new("rank"),
        ["rank (men's socks output)"] = new("rank"),
        ["year"] = new("year"),
        ["persons"] = new("persons"),
        ["persons (lower bound)"] = new("persons", Qualifier.AtLeast),
        ["workers"] = new("persons"),
        ["workers (approx.)"] = new("persons", Qualifier.Approximately),
        ["workers (approx., peak)"] = new("persons", Qualifier.Approximately),
        ["workers (25 municipalities)"] = new("persons", Scope: "25 municipalities"),
        ["direct jobs"] = new("persons", Scope: "direct jobs"),
        ["direct+indirect jobs"] = new("persons", Scope: "direct and indirect jobs"),
        ["staff (lower bound)"] = new("persons", Qualifier.AtLeast),
        ["core employees (lower bound)"] = new("persons", Qualifier.AtLeast, Scope: "core employees"),
        ["firms"] = new("firms"),
        ["firms (lower bound)"] = new("firms", Qualifier.AtLeast),
        ["firms (approx.)"] = new("firms", Qualifier.Approximately),
        ["firms (approx.) around Yamatotakada/Koryo"] = new("firms", Qualifier.Approximately, Scope: "around Yamatotakada/Koryo"),
        ["firms (hosiery+underwear incl. spinning/finishing)"] = new("firms", Scope: "hosiery and underwear incl. spinning/finishing"),
        ["sock firms"] = new("firms"),
        ["sock firms (lower bound)"] = new("firms", Qualifier.AtLeast),
        ["sock enterprises"] = new("firms"),
        ["sock-knitting enterprises"] = new("firms"),
        ["sock factories (lower bound)"] = new("firms", Qualifier.AtLeast),
        ["sock manufacturers"] = new("firms"),
        ["sock-related enterprises"] = new("firms"),
        ["related enterprises"] = new("firms"),
        ["sock-related businesses (lower bound)"] = new("firms", Qualifier.AtLeast, Scope: "sock-related businesses"),
        ["sock producers incl. households (approx.)"] = new("firms", Qualifier.Approximately, Scope: "incl. household workshops"),
        ["supporting firms (lower bound)"] = new("firms", Qualifier.AtLeast),
        ["enterprises (lower bound)"] = new("firms", Qualifier.AtLeast),
        ["industrial enterprises above designated size"] = new("firms", Scope: "all industries"),
        ["park enterprises"] = new("firms", Scope: "park enterprises"),
        ["sock enterprises in park (lower bound)"] = new("firms", Qualifier.AtLeast, Scope: "park enterprises"),
        ["enterprises with revenue > 20 m yuan"] = new("firms", Scope: "revenue above 20 m yuan"),
        ["factories (medium/large, lower bound)"] = new("firms", Qualifier.AtLeast, Scope: "medium and large factories"),
        ["companies (approx.)"] = new("firms", Qualifier.Approximately),
        ["companies in supply chain (lower bound)"] = new("firms", Qualifier.AtLeast, Scope: "supply chain"),
        ["member firms of 兵庫県靴下工業組合"] = new("firms", Scope: "members of 兵庫県靴下工業組合"),
        ["hosiery mills"] = new("firms"),
        ["mills (approx.)"] = new("firms", Qualifier.Approximately),
        ["mills still open"] = new("firms"),
        ["computerised knitting machines"] = new("machines"),
        ["machines"] = new("machines"),
        ["percent"] = new("percent"),
        ["percent (value)"] = new("percent", Scope: "by value"),
        ["percent (incl. stockings)"] = new("percent", Scope: "incl. stockings"),
        ["percent (socks only)"] = new("percent"),
        ["percent of China output"] = new("percent"),
        ["percent of China output (lower bound)"] = new("percent", Qualifier.AtLeast),
        ["percent of China market"] = new("percent"),
        ["percent of national sock output"] = new("percent"),
        ["percent of national sock output (volume)"] = new("percent"),
        ["percent of national shipment value"] = new("percent", Scope: "of national shipment value"),
        ["percent of world output"] = new("percent"),
        ["percent of world output (upper, 'as much as')"] = new("percent", Qualifier.AtMost),
        ["percent of global market"] = new("percent"),
        ["percent of world production"] = new("percent"),
        ["percent of world sock exports"] = new("percent"),
        ["percent of world hosiery exports (value)"] = new("percent", Scope: "hosiery (HS 6115) incl. tights, by value"),
        ["percent of world women's hosiery exports"] = new("percent", Scope: "women's hosiery"),
        ["percent of European production"] = new("percent"),
        ["percent of Italian sector turnover"] = new("percent", Scope: "of Italian sector turnover"),
        ["percent of Italian women's hosiery production"] = new("percent", Scope: "of Italian women's hosiery production"),
        ["percent of US socks (claim)"] = new("percent"),
        ["percent of socks worn worldwide (claim)"] = new("percent"),
    };

    /// <summary>Every unit text of the exchange-rate rows.</summary>
    public static readonly IReadOnlyDictionary<string, RateMapping> RateUnits = new Dictionary<string, RateMapping>(StringComparer.Ordinal)
    {
        ["CNY per USD"] = new("CNY", 1, "USD", false),
        ["JPY per USD"] = new("JPY", 1, "USD", false),
        ["KRW per USD"] = new("KRW", 1, "USD", false),
        ["USD per EUR"] = new("USD", 1, "EUR", false),
        ["CNY per 100 JPY (derived)"] = new("CNY", 100, "JPY", true),
        ["CNY per EUR (derived)"] = new("CNY", 1, "EUR", true),
    };

    /// <summary>Indicators of the research table that fold into a built-in indicator with a scope note or the target flag; others are kept as they are.</summary>
    public static readonly IReadOnlyDictionary<string, IndicatorMapping> Indicators = new Dictionary<string, IndicatorMapping>(StringComparer.Ordinal)
    {
        ["pairs_per_year_target"] = new("pairs_per_year", Target: true),
        ["output_value_target"] = new("output_value", Target: true),
        ["output_value_partial"] = new("output_value"),
        ["export_value_partial"] = new("export_value"),
        ["export_value_cumulative"] = new("export_value"),
        ["export_value_direct"] = new("export_value", "direct exports"),
        ["export_value_indirect"] = new("export_value", "indirect exports via traders"),
        ["export_volume_to_US"] = new("export_volume", "to the United States"),
        ["firm_count_related"] = new("firm_count", "related firms (sock firms plus supporting firms)"),
        ["firm_count_supporting"] = new("firm_count", "supporting firms"),
        ["firm_count_above_designated_size"] = new("firm_count", "above designated size"),
        ["firm_count_large"] = new("firm_count"),
        ["national_share_socks_only"] = new("national_share", "socks only"),
        ["rank_national_cotton_socks"] = new("rank", "national, cotton socks"),
        ["rank_national_overall"] = new("rank", "national, whole sock industry"),
        ["rank_national_mens_socks"] = new("rank", "national, men's socks"),
    };

    // A year in the table is approximate when its notes say so: the research summary explains approximate years there.
    /// <summary>
    /// Research-table lines whose notes use words of doubt (see <see cref="DoubtNote"/>) but do not doubt the figure
    /// itself: each was reviewed and stays ok, for the reason given. A test checks that every such line is either
    /// here or in <see cref="Statuses"/>.
    /// </summary>
    public static readonly IReadOnlyDictionary<int, string> ReviewedOk = new Dictionary<int, string>
    {
        [13] = "an official press release, consistent with the Liaoning Daily",
        [15] = "a rival's claim of rank 1 is a conflict, shown as such",
        [21] = "the notes say: a scope difference, not a conflict",
        [45] = "a conflict with another year (a trend or a scope), not a doubt of the figure",
        [48] = "a conflict between sources of neighbouring years, shown as such",
        [51] = "an upper figure ('as many as'), conflicting with later years",
        [52] = "a whole-cluster figure; the scope differs from the above-size output",
        [56] = "a reprint of the whole-cluster figure",
        [61] = "part of a year and a narrower scope, both recorded (period, scope)",
        [79] = "ambiguous wording but a stated export value; the conflict with 2011 is shown",
        [80] = "a share conflicting with Datang's: shown as a conflict of claims, not doubted as a record",
        [97] = "a conflict with the 2019 figure, which is added from the notes",
        [103] = "undated: never used for a year",
        [104] = "undated: never used for a year",
        [105] = "undated: never used for a year",
        [107] = "a conflict of scopes (core employees against 25 municipalities)",
        [112] = "a different scope (25 municipalities), recorded",
        [119] = "undated and a conflict of scopes",
        [121] = "undated: never used for a year",
        [131] = "a scope difference (may include stockings), recorded",
        [137] = "the doubt is about a growth ratio in a translation, not this price",
        [140] = "a municipal claim about rank, stated for a named year",
        [142] = "the district's own share, conflicting with a derived one: shown as a conflict",
        [146] = "a newspaper share; the conflict with the district's claim is shown",
        [153] = "a peak employment figure, approximate; the mill counts conflict, not this figure",
    };

    /// <summary>Words in the research notes that express doubt about a row.</summary>
    [GeneratedRegex(@"suspicious|unverified|verif|claim|boast|typo|misquote|conflict|do not use|don't use|weak source|ambiguous|promotional|marketing|not a statistic", RegexOptions.IgnoreCase)]
    internal static partial Regex DoubtNote();

    [GeneratedRegex(@"year approx|approx\.? \d{4}|about \d{4}|probably \d{4}|most likely \d{4}|year (?:is a guess|uncertain|set to)|turn of the|peak|'annual'|years ago|so likely|year of data not stated", RegexOptions.IgnoreCase)]
    private static partial Regex ApproximateNote();

    [GeneratedRegex(@"(?:^|; |\. )(?:published|posted|reported|event on|reprint dated)\s+(?:summer |late |about )?(\d{4}(?:-\d{2}(?:-\d{2})?)?)", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedNote();

    [GeneratedRegex(@"month (\d{4})-(\d{2})")]
    private static partial Regex MonthNote();

    internal sealed record SourceRow(int Line, IReadOnlyDictionary<string, string> Fields)
    {
        public string this[string column] => Fields[column];
    }

    public static List<SourceRow> ReadSource(string path)
    {
        var rows = new List<SourceRow>();
        using var reader = CsvReader.FromText(File.ReadAllText(path, Encoding.UTF8), new CsvReaderOptions
        {
            Separator = ',', TrackLineNumbers = true, FieldCountMismatch = CsvFieldCountHandling.Throw, MalformedData = CsvMalformedDataHandling.Throw,
        });
        var header = reader.Headers.ToArray();
        while (reader.Read())
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++) fields[header[i]] = reader.GetString(i) ?? "";
            rows.Add(new SourceRow((int)reader.LineNumber, fields));
        }
        return rows;
    }

    public static (List<Figure> Figures, List<ExchangeRate> Rates) Convert(IReadOnlyList<SourceRow> rows, IReadOnlyDictionary<string, string> regionIds)
    {
        var figures = new List<Figure>();
        var rates = new List<ExchangeRate>();
        // A source's rows share its dating: when one row of a source (same URL, else title) says its year is approximate, so are the others of that year.
        var approximateSources = rows.Where(r => r["year"].Length > 0 && ApproximateNote().IsMatch(r["notes"]))
            .Select(r => SourceKey(r) + "|" + r["year"]).ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var origin = "cited-figures.csv:" + row.Line.ToString(CultureInfo.InvariantCulture);
            var published = PublishedNote().Match(row["notes"]) is { Success: true } m ? m.Groups[1].Value : null;
            var source = new Source(row["source_title"], Blank(row["source_url"]), row["publisher"], published, row["quote"], ParseConfidence(row["confidence"]));
            if (row["region"] == "FX reference")
            {
                var rm = RateUnits.TryGetValue(row["unit"], out var mapped) ? mapped : throw new InvalidOperationException($"{origin}: unmapped rate unit '{row["unit"]}'");
                int? month = row["indicator"] == "fx_rate_monthly"
                    ? (MonthNote().Match(row["notes"]) is { Success: true } mm ? int.Parse(mm.Groups[2].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException($"{origin}: monthly rate without a month"))
                    : null;
                rates.Add(new ExchangeRate(int.Parse(row["year"], CultureInfo.InvariantCulture), month, new Currency(rm.Currency), new Currency(rm.PerCurrency),
                    rm.PerAmount, decimal.Parse(row["value"], NumberStyles.Number, CultureInfo.InvariantCulture), rm.Derived, source)
                { Notes = Blank(row["notes"]), Origin = origin, OriginalUnit = row["unit"] });
                continue;
            }
            var unit = Units.TryGetValue(row["unit"], out var um) ? um : throw new InvalidOperationException($"{origin}: unmapped unit '{row["unit"]}'");
            var indicator = Indicators.TryGetValue(row["indicator"], out var im) ? im : new IndicatorMapping(row["indicator"]);
            var region = regionIds.TryGetValue(row["region"], out var id) ? id : throw new InvalidOperationException($"{origin}: unmapped region '{row["region"]}'");
            var year = ParseYear(row["year"], approximateSources.Contains(SourceKey(row) + "|" + row["year"]));
            ReferencePeriod? period = unit.Months is var (first, last)
                ? ReferencePeriod.Months(year.From ?? throw new InvalidOperationException($"{origin}: a part of a year without a year"), first, last)
                : null;
            figures.Add(new Figure(region, new Indicator(indicator.Indicator), new Quantity(decimal.Parse(row["value"], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), Unit.Parse(unit.Unit)),
                unit.Qualifier, unit.Target || indicator.Target, JoinScope(indicator.Scope, unit.Scope), year, source)
            {
                OriginalUnit = row["unit"], Origin = origin, Notes = Blank(row["notes"]), Period = period,
                Status = Statuses.TryGetValue(row.Line, out var status) ? status.Status : FigureStatus.Ok,
            });
        }
        figures.AddRange(SeedFigures());
        figures.AddRange(FiguresFromNotes(figures));
        return (figures, rates);
    }

    private static string SourceKey(SourceRow r) => r["source_url"].Length > 0 ? r["source_url"] : r["source_title"];

    private static string? Blank(string s) => s.Length == 0 ? null : s;

    private static string? JoinScope(string? a, string? b) => a is null ? b : b is null || a == b ? a : a + "; " + b;

    private static Confidence ParseConfidence(string s) =>
        ConfidenceCodes.TryParse(s, out var c) ? c : throw new InvalidOperationException($"unknown confidence '{s}'");

    private static ReferenceYear ParseYear(string text, bool approximate)
    {
        if (text.Length == 0) return ReferenceYear.Unknown;
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0) return ReferenceYear.Range(int.Parse(text[..dash], CultureInfo.InvariantCulture), int.Parse(text[(dash + 1)..], CultureInfo.InvariantCulture), approximate);
        var y = int.Parse(text, CultureInfo.InvariantCulture);
        return approximate ? ReferenceYear.Approximate(y) : ReferenceYear.Exact(y);
    }

    /// <summary>The seed article's own figures: current at publication (2024-07-25), so the reference year is 2024, approximate.</summary>
    private static IEnumerable<Figure> SeedFigures()
    {
        const string Note = "Seed article: current at publication 2024-07-25; the article gives no reference year, so 2024 (approximate) is recorded.";
        const string Title = "遼陽・小北河靴下業の発展推進活動が正式に幕を開けた";
        const string Publisher = "Chinese textile news site (Japanese edition), category 商業宝典";
        Source S(string quote, Confidence c) => new(Title, null, Publisher, "2024-07-25", quote, c);
        var year = ReferenceYear.Approximate(2024);
        yield return new Figure("xiaobeihe", Indicator.PairsPerYear, Quantity.Pairs(2_200_000_000m), Qualifier.Exact, false, null, year,
            S("現在では年間22億足の靴下を生産し", Confidence.Low))
        { Origin = SeedFile, Notes = Note + " 22億足 (2.2 bn pairs) is not corroborated by any other source found; neighbouring sources say 2.5 bn (2022, 2023) and 2.6 bn (2024); possibly a typo for 25億." };
        yield return new Figure("xiaobeihe", Indicator.OutputValue, Quantity.Money(3_500_000_000m, Currency.CNY), Qualifier.Exact, false, null, year,
            S("生産額は35億元に達し", Confidence.Medium))
        { Origin = SeedFile, Notes = Note + " Matches 年产值35亿元 quoted the same day (pedaily.cn, 2024-07-25)." };
        yield return new Figure("xiaobeihe", Indicator.FirmCount, Quantity.Firms(226m), Qualifier.Exact, false, null, year,
            S("ここには226社の靴下業企業が集まり", Confidence.Medium))
        { Origin = SeedFile, Notes = Note + " Quoted from vice-mayor Zhang Hongbin; corroborated by the wttai.com event report (聚集了226家袜业企业)." };
        yield return new Figure("xiaobeihe", Indicator.Rank, Quantity.Rank(2m), Qualifier.Exact, false, "national, cotton socks", year,
            S("綿靴下の生産量の全国第2位に位置し", Confidence.Medium))
        { Origin = SeedFile, Notes = Note + " Rank by cotton-sock output." };
        yield return new Figure("xiaobeihe", new Indicator("designation_year"), new Quantity(2021m, Unit.Count("year")), Qualifier.Exact, false, null, ReferenceYear.Exact(2021),
            S("2021年に中国紡績工業連合会から「中国靴下業名鎮」の称号を授与された", Confidence.Medium))
        { Origin = SeedFile, Notes = "Seed article (published 2024-07-25): the 中国袜业名镇 title was awarded by CNTAC in 2021." };
    }

    /// <summary>Figures stated only in the notes of the research table (or derived there), kept as rows so that conflicts can be shown.</summary>
    private static IEnumerable<Figure> FiguresFromNotes(List<Figure> figures)
    {
        Figure From(string origin) => figures.Single(f => f.Origin == origin);
        var turkey75 = From("cited-figures.csv:97");
        yield return new Figure("turkey", turkey75.Indicator, Quantity.Percent(85m), Qualifier.Exact, false, null, ReferenceYear.Exact(2019),
            new Source("kohantextilejournal (2019) PR piece, as cited in the notes of cited-figures.csv line 97", null, "kohantextilejournal", "2019", "", Confidence.Low))
        { Origin = "cited-figures.csv:97 (notes)", Notes = "The research notes say: kohantextilejournal (2019) says 85%: conflict. The original text was not in the index." };
        var seoul = From("cited-figures.csv:146");
        yield return new Figure("dobong", Indicator.NationalShare, Quantity.Percent(59.4849m), Qualifier.Approximately, false, null, seoul.Year, seoul.Source)
        { IsDerived = true, Origin = "cited-figures.csv:146 (notes)", Notes = "DERIVED: JoongAng says Seoul makes 85.1% of national output and Dobong 69.9% of Seoul's: 85.1% x 69.9% = 59.4849% of national output." };
        var nara = From("cited-figures.csv:127");
        yield return new Figure("japan", Indicator.PairsPerYear, Quantity.Pairs(88_300_000m), Qualifier.Approximately, false, null, nara.Year, nara.Source)
        { IsDerived = true, Origin = "cited-figures.csv:127 (notes)", Notes = "DERIVED: Nara's 52.98 m pairs are about 60% of national output, so the national total is about 52.98 m / 0.6 = 88.3 m pairs." };
        var yiwu = From("cited-figures.csv:79");
        yield return new Figure("yiwu", Indicator.ExportValue, Quantity.Money(240_000_000m, Currency.USD), Qualifier.Exact, false, null, ReferenceYear.Exact(2011), yiwu.Source)
        { Period = ReferencePeriod.Half(2011, 1), Origin = "cited-figures.csv:79 (notes)", Notes = "H1 2011 exports of $240 m, stated in the notes of the $688 m (2010) row." };
    }
}
