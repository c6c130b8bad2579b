using ClusterStats.Internal;
using CsvHelper;

namespace ClusterStats;

/// <summary>
/// Reads and writes figures in the tidy figure schema (one figure per row; see data/README.md):
/// <c>cluster,indicator,value,unit,qualifier,target,scope,year,year_to,year_approx,source_title,source_url,publisher,published,quote,confidence,derived,original_unit,origin,notes,value_high,status,period</c>.
/// Required columns: cluster, indicator, value, unit, source_title, confidence; the others may be left out
/// (qualifier exact, target false, year unknown, no high bound, status ok, period the whole year). A range has
/// qualifier <c>range</c>, its low bound in <c>value</c> and its high bound in <c>value_high</c>, which every other row
/// leaves empty. Columns are found by their header name, in any order. Values are plain invariant digits
/// (<c>2200000000</c>). Reading is
/// strict (see <see cref="CsvReadOptions"/>); problems raise <see cref="InputException"/>. The readers take an .xlsx
/// workbook as well (a file named .xlsx, or any zip archive): the worksheet <see cref="CsvReadOptions.Sheet"/>, else the
/// first, gives the header and records, checked exactly as CSV (see <see cref="FigureXlsx"/> for writing one). Writing is UTF-8 without
/// BOM, CRLF line ends, and text cells that a spreadsheet would run as formulas (starting with = + - @) get a
/// leading <c>'</c>, which reading removes again; numbers stay numbers.
/// </summary>
public static class FigureCsv
{
    /// <summary>The columns of the schema, in the order written.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "cluster", "indicator", "value", "unit", "qualifier", "target", "scope", "year", "year_to", "year_approx",
        "source_title", "source_url", "publisher", "published", "quote", "confidence", "derived", "original_unit", "origin", "notes",
        "value_high",
        "status", "period",
    ];

    /// <summary>The columns every file must have.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["cluster", "indicator", "value", "unit", "source_title", "confidence"];

    /// <summary>Columns that candidate files of the extractor add for review (extraction_confidence, reason, span_start, span_end); reading accepts and ignores them.</summary>
    internal static IReadOnlyList<string> ReviewColumns { get; } = ["extraction_confidence", "reason", "span_start", "span_end"];

    internal static CsvSchema Schema { get; } = new("figure", Columns, RequiredColumns.ToHashSet(StringComparer.Ordinal),
        new HashSet<string>(["scope", "source_title", "source_url", "publisher", "quote", "original_unit", "origin", "notes"], StringComparer.Ordinal))
    {
        Ignored = ReviewColumns.ToHashSet(StringComparer.Ordinal),
    };

    /// <summary>Reads a figure file from disk; <paramref name="path"/> names the file in error messages.</summary>
    /// <exception cref="InputException">The file has problems (the first, or all with <see cref="CsvReadOptions.CollectAllErrors"/>).</exception>
    public static FigureSet Read(string path, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= CsvReadOptions.Default;
        return new(CsvInput.Read(InputFiles.OpenRead(path), path, options, Schema, Parser(options), DuplicateKey));
    }

    /// <summary>Every problem of a figure file on disk (empty when it is valid), read as a stream.</summary>
    public static IReadOnlyList<InputError> Validate(string path, CsvEncoding encoding = CsvEncoding.Utf8) =>
        Validate(path, new CsvReadOptions { Encoding = encoding });

    /// <summary>
    /// Every problem of a figure file on disk (empty when it is valid), read as a stream with <paramref name="options"/>
    /// (its encoding and units; every problem is collected whatever <see cref="CsvReadOptions.CollectAllErrors"/> says).
    /// An unknown unit is a problem of its line, with the nearest known unit.
    /// </summary>
    public static IReadOnlyList<InputError> Validate(string path, CsvReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        options = options with { CollectAllErrors = true };
        return CsvInput.ReadAll(InputFiles.OpenRead(path), path, options, Schema, Parser(options), DuplicateKey).Errors;
    }


    /// <summary>Reads figure CSV from bytes; <paramref name="fileName"/> names the input in error messages.</summary>
    /// <exception cref="InputException">The input has problems.</exception>
    public static FigureSet Read(byte[] content, string fileName, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        options ??= CsvReadOptions.Default;
        return new(CsvInput.Read(content, fileName, options, Schema, Parser(options), DuplicateKey));
    }

    /// <summary>Every problem of a figure file (empty when it is valid), without throwing for bad content.</summary>
    public static IReadOnlyList<InputError> Validate(byte[] content, string fileName, CsvEncoding encoding = CsvEncoding.Utf8)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var options = new CsvReadOptions { Encoding = encoding, CollectAllErrors = true };
        return CsvInput.ReadAll(content, fileName, options, Schema, Parser(options), DuplicateKey).Errors;
    }

    private static Func<CsvRecordView, Figure?> Parser(CsvReadOptions options)
    {
        var units = options.Units ?? UnitVocabulary.BuiltIn;
        return r => ParseRecord(r, units);
    }

    /// <summary>Writes figures as CSV text (header first).</summary>
    public static void Write(IEnumerable<Figure> figures, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvWriter.Create(writer, WriterOptions, leaveOpen: true);
        csv.WriteNeutralized(figures.Select(FigureRecord.From));
        csv.Flush();
    }

    /// <summary>
    /// Writes figures to a file as UTF-8 without BOM, whole or not at all (a temporary file beside it, renamed over it);
    /// a symbolic link, folder or device at <paramref name="path"/> is refused with a <see cref="ClusterStatsException"/>.
    /// </summary>
    public static void Write(IEnumerable<Figure> figures, string path)
    {
        ArgumentNullException.ThrowIfNull(figures);
        OutputFiles.WriteText(path, ToCsv(figures));
    }

    /// <summary>The figures as CSV text.</summary>
    public static string ToCsv(IEnumerable<Figure> figures)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(figures, writer);
        return writer.ToString();
    }

    /// <summary>Records as CSV text (header first) with the writer options of figure files.</summary>
    internal static string ToCsvText<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicProperties)] T>(IEnumerable<T> records)
        where T : class
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer, WriterOptions, leaveOpen: true))
        {
            csv.WriteNeutralized(records);
            csv.Flush();
        }
        return writer.ToString();
    }

    internal static CsvWriterOptions WriterOptions { get; } = CsvWriterOptions.Default with
    {
        // Formula-like text is neutralised by CsvCells (one rule for every CSV writer), not here; such a cell is quoted.
        Injection = CsvInjection.None,
        ShouldQuote = (field, _, _, _) => CsvCells.IsNeutralized(field),
        TrueValue = "true",
        FalseValue = "false",
    };

    // Figures compare by value: 2200000000 and 2200000000.0 are the same figure.
    private static object DuplicateKey(Figure f) => f;

    internal static Figure? ParseRecord(CsvRecordView r, UnitVocabulary units)
    {
        var cluster = r.Required("cluster", "a cluster or region id such as xiaobeihe");
        if (cluster.Length > 0 && !Region.IsValidId(cluster)) r.Error("cluster", cluster, "a cluster or region id: lower-case letters, digits and '-', such as xiaobeihe or castel-goffredo");
        var indicator = r.Required("indicator", "an indicator name such as pairs_per_year");
        if (indicator.Length > 0 && !Indicator.IsValidName(indicator)) r.Error("indicator", indicator, "an indicator name: lower-case letters, digits and '_', such as pairs_per_year");
        var value = r.Decimal("value", required: true);
        var unitText = r.Required("unit", "a unit code such as pairs, firms, persons, percent, rank, CNY or CNY/pair");
        Unit? unit = null;
        if (unitText.Length > 0 && !units.TryParse(unitText, out unit)) r.Error("unit", unitText, units.Expected(unitText));
        var qualifier = Qualifier.Exact;
        if (r.Text("qualifier") is string q && !QualifierCodes.TryParse(q, out qualifier)) r.Error("qualifier", q, "exact, approximately, nearly, at-least, at-most or range");
        var high = r.Decimal("value_high", required: false);
        if (qualifier == Qualifier.Range && r.Text("value_high") is null) r.Error("value_high", "", "the high bound of the range (qualifier range)");
        if (qualifier != Qualifier.Range && high is decimal stray) r.Error("value_high", stray.ToString(System.Globalization.CultureInfo.InvariantCulture), "nothing: value_high is the high bound of a range and needs qualifier range");
        if (qualifier == Qualifier.Range && high is decimal h && value is decimal low && h <= low)
            r.Error("value_high", h.ToString(System.Globalization.CultureInfo.InvariantCulture), $"a high bound above the value {low.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        bool target = r.Bool("target");
        int? year = r.Int("year", 1000, 9999, "a four-digit year or nothing");
        int? yearTo = r.Int("year_to", 1000, 9999, "a four-digit last year of a range, or nothing");
        bool approx = r.Bool("year_approx");
        if (year is null && (yearTo is not null || approx)) r.Error("year", "", "a year when year_to or year_approx is given");
        if (year is int y1 && yearTo is int y2 && y2 <= y1) r.Error("year_to", y2.ToString(System.Globalization.CultureInfo.InvariantCulture), "a year after the year column, or nothing");
        var title = r.Required("source_title", "the title of the source");
        var confText = r.Required("confidence", "high, medium or low");
        var confidence = Confidence.Low;
        if (confText.Length > 0 && !ConfidenceCodes.TryParse(confText, out confidence)) r.Error("confidence", confText, "high, medium or low");
        var published = r.Text("published");
        if (published is not null && !IsIsoDatePrefix(published)) r.Error("published", published, "a date as yyyy, yyyy-MM or yyyy-MM-dd, or nothing");
        bool derived = r.Bool("derived");
        var statusText = r.Text("status");
        if (!FigureStatusCodes.TryParse(statusText, out var status)) r.Error("status", statusText!, "ok, suspicious, superseded or nothing (ok)");
        ReferencePeriod? period = null;
        if (r.Text("period") is string periodText)
        {
            if (!ReferencePeriod.TryParse(periodText, out var p)) r.Error("period", periodText, "a part of one year such as 2023-Q1, 2023-H1 or 2023-01/2023-09, or nothing for the whole year");
            else if (year != p.Year || yearTo is not null) r.Error("period", periodText, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"a part of the year in the year column ({(year is int yy ? yy.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none")}{(yearTo is null ? "" : ", a range")}), or nothing"));
            else period = p;
        }
        if (unit is not null && Indicator.IsValidName(indicator))
        {
            // Impossible values (−5 pairs, 150 % of a country, 2.5 firms, rank 0) are refused where they are read.
            if (value is decimal v && FigureDomain.Expected(new Indicator(indicator), unit, v) is string expectedValue)
                r.Error("value", r.Text("value") ?? "", $"{expectedValue} (unit {unit.Code}, indicator {indicator})");
            if (high is decimal hv && FigureDomain.Expected(new Indicator(indicator), unit, hv) is string expectedHigh)
                r.Error("value_high", r.Text("value_high") ?? "", $"{expectedHigh} (unit {unit.Code}, indicator {indicator})");
        }
        if (r.HasErrors || value is null || unit is null) return null;
        var refYear = year is int from ? ReferenceYear.Range(from, yearTo ?? from, approx) : ReferenceYear.Unknown;
        var source = new Source(title, r.Text("source_url"), r.Text("publisher") ?? "", published, r.Text("quote") ?? "", confidence);
        return new Figure(cluster, new Indicator(indicator), new Quantity(value.Value, unit), qualifier, target, r.Text("scope"), refYear, source)
        {
            IsDerived = derived,
            // An alias (RMB, 双) reads as its unit's code; the text written is kept when no original unit is given.
            OriginalUnit = r.Text("original_unit") ?? (unitText == unit.Code ? null : unitText),
            Origin = r.Text("origin"),
            Notes = r.Text("notes"),
            ValueHigh = qualifier == Qualifier.Range ? high : null,
            Status = status,
            Period = period,
        };
    }

    internal static bool IsIsoDatePrefix(string s) =>
        (s.Length is 4 or 7 or 10) && DateOnly.TryParseExact(s.Length switch { 4 => s + "-01-01", 7 => s + "-01", _ => s }, "yyyy-MM-dd",
            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
}

