using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>The head of every page the library writes (the report, analysis pages): styles inline, no external resource.</summary>
internal static class HtmlPage
{
    /// <summary>The document up to the opening <c>&lt;main&gt;</c>, titled <paramref name="title"/> (encoded here).</summary>
    public static string Head(string title) => """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="ClusterStats">
        <title>{{TITLE}}</title>
        <style>
        body { font-family: "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #222; background: #fff; margin: 0; line-height: 1.45; }
        main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 64px; }
        h1 { font-size: 30px; margin: 8px 0 4px; color: #8f2d25; }
        h2 { font-size: 21px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #c8453b; }
        h2 a.csv { font-size: 13px; font-weight: normal; margin-left: 10px; color: #555; }
        .hierarchy { font-size: 16px; color: #444; margin: 0; }
        .focus, .about { color: #555; margin: 4px 0; }
        nav { margin: 14px 0; padding: 8px 12px; background: #f6f1ee; border-radius: 4px; }
        a { color: #1f5f99; }
        table { border-collapse: collapse; margin: 10px 0 18px; font-size: 13px; }
        th, td { border: 1px solid #d8d8d8; padding: 4px 7px; vertical-align: top; text-align: left; overflow-wrap: break-word; }
        thead th { background: #f2f2f2; }
        caption { text-align: left; font-weight: bold; padding: 6px 0; }
        caption small { font-weight: normal; color: #777; margin-left: 6px; }
        tr.focal th, tr.focal td { background: #fdf0ee; }
        ul.findings li { margin: 6px 0; }
        table.comparison { margin-bottom: 4px; }
        table.comparison th[scope=row] { font-weight: normal; }
        table.comparison tr.focal th[scope=row] { font-weight: bold; }
        .num { text-align: right; white-space: nowrap; }
        td.value { font-weight: bold; }
        td.range, td.year { white-space: nowrap; color: #444; }
        ol.footnotes { font-size: 12px; color: #555; margin: 0 0 22px; padding-left: 28px; }
        ol.footnotes li { margin: 2px 0; }
        .note { font-size: 12px; white-space: nowrap; }
        .refs { white-space: nowrap; }
        ul.notes { font-size: 12px; color: #555; }
        figure { margin: 18px 0; }
        figure img { max-width: 100%; height: auto; border: 1px solid #e4e4e4; box-sizing: border-box; }
        figcaption { font-size: 13px; color: #555; }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f6f6; padding: 8px 10px; font-size: 13px; }
        details.rates { font-size: 13px; margin: 6px 0; }
        ol.clusterstats-sources li { margin: 3px 0; overflow-wrap: anywhere; }
        .confidence { color: #777; font-size: 12px; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { font-size: 10pt; }
          main { max-width: none; padding: 0; }
          nav { display: none; }
          h2 { break-after: avoid; }
          tr, figure, li { break-inside: avoid; }
          table { font-size: 8.5pt; }
          .num, td.range, td.year, .note, .refs { white-space: normal; }
          caption { break-after: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        </style>
        </head>
        <body>
        <main>

        """.Replace("{{TITLE}}", Html.Encode(title), StringComparison.Ordinal);

    /// <summary>The end of a page begun with <see cref="Head"/>.</summary>
    public const string Tail = "</main>\n</body>\n</html>\n";
}
