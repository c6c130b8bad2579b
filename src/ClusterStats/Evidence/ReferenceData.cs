using System.Globalization;
using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>The reference dataset: cited figures, the clusters and reference regions they describe, and exchange rates.</summary>
/// <param name="Figures">Every cited figure (clusters, national and world figures, the seed article's figures).</param>
/// <param name="Regions">The clusters and reference regions, by id.</param>
/// <param name="ExchangeRates">Annual and monthly exchange rates (Federal Reserve G.5A / G.5, and derived cross rates).</param>
public sealed record ReferenceDataset(FigureSet Figures, IReadOnlyList<Region> Regions, ExchangeRateTable ExchangeRates)
{
    /// <summary>The region with <paramref name="id"/>, or null.</summary>
    public Region? FindRegion(string id) => Regions.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// This dataset with your figures beside its own (for example a file read with
    /// <see cref="FigureCsv.Read(string, CsvReadOptions?)"/>): see <see cref="FigureSet.Union"/>. A figure for an id that
    /// the dataset also has is one more source of it (conflicts, ranges and comparisons show it); a figure equal in
    /// every field to one of the dataset is the same figure and is not added again, so the figures.csv of a report
    /// read back adds nothing. To use your figures alone, replace them: <c>dataset with { Figures = yours }</c>.
    /// </summary>
    public ReferenceDataset WithFigures(FigureSet figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return this with { Figures = Figures.Union(figures) };
    }

    /// <summary>
    /// This dataset with your regions merged over its own (for example a regions file read with
    /// <see cref="RegionCsv.Read(string, CsvReadOptions?)"/>): a region whose id the dataset has replaces it in place,
    /// whole (names, hierarchy, product focus and the rest: yours override by id); a new id is added after the
    /// dataset's regions, in your order. Reports, comparison tables and charts then use your names, and your product
    /// focus chooses the peers.
    /// </summary>
    /// <exception cref="ArgumentException">An id appears twice in <paramref name="regions"/>.</exception>
    public ReferenceDataset WithRegions(IEnumerable<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var yours = new Dictionary<string, Region>(StringComparer.Ordinal);
        var order = new List<Region>();
        foreach (var r in regions)
        {
            ArgumentNullException.ThrowIfNull(r, nameof(regions));
            if (!yours.TryAdd(r.Id, r)) ThrowHelper.Argument(nameof(regions), $"The region id '{r.Id}' appears twice; expected each id once.");
            order.Add(r);
        }
        var merged = Regions.Select(r => yours.TryGetValue(r.Id, out var own) ? own : r).ToList();
        var known = Regions.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        merged.AddRange(order.Where(r => !known.Contains(r.Id)));
        return this with { Regions = merged };
    }
}

/// <summary>
/// Loads the reference dataset that is embedded in the assembly (data/figures.csv, data/clusters.csv,
/// data/exchange-rates.csv of the repository), so it works from the NuGet package with no files on disk.
/// See data/README.md for the schema and the sources.
/// </summary>
public static class ReferenceData
{
    private static readonly Lazy<ReferenceDataset> Cached = new(LoadEmbedded);

    /// <summary>The reference dataset (read once, then shared; immutable).</summary>
    public static ReferenceDataset Load() => Cached.Value;

    /// <summary>The names of the embedded data files.</summary>
    public static IReadOnlyList<string> EmbeddedFiles { get; } = ["figures.csv", "clusters.csv", "exchange-rates.csv"];

