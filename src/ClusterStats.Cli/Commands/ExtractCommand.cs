using System.CommandLine;
using System.Globalization;
using ClusterStats.Extraction;

namespace ClusterStats.Cli.Commands;

/// <summary>
/// <c>clusterstats extract --input FILE [--source-url URL] [--published DATE] [--source-title T] [--publisher P] [--confidence low|medium|high] [--yen cny|jpy] [--format table|csv] [--out FILE]</c>:
/// proposes the cited figures of an article (UTF-8 text) for review. CSV is the figure schema plus
/// extraction_confidence, reason, span_start, span_end, and reads back with <c>--data</c>; the confidence column is the
/// analyst's judgement of the source and is written as <c>low</c> until the analyst changes it (or <c>--confidence</c>).
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var input = CliOptions.Input("The article as a text file (UTF-8 unless --encoding says otherwise), or an HTML page (.html, .htm, or text starting with <!doctype or <html): markup, scripts, styles and comments are skipped.");
        var url = new Option<string?>("--source-url") { Description = "The URL the article was found at.", HelpName = "url" };
        var published = new Option<string?>("--published") { Description = "Publication date as yyyy, yyyy-MM or yyyy-MM-dd; figures that state no year are dated to this year, marked approximate.", HelpName = "date" };
        var title = new Option<string?>("--source-title") { Description = "The article's title (default: the first line of the article text, at most 200 characters).", HelpName = "text" };
        var publisher = new Option<string?>("--publisher") { Description = "The publisher or outlet.", HelpName = "text" };
        var confidence = CliOptions.Enum("--confidence", "The source confidence written into every row (the extractor's own confidence is the extraction_confidence column).", Confidence.Low);
        var yen = CliOptions.OptionalEnum("--yen", "How to read ¥ when no 元/円 word follows (default: such a figure is not proposed).", YenSign.Cny, YenSign.Jpy);
        var command = new Command("extract", "Propose the cited figures of an article (Chinese, Japanese, Korean, English, Italian) for review: value, unit, indicator, place, year and the exact quote.");
        foreach (var o in new Option[] { input, url, published, title, publisher, confidence, yen }) command.Options.Add(o);
        var encoding = CliOptions.Encoding();
        command.Options.Add(encoding);
        var output = CliOutput.AddTo(command, "table (for people) or csv (figure schema plus review columns, read back with --data).", OutputFormat.Table, OutputFormat.Csv);
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(input)!;
            var date = parseResult.GetValue(published);
            if (date is not null && !IsDate(date)) CliUsage.Fail($"--published '{date}' is not a date: expected yyyy, yyyy-MM or yyyy-MM-dd.");
            var read = ArticleText.Read(path, ReadArguments.Decoding(parseResult, parseResult.GetValue(encoding)));
            var (text, html) = (read.Text, read.IsHtml);
            var articleTitle = parseResult.GetValue(title) ?? read.FirstLine ?? Path.GetFileName(path);
            var article = new ArticleInfo(articleTitle, parseResult.GetValue(url), parseResult.GetValue(publisher), date);
            var options = new ExtractionOptions
            {
                SourceConfidence = parseResult.GetValue(confidence),
                IsHtml = html,
                Parse = new FigureParseOptions { YenSign = parseResult.GetValue(yen) ?? YenSign.Error },
            };
            var candidates = new FigureExtractor(options).Extract(text, article);
            if (output.Resolve(parseResult) == OutputFormat.Csv) output.Write(parseResult, writer => CandidateCsv.Write(candidates, writer));
            else output.Write(parseResult, writer => WriteTable(candidates, writer));
            return CliApp.Ok;
        });
        return command;
    }

    private static bool IsDate(string s) =>
        DateTime.TryParseExact(s, ["yyyy", "yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && s.Length is 4 or 7 or 10;

    private static void WriteTable(IReadOnlyList<CandidateFigure> candidates, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{candidates.Count} candidate figure(s); review them, set the source confidence and load the CSV (--format csv) with --data."));
        foreach (var c in candidates)
        {
            var f = c.Figure;
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{f.RegionId} {f.Indicator}: {FigureFormat.ForPeople(f)}{(f.Scope is null ? "" : " [" + f.Scope + "]")}, year {(f.Year.IsKnown ? f.Year.ToString() : "unknown")}, extraction confidence {c.ExtractionConfidence}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  quote [{c.QuoteStart},{c.QuoteEnd}): {DisplayText.Escape(c.Quote)}"));
            output.WriteLine($"  reason: {DisplayText.Escape(c.Reason)}");
        }
    }
}