/// <summary>One row of the tidy figure schema, as written by the CsvHelper source generator.</summary>
[CsvRecord]
internal sealed partial class FigureRecord
{
    [CsvColumn("cluster")] public string Cluster { get; set; } = "";
    [CsvColumn("indicator")] public string Indicator { get; set; } = "";
    [CsvColumn("value")] public decimal Value { get; set; }
    [CsvColumn("unit")] public string Unit { get; set; } = "";
    [CsvColumn("qualifier")] public string Qualifier { get; set; } = "";
    [CsvColumn("target")] public bool Target { get; set; }
    [CsvColumn("scope")] public string? Scope { get; set; }
    [CsvColumn("year")] public int? Year { get; set; }
    [CsvColumn("year_to")] public int? YearTo { get; set; }
    [CsvColumn("year_approx")] public bool YearApprox { get; set; }
    [CsvColumn("source_title")] public string SourceTitle { get; set; } = "";
    [CsvColumn("source_url")] public string? SourceUrl { get; set; }
    [CsvColumn("publisher")] public string Publisher { get; set; } = "";
    [CsvColumn("published")] public string? Published { get; set; }
    [CsvColumn("quote")] public string Quote { get; set; } = "";
    [CsvColumn("confidence")] public string Confidence { get; set; } = "";
    [CsvColumn("derived")] public bool Derived { get; set; }
    [CsvColumn("original_unit")] public string? OriginalUnit { get; set; }
    [CsvColumn("origin")] public string? Origin { get; set; }
    [CsvColumn("notes")] public string? Notes { get; set; }
    [CsvColumn("value_high")] public decimal? ValueHigh { get; set; }
    [CsvColumn("status")] public string Status { get; set; } = "";
    [CsvColumn("period")] public string? Period { get; set; }

    public static FigureRecord From(Figure f) => new()
    {
        Cluster = f.RegionId,
        Indicator = f.Indicator.Name,
        Value = f.Quantity.Value,
        Unit = f.Quantity.Unit.Code,
        Qualifier = f.Qualifier.ToCode(),
        Target = f.IsTarget,
        Scope = f.Scope,
        Year = f.Year.From,
        YearTo = f.Year.IsRange ? f.Year.To : null,
        YearApprox = f.Year.IsApproximate,
        SourceTitle = f.Source.Title,
        SourceUrl = f.Source.Url,
        Publisher = f.Source.Publisher,
        Published = f.Source.Published,
        Quote = f.Source.Quote,
        Confidence = f.Source.Confidence.ToCode(),
        Derived = f.IsDerived,
        OriginalUnit = f.OriginalUnit,
        Origin = f.Origin,
        Notes = f.Notes,
        ValueHigh = f.ValueHigh,
        Status = f.Status.ToCode(),
        Period = f.Period?.ToString(),
    };
}