    /// <summary>The bytes of an embedded data file (one of <see cref="EmbeddedFiles"/>).</summary>
    public static byte[] ReadEmbedded(string fileName)
    {
        using var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream("ClusterStats.Data." + fileName)
            ?? ThrowHelper.Invalid<Stream>($"The assembly has no embedded data file '{fileName}'.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static ReferenceDataset LoadEmbedded()
    {
        var figures = FigureCsv.Read(ReadEmbedded("figures.csv"), "figures.csv");
        var regions = RegionCsv.Read(ReadEmbedded("clusters.csv"), "clusters.csv");
        var rates = ExchangeRateCsv.Read(ReadEmbedded("exchange-rates.csv"), "exchange-rates.csv");
        return new ReferenceDataset(figures, regions, rates);
    }
}

/// <summary>
/// Reads the region schema: <c>id,kind,name_en,name_zh,name_ja,country,province,city,county,town,product_focus,source_region,currency,latitude,longitude</c>
/// (required: id, kind, name_en; columns are found by their header name and the others may be left out).
/// <c>source_region</c> lists the region texts of cited-figures.csv that the id stands for, separated by '|';
/// <c>currency</c> is an ISO 4217 code; <c>latitude</c> and <c>longitude</c> are decimal degrees. The embedded
/// data/clusters.csv and a regions file of your own share it (see data/README.md).
/// </summary>
public static class RegionCsv
{
    /// <summary>The columns of the schema.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["id", "kind", "name_en", "name_zh", "name_ja", "country", "province", "city", "county", "town", "product_focus", "source_region", "currency", "latitude", "longitude"];

    private static readonly CsvSchema Schema = new("region", Columns, new HashSet<string>(["id", "kind", "name_en"], StringComparer.Ordinal),
        new HashSet<string>(Columns.Skip(2).Take(10), StringComparer.Ordinal));

    /// <summary>Reads a regions file from disk; <paramref name="path"/> names it in error messages.</summary>
    /// <exception cref="CsvInputException">The file has problems: each names the line, column, the text found and what was expected.</exception>
    public static IReadOnlyList<Region> Read(string path, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= CsvReadOptions.Default;
        return CsvInput.Read(InputFiles.OpenRead(path), path, options, Schema, r => Parse(r, options.Units ?? UnitVocabulary.BuiltIn), r => r.Id);
    }

    /// <summary>Reads regions from CSV bytes.</summary>
    /// <exception cref="CsvInputException">The input has problems.</exception>
    public static IReadOnlyList<Region> Read(byte[] content, string fileName, CsvReadOptions? options = null)
    {
        options ??= CsvReadOptions.Default;
        return CsvInput.Read(content, fileName, options, Schema, r => Parse(r, options.Units ?? UnitVocabulary.BuiltIn), r => r.Id);
    }

    private static Region? Parse(CsvRecordView r, UnitVocabulary units)
    {
        var id = r.Required("id", "a region id such as xiaobeihe");
        if (id.Length > 0 && !Region.IsValidId(id)) r.Error("id", id, "lower-case letters, digits and '-'");
        var kindText = r.Required("kind", "cluster or reference");
        RegionKind kind = RegionKind.Cluster;
        if (kindText == "reference") kind = RegionKind.Reference;
        else if (kindText.Length > 0 && kindText != "cluster") r.Error("kind", kindText, "cluster or reference");
        var name = r.Required("name_en", "an English name");
        Currency? currency = null;
        if (r.Text("currency") is string code)
        {
            // A currency of the unit vocabulary, by its code: RMB is an alias of CNY, not a code.
            if (units.TryParse(code, out var money) && money.Currency is Currency c && c.Code == code) currency = c;
            else r.Error("currency", code, money?.Currency is Currency alias
                ? $"an ISO 4217 currency code: '{alias.Code}' ('{code}' is an alias of it)"
                : "an ISO 4217 currency code known to ClusterStats such as CNY, JPY or EUR (others are declared as money units), or nothing");
        }
        var latitude = Degrees(r, "latitude", 90);
        var longitude = Degrees(r, "longitude", 180);
        if ((latitude is null) != (longitude is null) && !r.HasErrors)
            r.Error(latitude is null ? "latitude" : "longitude", "", "both latitude and longitude, or neither");
        if (r.HasErrors) return null;
        return new Region(id, kind, name, r.Text("name_zh"), r.Text("name_ja"), r.Text("country"), r.Text("province"), r.Text("city"),
            r.Text("county"), r.Text("town"), r.Text("product_focus"))
        {
            Currency = currency,
            Latitude = latitude,
            Longitude = longitude,
        };
    }

    private static decimal? Degrees(CsvRecordView r, string column, int limit)
    {
        var value = r.Decimal(column, required: false);
        if (value is decimal d && (d < -limit || d > limit))
        {
            r.Error(column, d.ToString(CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"decimal degrees from -{limit} to {limit}"));
            return null;
        }
        return value;
    }
}

/// <summary>
/// Reads the exchange-rate schema:
/// <c>year,month,currency,per_amount,per_currency,rate,derived,source_title,source_url,publisher,published,quote,confidence,original_unit,origin,notes</c>:
/// <c>rate</c> units of <c>currency</c> per <c>per_amount</c> units of <c>per_currency</c> (7.0809 CNY per 1 USD),
/// month blank for annual averages.
/// </summary>
public static class ExchangeRateCsv
{
    /// <summary>The columns of the schema.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "year", "month", "currency", "per_amount", "per_currency", "rate", "derived", "source_title", "source_url", "publisher",
        "published", "quote", "confidence", "original_unit", "origin", "notes",
    ];

    private static readonly CsvSchema Schema = new("exchange-rate", Columns,
        new HashSet<string>(["year", "currency", "per_amount", "per_currency", "rate", "source_title", "confidence"], StringComparer.Ordinal),
        new HashSet<string>(["source_title", "source_url", "publisher", "quote", "original_unit", "origin", "notes"], StringComparer.Ordinal));

    /// <summary>Reads exchange rates from CSV bytes.</summary>
    /// <exception cref="CsvInputException">The input has problems.</exception>
    public static ExchangeRateTable Read(byte[] content, string fileName, CsvReadOptions? options = null) =>
        new(CsvInput.Read(content, fileName, options ?? CsvReadOptions.Default, Schema, Parse, Key));

    // Rates compare by value: 7.1 and 7.10 are the same rate.
    private static object Key(ExchangeRate r) => (r.Year, r.Month, r.Quote, r.BaseAmount, r.Base, r.Rate, r.IsDerived, r.Source, r.Notes);

    private static ExchangeRate? Parse(CsvRecordView r)
    {
        int? year = r.Int("year", 1000, 9999, "a four-digit year");
        if (year is null && r.Text("year") is null) r.Error("year", "", "a four-digit year");
        int? month = r.Int("month", 1, 12, "a month 1-12, or nothing for an annual average");
        var quote = Currency(r, "currency");
        var baseCurrency = Currency(r, "per_currency");
        var amount = r.Decimal("per_amount", required: true);
        var rate = r.Decimal("rate", required: true);
        bool derived = r.Bool("derived");
        var title = r.Required("source_title", "the title of the source");
        var confText = r.Required("confidence", "high, medium or low");
        var confidence = Confidence.Low;
        if (confText.Length > 0 && !ConfidenceCodes.TryParse(confText, out confidence)) r.Error("confidence", confText, "high, medium or low");
        var published = r.Text("published");
        if (published is not null && !FigureCsv.IsIsoDatePrefix(published)) r.Error("published", published, "a date as yyyy, yyyy-MM or yyyy-MM-dd, or nothing");
        if (amount is <= 0) r.Error("per_amount", amount.Value.ToString(CultureInfo.InvariantCulture), "a positive amount such as 1 or 100");
        if (rate is <= 0) r.Error("rate", rate.Value.ToString(CultureInfo.InvariantCulture), "a positive rate");
        if (r.HasErrors || year is null || quote is null || baseCurrency is null || amount is null || rate is null) return null;
        var source = new Source(title, r.Text("source_url"), r.Text("publisher") ?? "", published, r.Text("quote") ?? "", confidence);
        return new ExchangeRate(year.Value, month, quote.Value, baseCurrency.Value, amount.Value, rate.Value, derived, source)
        {
            Notes = r.Text("notes"),
            Origin = r.Text("origin"),
            OriginalUnit = r.Text("original_unit"),
        };
    }

    private static Currency? Currency(CsvRecordView r, string column)
    {
        var text = r.Required(column, "an ISO 4217 currency code such as CNY or USD");
        if (text.Length == 0) return null;
        if (ClusterStats.Currency.IsIsoCode(text)) return new Currency(text);
        r.Error(column, text, "an ISO 4217 currency code such as CNY or USD");
        return null;
    }

    /// <summary>Writes exchange rates as CSV text in this schema.</summary>
    public static string ToCsv(IEnumerable<ExchangeRate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvHelper.CsvWriter.Create(writer, FigureCsv.WriterOptions, leaveOpen: true))
        {
            csv.WriteNeutralized(rates.Select(ExchangeRateRecord.From));
            csv.Flush();
        }
        return writer.ToString();
    }
}

