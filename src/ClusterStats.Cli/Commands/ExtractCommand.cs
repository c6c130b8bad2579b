using System.CommandLine;
using System.Globalization;
using System.Text;
using ClusterStats.Extraction;

namespace ClusterStats.Cli.Commands;

/// <summary>
/// <c>clusterstats extract FILE [--source-url URL] [--published DATE] [--title T] [--publisher P] [--format csv|table]</c>:
/// proposes the cited figures of an article (UTF-8 text) for review. CSV is the figure schema plus
/// extraction_confidence, reason, span_start, span_end, and reads back with <c>--data</c>; the confidence column is the
/// analyst's judgement of the source and is written as <c>low</c> until the analyst changes it (or <c>--confidence</c>).
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The article as a UTF-8 text file, or an HTML page (.html, .htm, or text starting with <!doctype or <html): markup, scripts, styles and comments are skipped." };
        var url = new Option<string?>("--source-url") { Description = "The URL the article was found at." };
        var published = new Option<string?>("--published") { Description = "Publication date as yyyy, yyyy-MM or yyyy-MM-dd; figures that state no year are dated to this year, marked approximate." };
        var title = new Option<string?>("--title") { Description = "The article's title (default: the first line of the article text, at most 200 characters)." };
        var publisher = new Option<string?>("--publisher") { Description = "The publisher or outlet." };
        var confidence = new Option<string?>("--confidence") { Description = "The source confidence written into every row: low (default), medium or high. The extractor's own confidence is the extraction_confidence column." };
        confidence.AcceptOnlyFromAmong("low", "medium", "high");
        var yen = new Option<string?>("--yen") { Description = "How to read ¥ when no 元/円 word follows: cny or jpy." };
        yen.AcceptOnlyFromAmong("cny", "jpy");
        var format = new Option<string?>("--format") { Description = "csv (figure schema plus review columns) or table (for people, the default)." };
        format.AcceptOnlyFromAmong("csv", "table");
        var command = new Command("extract", "Propose the cited figures of an article (Chinese, Japanese, Korean, English, Italian) for review: value, unit, indicator, place, year and the exact quote.");
        command.Arguments.Add(file);
        foreach (var o in new Option[] { url, published, title, publisher, confidence, yen, format }) command.Options.Add(o);
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            var text = ReadUtf8(path, parseResult.InvocationConfiguration.Error);
            if (text is null) return CliApp.InvalidInput;
            var date = parseResult.GetValue(published);
            if (date is not null && !IsDate(date))
            {
                CliApp.Report(parseResult.InvocationConfiguration.Error, $"--published '{date}' is not a date: expected yyyy, yyyy-MM or yyyy-MM-dd.");
                return CliApp.UsageError;
            }
            bool html = HtmlArticle.IsHtml(text, path);
            var articleTitle = parseResult.GetValue(title) ?? FirstLine(html ? HtmlArticle.Mask(text) : text) ?? Path.GetFileName(path);
            var article = new ArticleInfo(articleTitle, parseResult.GetValue(url), parseResult.GetValue(publisher), date);
            ConfidenceCodes.TryParse(parseResult.GetValue(confidence) ?? "low", out var sourceConfidence);
            var options = new ExtractionOptions
            {
                SourceConfidence = sourceConfidence,
                IsHtml = html,
                Parse = new FigureParseOptions { YenSign = parseResult.GetValue(yen) switch { "cny" => YenSign.Cny, "jpy" => YenSign.Jpy, _ => YenSign.Error } },
            };
            var candidates = new FigureExtractor(options).Extract(text, article);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "csv") CandidateCsv.Write(candidates, output);
            else WriteTable(candidates, output);
            return CliApp.Ok;
        });
        return command;
    }

    private static string? ReadUtf8(string path, TextWriter error)
    {
        var bytes = Internal.InputFiles.ReadAllBytes(path);
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException ex)
        {
            CliApp.Report(error, string.Create(CultureInfo.InvariantCulture,
                $"{path}: byte {ex.Index} is not UTF-8; expected a UTF-8 text file (convert GB18030 or Shift_JIS text to UTF-8 first)."));
            return null;
        }
    }

    private static bool IsDate(string s) =>
        DateTime.TryParseExact(s, ["yyyy", "yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && s.Length is 4 or 7 or 10;

    internal const int MaxTitleLength = 200;

    /// <summary>The first non-blank line that is not markup, cut at <see cref="MaxTitleLength"/> characters (never inside a surrogate pair).</summary>
    internal static string? FirstLine(string text)
    {
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length > 0 && !line.EndsWith(">"))
            {
                int length = Math.Min(line.Length, MaxTitleLength);
                if (length < line.Length && char.IsHighSurrogate(line[length - 1])) length--;
                return line[..length].ToString();
            }
            start = end + 1;
        }
        return null;
    }

    private static void WriteTable(IReadOnlyList<CandidateFigure> candidates, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{candidates.Count} candidate figure(s); review them, set the source confidence and load the CSV (--format csv) with --data."));
        foreach (var c in candidates)
        {
            var f = c.Figure;
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{f.RegionId} {f.Indicator}: {(f.Quantity.Unit.Code == "year" ? f.Quantity.Value.ToString(CultureInfo.InvariantCulture) : FigureFormat.ForPeople(f))}{(f.IsTarget ? " (target)" : "")}{(f.Scope is null ? "" : " [" + f.Scope + "]")}, year {(f.Year.IsKnown ? f.Year.ToString() : "unknown")}, extraction confidence {c.ExtractionConfidence}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  quote [{c.QuoteStart},{c.QuoteEnd}): {Internal.Printable.Escape(c.Quote)}"));
            output.WriteLine($"  reason: {Internal.Printable.Escape(c.Reason)}");
        }
    }
}
