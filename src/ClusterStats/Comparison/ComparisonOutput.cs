using System.Globalization;
using CsvHelper;
using Microsoft.Data.Analysis;

namespace ClusterStats;

public sealed partial record Comparison
{
    /// <summary>
    /// The comparison in long form, one row per cluster and metric, with explicit column types:
    /// <c>region_id, label_en, label_zh</c> (string), <c>is_focal</c> (bool), <c>row_year, metric</c> (string),
    /// <c>value</c> (decimal, null when empty), <c>unit</c> (string), <c>qualifier</c> (string: exact, approximately,
    /// nearly, at-least or at-most; see <see cref="ComparisonCell.Qualifier"/>), <c>low, high</c> (decimal, null = open or empty),
    /// <c>year</c> (string), <c>rank</c> (int, null when not ranked), <c>share_percent</c> (decimal), <c>share_qualifier</c>,
    /// <c>share_of</c> (string), <c>ratio_to_focal</c> (decimal), <c>ratio_qualifier</c>, <c>sources</c> (string, numbers joined by ';'), <c>notes</c> (string, joined by " | "),
    /// <c>reason</c> (string).
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var cells = LongRows().ToArray();
        return new DataFrame(
            new StringDataFrameColumn("region_id", cells.Select(c => c.Row.RegionId)),
            new StringDataFrameColumn("label_en", cells.Select(c => c.Row.LabelEn)),
            new StringDataFrameColumn("label_zh", cells.Select(c => c.Row.LabelZh)),
            new BooleanDataFrameColumn("is_focal", cells.Select(c => c.Row.IsFocal)),
            new StringDataFrameColumn("row_year", cells.Select(c => c.Row.Year.ToString())),
            new StringDataFrameColumn("metric", cells.Select(c => c.Cell.Metric)),
            new DecimalDataFrameColumn("value", cells.Select(c => c.Cell.Point?.Value)),
            new StringDataFrameColumn("unit", cells.Select(c => c.Cell.Point?.Unit.Code)),
            new StringDataFrameColumn("qualifier", cells.Select(c => c.Cell.Point is null ? null : c.Cell.Qualifier.ToCode())),
            new DecimalDataFrameColumn("low", cells.Select(c => c.Cell.Low)),
            new DecimalDataFrameColumn("high", cells.Select(c => c.Cell.High)),
            new StringDataFrameColumn("year", cells.Select(c => c.Cell.Year.ToString())),
            new Int32DataFrameColumn("rank", cells.Select(c => c.Cell.Rank)),
            new DecimalDataFrameColumn("share_percent", cells.Select(c => c.Cell.SharePercent)),
            new StringDataFrameColumn("share_qualifier", cells.Select(c => c.Cell.SharePercent is null ? null : c.Cell.ShareQualifier.ToCode())),
            new StringDataFrameColumn("share_of", cells.Select(c => c.Cell.ShareOf)),
            new DecimalDataFrameColumn("ratio_to_focal", cells.Select(c => c.Cell.RatioToFocal)),
            new StringDataFrameColumn("ratio_qualifier", cells.Select(c => c.Cell.RatioToFocal is null ? null : c.Cell.RatioToFocalQualifier.ToCode())),
            new StringDataFrameColumn("sources", cells.Select(c => SourceList(c.Cell))),
            new StringDataFrameColumn("notes", cells.Select(c => string.Join(" | ", c.Cell.Notes))),
            new StringDataFrameColumn("reason", cells.Select(c => c.Cell.Reason)));
    }

    /// <summary>
    /// The long form of <see cref="ToDataFrame"/> as CSV (UTF-8 text, invariant culture, full decimal precision,
    /// empty for null), followed by nothing else; sources are listed by <see cref="ToCsvSources"/>.
    /// </summary>
    public string ToCsv() => CsvOf(n => n);

    /// <summary>
    /// The CSV of <see cref="ToCsv()"/> with the <c>sources</c> column numbered by <paramref name="notes"/> (see
    /// <see cref="HtmlRendering.ToHtml(Comparison, SourceNotes)"/>), for a report whose tables share one source list.
    /// </summary>
    public string ToCsv(SourceNotes notes) => CsvOf(NumbersIn(notes));

    private string CsvOf(Func<int, int> number) =>
        FigureCsv.ToCsvText(LongRows().Select(x => ComparisonCsvRecord.From(x.Row, x.Cell, number)));

    /// <summary>The numbered sources as CSV: <c>number,title,url,publisher,published,confidence</c>.</summary>
    public string ToCsvSources() => ComparisonSourceCsvRecord.ToCsv(Sources);

    // Maps this comparison's source numbers to those of notes, numbering a source there when it is first asked for (so
    // that a page numbers its sources in reading order). The cells' own input sources carry their quotes; rate and
    // reference-total sources are known by title only.
    internal Func<int, int> NumbersIn(SourceNotes notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var bySource = Rows.SelectMany(r => r.Cells).SelectMany(c => c.Inputs).Select(f => f.Source)
            .GroupBy(s => (s.Title, s.Url)).ToDictionary(g => g.Key, g => g.First());
        var byNumber = Sources.ToDictionary(s => s.Number);
        var numbers = new Dictionary<int, int>();
        return n =>
        {
            if (numbers.TryGetValue(n, out var mapped)) return mapped;
            var s = byNumber[n];
            mapped = notes.NumberOf(bySource.TryGetValue((s.Title, s.Url), out var full) ? full : new Source(s.Title, s.Url, s.Publisher, s.Published, "", s.Confidence));
            numbers.Add(n, mapped);
            return mapped;
        };
    }

    private IEnumerable<(ComparisonRow Row, ComparisonCell Cell)> LongRows() =>
        Rows.SelectMany(r => r.Cells.Select(c => (r, c)));

    private static string SourceList(ComparisonCell c) => string.Join(";", c.Sources.Select(n => n.ToString(CultureInfo.InvariantCulture)));
}

