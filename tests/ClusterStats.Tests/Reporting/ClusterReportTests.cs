using System.Globalization;
using System.Text.RegularExpressions;
using ClusterStats.Cli;
using ClusterStats.Tests.Comparison;

namespace ClusterStats.Tests.Reporting;

/// <summary>The Xiaobeihe report on the embedded reference dataset, written once to a temporary folder.</summary>
public class ClusterReportTests
{
    private string _dir = "";
    private ClusterReport _report = null!;
    private IReadOnlyList<string> _files = [];
    private string _html = "";
    private string _text = ""; // the page with entities decoded (· and ' are written as &#183; and &#39;)
    private readonly List<string> _progress = [];

    [OneTimeSetUp]
    public void Write()
    {
        _dir = Path.Combine(Path.GetTempPath(), "cs-report-" + Guid.NewGuid().ToString("N"));
        var progress = new ListProgress(_progress);
        _report = ClusterReport.Create(ReferenceData.Load(), "xiaobeihe", progress: progress);
        _files = _report.WriteTo(_dir, progress);
        _html = File.ReadAllText(Path.Combine(_dir, ClusterReport.IndexFile));
        _text = System.Net.WebUtility.HtmlDecode(_html);
    }

    [OneTimeTearDown]
    public void Remove() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Title_names_the_cluster_in_english_chinese_and_japanese_with_its_hierarchy()
    {
        // data/clusters.csv: xiaobeihe,cluster,Xiaobeihe,小北河镇,小北河鎮,China,Liaoning,Liaoyang,Liaoyang County,Xiaobeihe Town
        Assert.That(_report.Title, Is.EqualTo("Xiaobeihe · 小北河镇 · 小北河鎮"));
        Assert.That(_report.Hierarchy, Is.EqualTo("Xiaobeihe Town › Liaoyang County › Liaoyang › Liaoning › China"));
        Assert.That(_text, Does.Contain("<title>Xiaobeihe · 小北河镇 · 小北河鎮</title>").And.Contain("<h1>Xiaobeihe · 小北河镇 · 小北河鎮</h1>"));
        Assert.That(_text, Does.Contain("Xiaobeihe Town › Liaoyang County › Liaoyang › Liaoning › China"));
    }

