using System.Globalization;
using ClusterStats.Internal;
using CsvHelper;

namespace ClusterStats.Extraction;

/// <summary>
/// Writes candidate figures in the figure CSV schema (<see cref="FigureCsv.Columns"/>) followed by the review columns
/// <c>extraction_confidence</c> (0 to 1), <c>reason</c> (the words that decided), <c>span_start</c> and <c>span_end</c>
/// (the quote's [start, end) in the text, UTF-16 code units). <see cref="FigureCsv.Read(string, CsvReadOptions?)"/>
/// reads such a file back as figures (it accepts and ignores the review columns), so an analyst can review the rows,
/// set the <c>confidence</c> column (written as the extractor's <see cref="ExtractionOptions.SourceConfidence"/>,
/// <c>low</c> by default) and load the file. UTF-8, CRLF, spreadsheet formulas neutralised as in <see cref="FigureCsv"/>.
/// </summary>
public static class CandidateCsv
{
    /// <summary>The columns written: the figure schema, then the review columns.</summary>
    public static IReadOnlyList<string> Columns { get; } = [.. FigureCsv.Columns, .. FigureCsv.ReviewColumns];

    /// <summary>Writes the candidates as CSV text (header first).</summary>
    public static void Write(IEnumerable<CandidateFigure> candidates, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvWriter.Create(writer, FigureCsv.WriterOptions, leaveOpen: true);
        csv.WriteNeutralized(candidates.Select(CandidateRecord.From));
        csv.Flush();
    }

    /// <summary>The candidates as CSV text.</summary>
    public static string ToCsv(IEnumerable<CandidateFigure> candidates)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(candidates, writer);
        return writer.ToString();
    }
}

/// <summary>One row of the candidate CSV.</summary>
[CsvRecord]
internal sealed partial class CandidateRecord
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
    [CsvColumn("extraction_confidence")] public decimal ExtractionConfidence { get; set; }
    [CsvColumn("reason")] public string Reason { get; set; } = "";
    [CsvColumn("span_start")] public int SpanStart { get; set; }
    [CsvColumn("span_end")] public int SpanEnd { get; set; }

    public static CandidateRecord From(CandidateFigure c)
    {
        var f = FigureRecord.From(c.Figure);
        return new CandidateRecord
        {
            Cluster = f.Cluster, Indicator = f.Indicator, Value = f.Value, Unit = f.Unit, Qualifier = f.Qualifier, Target = f.Target,
            Scope = f.Scope, Year = f.Year, YearTo = f.YearTo, YearApprox = f.YearApprox, SourceTitle = f.SourceTitle, SourceUrl = f.SourceUrl,
            Publisher = f.Publisher, Published = f.Published, Quote = f.Quote, Confidence = f.Confidence, Derived = f.Derived,
            OriginalUnit = f.OriginalUnit, Origin = f.Origin, Notes = f.Notes, ValueHigh = f.ValueHigh, Status = f.Status, Period = f.Period,
            ExtractionConfidence = c.ExtractionConfidence, Reason = c.Reason, SpanStart = c.QuoteStart, SpanEnd = c.QuoteEnd,
        };
    }
}