/// <summary>One row of <see cref="Comparison.ToCsv()"/>.</summary>
[CsvRecord]
internal sealed partial class ComparisonCsvRecord
{
    [CsvColumn("region_id")] public string RegionId { get; set; } = "";
    [CsvColumn("label_en")] public string LabelEn { get; set; } = "";
    [CsvColumn("label_zh")] public string? LabelZh { get; set; }
    [CsvColumn("is_focal")] public bool IsFocal { get; set; }
    [CsvColumn("row_year")] public string RowYear { get; set; } = "";
    [CsvColumn("metric")] public string Metric { get; set; } = "";
    [CsvColumn("value")] public decimal? Value { get; set; }
    [CsvColumn("unit")] public string? Unit { get; set; }
    [CsvColumn("qualifier")] public string? Qualifier { get; set; }
    [CsvColumn("low")] public decimal? Low { get; set; }
    [CsvColumn("high")] public decimal? High { get; set; }
    [CsvColumn("year")] public string Year { get; set; } = "";
    [CsvColumn("rank")] public int? Rank { get; set; }
    [CsvColumn("share_percent")] public decimal? SharePercent { get; set; }
    [CsvColumn("share_qualifier")] public string? ShareQualifier { get; set; }
    [CsvColumn("share_of")] public string? ShareOf { get; set; }
    [CsvColumn("ratio_to_focal")] public decimal? RatioToFocal { get; set; }
    [CsvColumn("ratio_qualifier")] public string? RatioQualifier { get; set; }
    [CsvColumn("sources")] public string Sources { get; set; } = "";
    [CsvColumn("notes")] public string Notes { get; set; } = "";

    public static ComparisonCsvRecord From(ComparisonRow r, ComparisonCell c, Func<int, int> number) => new()
    {
        RegionId = r.RegionId,
        LabelEn = r.LabelEn,
        LabelZh = r.LabelZh,
        IsFocal = r.IsFocal,
        RowYear = r.Year.ToString(),
        Metric = c.Metric,
        Value = c.Point?.Value,
        Unit = c.Point?.Unit.Code,
        Qualifier = c.Point is null ? null : c.Qualifier.ToCode(),
        Low = c.Low,
        High = c.High,
        Year = c.Year.ToString(),
        Rank = c.Rank,
        SharePercent = c.SharePercent,
        ShareQualifier = c.SharePercent is null ? null : c.ShareQualifier.ToCode(),
        ShareOf = c.ShareOf,
        RatioToFocal = c.RatioToFocal,
        RatioQualifier = c.RatioToFocal is null ? null : c.RatioToFocalQualifier.ToCode(),
        Sources = string.Join(";", c.Sources.Select(number).Distinct().Select(n => n.ToString(CultureInfo.InvariantCulture))),
        Notes = string.Join(" | ", c.Notes),
    };
}

/// <summary>One row of <see cref="Comparison.ToCsvSources"/> and <see cref="SourceNotes.ToCsv"/>.</summary>
[CsvRecord]
internal sealed partial class ComparisonSourceCsvRecord
{
    [CsvColumn("number")] public int Number { get; set; }
    [CsvColumn("title")] public string Title { get; set; } = "";
    [CsvColumn("url")] public string? Url { get; set; }
    [CsvColumn("publisher")] public string Publisher { get; set; } = "";
    [CsvColumn("published")] public string? Published { get; set; }
    [CsvColumn("confidence")] public string Confidence { get; set; } = "";

    /// <summary>Numbered sources as CSV text, header first.</summary>
    public static string ToCsv(IEnumerable<ComparisonSource> sources) =>
        FigureCsv.ToCsvText(sources.Select(s => new ComparisonSourceCsvRecord
        {
            Number = s.Number, Title = s.Title, Url = s.Url, Publisher = s.Publisher, Published = s.Published, Confidence = s.Confidence.ToCode(),
        }));
}