    [Test]
    public void Page_opens_with_its_findings_before_the_sections()
    {
        var headings = Regex.Matches(_html, "<h2 id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.That(headings, Is.EqualTo(new[] { "summary", "figures", "conflicts", "comparison", "sources", "data" }));
        var summary = Regex.Replace(Between(_text, "id=\"summary\"", "id=\"figures\""), "<[^>]+>", "");
        // Xiaobeihe's pairs: the chosen value of the comparison's focal cell, its rank and the clusters without a value.
        var pairs = _report.Comparison.Rows[0]["pairs_per_year"];
        int none = _report.Comparison.Rows.Count(r => r["pairs_per_year"].Point is null);
        Assert.That(summary, Does.Contain($"Pairs of socks per year: {FigureFormat.ForPeople(pairs.Point!.Value, precision: FigurePrecision.Table)} ({pairs.Year}) ["));
        Assert.That(summary, Does.Contain($"It ranks {ReportSummary.Ordinal(pairs.Rank!.Value)} of the "));
        Assert.That(summary, Does.Contain($"{none} of the {_report.Comparison.Rows.Count} compared have none"));
        // The seed's 2.2 billion pairs against 2.6 billion: the largest spread among the conflict groups.
        Assert.That(summary, Does.Match(@"Largest disagreement between sources: Pairs of socks per year, 2\.2 billion pairs \(~2024\) \[\d+\] against 2\.6 billion pairs \(~2024\) \[\d+\]"));
    }

    [Test]
    public void Figures_table_lists_every_figure_of_the_cluster_with_unit_year_and_numbered_source()
    {
        Assert.That(_report.Figures, Has.Count.EqualTo(ReferenceData.Load().Figures.Where(regionId: "xiaobeihe").Count));
        // The seed: 年間22億足 = 2.2 billion pairs, ~2024 (seeds/000_c6e03cb025974693.txt).
        Assert.That(_html, Does.Contain("<td>2.2 billion pairs</td><td>2200000000</td><td>pairs</td><td>exact</td><td>~2024</td>"));
        Assert.That(_html, Does.Contain("<table class=\"clusterstats figures\">"));
    }

    [Test]
    public void Conflicts_show_the_seeds_2_2_billion_pairs_against_2_6_billion_and_possibly_against_2_5_billion()
    {
        var pairs = _report.Conflicts.Single(g => g.Indicator == Indicator.PairsPerYear && g.Kind == ConflictKind.Conflict);
        Assert.That(pairs.Figures.Select(f => f.Quantity.Value), Is.EquivalentTo(new[] { 2_200_000_000m, 2_600_000_000m, 2_600_000_000m }));
        var possible = _report.Conflicts.Single(g => g.Indicator == Indicator.PairsPerYear && g.Kind == ConflictKind.Possible);
        Assert.That(possible.Figures.Select(f => f.Quantity.Value), Is.EqualTo(new[] { 2_500_000_000m, 2_200_000_000m }));
        var section = Between(_text, "id=\"conflicts\"", "id=\"comparison\"");
        Assert.That(section, Does.Contain("Conflict, pairs_per_year: 2.2 billion pairs (~2024) to 2.6 billion pairs (~2024)"));
        Assert.That(section, Does.Contain("Possible conflict, pairs_per_year: 2.2 billion pairs (~2024) to 2.5 billion pairs (2023)"));
        Assert.That(section, Does.Contain("sources disagree by 15.4 %").And.Contain("sources may disagree by 12 %"));

        var rows = Csv(ClusterReport.ConflictsFile);
        Assert.That(rows[0], Is.EqualTo(new[] { "group", "kind", "cluster", "indicator", "scope", "spread_percent", "matching", "value", "unit", "qualifier", "target", "year", "source_number", "source_title", "source_url", "quote", "status", "period" }));
        var pairRows = rows.Skip(1).Where(r => r[3] == "pairs_per_year" && r[6] == "dated" && r[1] == "conflict").ToList();
        Assert.That(pairRows.Select(r => r[7]), Is.EquivalentTo(pairs.Figures.Select(f => f.Quantity.Value.ToString(CultureInfo.InvariantCulture))));
        Assert.That(pairRows.Select(r => r[15]), Has.Some.Contains("22億足"), "the seed's quote");
        Assert.That(rows.Skip(1).Count(r => r[3] == "pairs_per_year" && r[1] == "possible"), Is.EqualTo(2));
    }

    [Test]
    public void The_comparison_is_for_2024_and_never_uses_fort_paynes_suspicious_7_2_billion_pairs()
    {
        Assert.That(_report.Comparison.Year, Is.EqualTo(2024));
        var section = Between(_text, "id=\"comparison\"", "id=\"sources\"");
        Assert.That(section, Does.Contain("The year 2024 for every cluster. Year 2024: the latest year in which xiaobeihe has pairs_per_year, output_value and firm_count."));
        Assert.That(_text, Does.Not.Contain("7.2 billion").And.Not.Contain("7200000000"));
        Assert.That(File.ReadAllText(Path.Combine(_dir, ClusterReport.ComparisonFile)), Does.Not.Contain("7200000000"));
        // 2.6 bn pairs / 226 firms = 11,504,424.78 pairs per firm, both of 2024.
        Assert.That(_report.Comparison.Rows[0]["pairs_per_firm"].Point!.Value.Value, Is.EqualTo(2_600_000_000m / 226m));
    }

    [Test]
    public void Comparison_is_in_cny_names_the_rate_years_and_covers_every_sock_cluster()
    {
        Assert.That(_report.Comparison.Currency, Is.EqualTo(Currency.CNY));
        Assert.That(_report.Comparison.Rows.Select(r => r.RegionId), Is.EqualTo(ComparisonOptions.SockAndHosieryClusters));
        var section = Between(_text, "id=\"comparison\"", "id=\"sources\"");
        Assert.That(section, Does.Contain("Money in CNY, the currency of the focal cluster's own figures"));
        // Castel Goffredo's 2024 turnover in EUR: no 2024 annual rate, so the 2023 rates (Fed G.5A) are used and named.
        Assert.That(section, Does.Contain("castel-goffredo: 2024 has no annual EUR/USD or CNY/USD rate: nearest year 2023 used"));
        Assert.That(section, Does.Contain("<tr class=\"focal\"><th scope=\"row\">Xiaobeihe 小北河镇</th>"));

        var rows = Csv(ClusterReport.ComparisonFile);
        var header = rows[0].ToList();
        var perPair = rows.Single(r => r[0] == "xiaobeihe" && r[header.IndexOf("metric")] == "output_value_per_pair");
        // Best estimates of ~2024: 3.8e9 CNY / 2.6e9 pairs (Xinhua 2025-06-22); range 3.5/2.6 .. 3.8/2.2.
        Assert.That(decimal.Parse(perPair[header.IndexOf("value")], CultureInfo.InvariantCulture), Is.EqualTo(3_800_000_000m / 2_600_000_000m));
        Assert.That(decimal.Parse(perPair[header.IndexOf("low")], CultureInfo.InvariantCulture), Is.EqualTo(3_500_000_000m / 2_600_000_000m));
        Assert.That(decimal.Parse(perPair[header.IndexOf("high")], CultureInfo.InvariantCulture), Is.EqualTo(3_800_000_000m / 2_200_000_000m));
    }

    [Test]
    public void One_numbered_source_list_serves_every_table_chart_and_csv()
    {
        var listed = Regex.Matches(_html, "<li id=\"source-(\\d+)\">").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.That(listed, Is.EqualTo(Enumerable.Range(1, listed.Count)), "numbered 1..n, each once");
        var cited = Regex.Matches(_html, "href=\"#source-(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        Assert.That(cited, Is.SubsetOf(listed));
        Assert.That(listed, Is.SubsetOf(cited), "every listed source is cited");

        var sources = Csv(ClusterReport.SourcesFile);
        Assert.That(sources[0], Is.EqualTo(new[] { "number", "title", "url", "publisher", "published", "confidence" }));
        Assert.That(sources.Skip(1).Select(r => int.Parse(r[0], CultureInfo.InvariantCulture)), Is.EqualTo(listed));
        Assert.That(sources.Skip(1).Select(r => r[1]).Distinct().Count(), Is.EqualTo(listed.Count), "one number per document");

        var comparisonRows = Csv(ClusterReport.ComparisonFile);
        int col = comparisonRows[0].ToList().IndexOf("sources");
        var csvCited = comparisonRows.Skip(1).SelectMany(r => r[col].Split(';', StringSplitOptions.RemoveEmptyEntries)).Select(n => int.Parse(n, CultureInfo.InvariantCulture));
        Assert.That(csvCited.Distinct(), Is.SubsetOf(listed));
        // The seed's own figures are cited the same way everywhere: the number next to its title in the list.
        var seed = sources.Single(r => r[1] == "遼陽・小北河靴下業の発展推進活動が正式に幕を開けた");
        Assert.That(Csv(ClusterReport.ConflictsFile).Where(r => r[13] == seed[1]).Select(r => r[12]).Distinct(), Is.EqualTo(new[] { seed[0] }));
    }

    [Test]
    public void Charts_are_png_files_beside_the_page_and_every_image_it_shows_exists()
    {
        var images = Regex.Matches(_html, "<img src=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.That(images, Is.EquivalentTo(new[] { "timeseries-pairs_per_year.png", "compare-pairs_per_year.png", "compare-output_value.png", "compare-output_value_per_pair.png", "bubbles.png" }));
        foreach (var image in images)
        {
            var bytes = File.ReadAllBytes(Path.Combine(_dir, image));
            Assert.That(bytes.Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), image);
            Assert.That(bytes, Has.Length.GreaterThan(10_000), image + " is not blank");
        }
        Assert.That(_progress, Has.Some.EqualTo("drawing chart 1/5: timeseries-pairs_per_year.png").And.Some.EqualTo("drawing chart 5/5: bubbles.png"));
        Assert.That(_progress, Has.Some.StartsWith("compared 9 clusters"));
    }

    [Test]
    public void Page_is_self_contained_and_links_every_csv_file()
    {
        Assert.That(_html, Does.Contain("<style>"));
        Assert.That(_html, Does.Not.Contain("<link").And.Not.Contain("<script").And.Not.Match("src=\"(https?:)?//"));
        foreach (var file in new[] { ClusterReport.FiguresFile, ClusterReport.ConflictsFile, ClusterReport.ComparisonFile, ClusterReport.SourcesFile })
        {
            Assert.That(_html, Does.Contain($"href=\"{file}\""), file);
            Assert.That(_files, Does.Contain(Path.Combine(_dir, file)));
        }
        Assert.That(_files[0], Is.EqualTo(Path.Combine(_dir, ClusterReport.IndexFile)));
        Assert.That(_files.All(File.Exists), Is.True);
    }

    [Test]
    public void Figures_csv_reads_back_to_the_reports_figures()
    {
        var back = FigureCsv.Read(Path.Combine(_dir, ClusterReport.FiguresFile));
        Assert.That(back, Is.EqualTo(_report.Figures).Using<Figure>((a, b) =>
            a.RegionId == b.RegionId && a.Indicator == b.Indicator && a.Quantity == b.Quantity && a.Qualifier == b.Qualifier &&
            a.IsTarget == b.IsTarget && a.Year == b.Year && a.Scope == b.Scope && a.Source.Title == b.Source.Title && a.Source.Quote == b.Source.Quote));
    }

    // Parsed back with the library's strict CSV reader: header first, then the rows.
    private List<string[]> Csv(string file)
    {
        var table = ClusterStats.Internal.CsvTable.Load(Path.Combine(_dir, file));
        return [table.Header, .. table.Rows.Select(r => r.Fields)];
    }

    private static string Between(string text, string from, string to)
    {
        int i = text.IndexOf(from, StringComparison.Ordinal), j = text.IndexOf(to, i, StringComparison.Ordinal);
        Assert.That(i, Is.GreaterThanOrEqualTo(0), from);
        Assert.That(j, Is.GreaterThan(i), to);
        return text[i..j];
    }

    private sealed class ListProgress(List<string> lines) : IProgress<string>
    {
        public void Report(string value) => lines.Add(value);
    }
}

/// <summary>A report over a user's CSV file with an explicit peer list, a currency and a year, and the report verb.</summary>
public class ClusterReportInputTests
{
    private string _dir = "";
    private string _data = "";

    [SetUp]
    public void MakeFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "cs-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        _data = Path.Combine(_dir, "cited.csv");
        FigureCsv.Write(CitedRows.All(), _data);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Report_over_a_user_file_with_given_peers_currency_and_year()
    {
        var options = new ReportOptions { Peers = ["xiaobeihe"], Currency = Currency.USD, Year = 2021, DataDescription = "cited.csv" };
        var report = ClusterReport.Create(FigureCsv.Read(_data), "datang", options);
        Assert.That(report.Comparison.Rows.Select(r => r.RegionId), Is.EqualTo(new[] { "datang", "xiaobeihe" }));
        var perPair = report.Comparison.Rows[0]["output_value_per_pair"];
        // Datang 2021: 75e9 CNY / 27e9 pairs = 2.78 CNY per pair (China Daily 2022, cited-figures.csv:51-52), in USD at the
        // Fed's 2021 annual average CNY rate; the cell names the rate.
        Assert.That(perPair.Point!.Value.Unit.Code, Is.EqualTo("USD/pair"));
        Assert.That(perPair.Notes, Has.Some.Contains("2021 annual average"));
        var dir = Path.Combine(_dir, "out");
        report.WriteTo(dir);
        var html = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(dir, ClusterReport.IndexFile)));
        Assert.That(html, Does.Contain("<h1>Datang (Zhuji) · 大唐街道 (诸暨) · 大唐 (諸曁)</h1>"));
        Assert.That(html, Does.Contain("The year 2021 for every cluster.").And.Contain("Money in USD;"));
        Assert.That(html, Does.Contain("Figures from cited.csv"));
        Assert.That(FigureCsv.Read(Path.Combine(dir, ClusterReport.FiguresFile)).Select(f => f.RegionId).Distinct(), Is.EqualTo(new[] { "datang" }));
    }