/// <summary>One row of the exchange-rate schema, as written by the CsvHelper source generator.</summary>
[CsvHelper.CsvRecord]
internal sealed partial class ExchangeRateRecord
{
    [CsvHelper.CsvColumn("year")] public int Year { get; set; }
    [CsvHelper.CsvColumn("month")] public int? Month { get; set; }
    [CsvHelper.CsvColumn("currency")] public string Currency { get; set; } = "";
    [CsvHelper.CsvColumn("per_amount")] public decimal PerAmount { get; set; }
    [CsvHelper.CsvColumn("per_currency")] public string PerCurrency { get; set; } = "";
    [CsvHelper.CsvColumn("rate")] public decimal Rate { get; set; }
    [CsvHelper.CsvColumn("derived")] public bool Derived { get; set; }
    [CsvHelper.CsvColumn("source_title")] public string SourceTitle { get; set; } = "";
    [CsvHelper.CsvColumn("source_url")] public string? SourceUrl { get; set; }
    [CsvHelper.CsvColumn("publisher")] public string Publisher { get; set; } = "";
    [CsvHelper.CsvColumn("published")] public string? Published { get; set; }
    [CsvHelper.CsvColumn("quote")] public string Quote { get; set; } = "";
    [CsvHelper.CsvColumn("confidence")] public string Confidence { get; set; } = "";
    [CsvHelper.CsvColumn("original_unit")] public string? OriginalUnit { get; set; }
    [CsvHelper.CsvColumn("origin")] public string? Origin { get; set; }
    [CsvHelper.CsvColumn("notes")] public string? Notes { get; set; }

    public static ExchangeRateRecord From(ExchangeRate r) => new()
    {
        Year = r.Year,
        Month = r.Month,
        Currency = r.Quote.Code,
        PerAmount = r.BaseAmount,
        PerCurrency = r.Base.Code,
        Rate = r.Rate,
        Derived = r.IsDerived,
        SourceTitle = r.Source.Title,
        SourceUrl = r.Source.Url,
        Publisher = r.Source.Publisher,
        Published = r.Source.Published,
        Quote = r.Source.Quote,
        Confidence = r.Source.Confidence.ToCode(),
        OriginalUnit = r.OriginalUnit,
        Origin = r.Origin,
        Notes = r.Notes,
    };
}