    [Test]
    public void Unknown_cluster_fails_listing_the_known_ids()
    {
        var ex = Assert.Throws<UnknownRegionException>(() => ClusterReport.Create(FigureCsv.Read(_data), "atlantis"));
        Assert.That(ex!.Message, Is.EqualTo("Unknown cluster 'atlantis'. Known ids: datang, japan, nara, xiaobeihe."));
        Assert.That((ex.Id, ex.KnownIds), Is.EqualTo(("atlantis", new[] { "datang", "japan", "nara", "xiaobeihe" })));
    }

    [Test]
    public void Report_verb_writes_the_folder_shows_progress_and_keeps_the_exit_codes()
    {
        var dir = Path.Combine(_dir, "cli");
        var (code, output, error) = Run("report", "xiaobeihe", "--out", dir, "--data", _data, "--no-reference", "--peers", "datang");
        Assert.That(code, Is.EqualTo(CliApp.Ok), error);
        Assert.That(output, Does.StartWith($"wrote {Path.Combine(dir, "index.html")} (").And.EndWith($" files in {dir}){Environment.NewLine}"));
        Assert.That(error, Does.StartWith("clusterstats: loading " + _data).And.Contain("clusterstats: comparing xiaobeihe with 1 peers")
            .And.Contain("clusterstats: drawing chart 1/"));
        Assert.That(File.Exists(Path.Combine(dir, "index.html")), Is.True);

        var unknown = Run("report", "atlantis", "--out", dir, "--data", _data, "--no-reference");
        Assert.That(unknown.Code, Is.EqualTo(CliApp.InvalidInput));
        Assert.That(unknown.Err, Does.EndWith("clusterstats: Unknown cluster 'atlantis'. Known ids: datang, japan, nara, xiaobeihe." + Environment.NewLine));
        Assert.That(Run("report", "xiaobeihe", "--out", dir, "--currency", "yuan").Code, Is.EqualTo(CliApp.UsageError));
        Assert.That(Run("report", "xiaobeihe").Code, Is.EqualTo(CliApp.UsageError), "--out is required");
        var missing = Run("report", "xiaobeihe", "--out", dir, "--data", Path.Combine(_dir, "none.csv"));
        Assert.That(missing.Code, Is.EqualTo(CliApp.InvalidInput));
        Assert.That(missing.Err, Does.Contain("none.csv"));
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        int code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
