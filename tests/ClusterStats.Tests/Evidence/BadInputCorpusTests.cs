using System.Text;
using ClusterStats.Indices;
using ClusterStats.Microdata;

namespace ClusterStats.Tests.Evidence;

/// <summary>
/// The bad-input corpus in tests/data/bad: each case is an input file beside NAME.expected holding the exact error
/// text. Figure files sit at the top; every other reader has its folder (microdata/, rates/, regions/, matrix/ with
/// .csv inputs; parse/ with .txt inputs for the figure parser). Each runner enumerates its folder, so a case added
/// later is run without touching this code, and an .expected file without its input (or the reverse) fails.
/// </summary>
public class BadInputCorpusTests
{
    private static string Folder(string kind) => kind.Length == 0 ? Repo.Path("tests", "data", "bad") : Repo.Path("tests", "data", "bad", kind);

    /// <summary>The reader kinds: folder and input extension.</summary>
    private static readonly (string Kind, string Extension)[] Kinds =
        [("", ".csv"), ("microdata", ".csv"), ("rates", ".csv"), ("regions", ".csv"), ("matrix", ".csv"), ("parse", ".txt")];

    private static IEnumerable<TestCaseData> Cases(string kind, string extension) =>
        Directory.Exists(Folder(kind))
            ? Directory.GetFiles(Folder(kind), "*" + extension).Order(StringComparer.Ordinal)
                .Select(f => new TestCaseData(Path.GetFileName(f)).SetName($"Bad {(kind.Length == 0 ? "figure" : kind)} {Path.GetFileName(f)}"))
            : [];

    private static IEnumerable<TestCaseData> FigureCases() => Cases("", ".csv");
    private static IEnumerable<TestCaseData> MicrodataCases() => Cases("microdata", ".csv");
    private static IEnumerable<TestCaseData> RateCases() => Cases("rates", ".csv");
    private static IEnumerable<TestCaseData> RegionCases() => Cases("regions", ".csv");
    private static IEnumerable<TestCaseData> MatrixCases() => Cases("matrix", ".csv");
    private static IEnumerable<TestCaseData> ParseCases() => Cases("parse", ".txt");

    private static string Expected(string kind, string file)
    {
        var path = Path.Combine(Folder(kind), Path.GetFileNameWithoutExtension(file) + ".expected");
        Assert.That(File.Exists(path), Is.True, $"{path} holds the expected error");
        var text = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
        return text.EndsWith('\n') ? text[..^1] : text;
    }

    private static byte[] Bytes(string kind, string file) => File.ReadAllBytes(Path.Combine(Folder(kind), file));

    private static string Lines(string message) => message.Replace(Environment.NewLine, "\n", StringComparison.Ordinal);

    [TestCaseSource(nameof(FigureCases))]
    public void Strict_figure_reading_stops_with_the_precise_error(string file)
    {
        var expected = Expected("", file);
        var ex = Assert.Throws<InputException>(() => FigureCsv.Read(Bytes("", file), file));
        Assert.That(Lines(ex!.Message), Is.EqualTo(expected));
        Assert.That(ex, Is.InstanceOf<ClusterStatsException>());
        var path = Path.Combine(Folder(""), file);
        Assert.That(Lines(Assert.Throws<InputException>(() => FigureCsv.Read(path))!.Message), Is.EqualTo(expected.Replace(file, path, StringComparison.Ordinal)));
    }

    [TestCaseSource(nameof(FigureCases))]
    public void Figure_validation_reports_the_same_error(string file)
    {
        Assert.That(string.Join("\n", FigureCsv.Validate(Bytes("", file), file).Select(e => e.ToString())), Is.EqualTo(Expected("", file)));
    }

    [TestCaseSource(nameof(MicrodataCases))]
    public void Microdata_reading_stops_with_the_precise_error(string file)
    {
        var path = Path.Combine(Folder("microdata"), file);
        var aggregation = new MicrodataAggregation
        {
            Keys = [MicrodataKey.Text("region_code"), MicrodataKey.Integer("year")],
            Sums = [MicrodataSum.Long("employees"), MicrodataSum.Decimal("output_value_yuan")],
            Labels = [new MicrodataLabel("region_code", "region_name")],
        };
        var output = Path.Combine(Path.GetTempPath(), "corpus-" + Guid.NewGuid().ToString("N") + ".csv");
        var ex = Assert.Catch<ClusterStatsException>(() => MicrodataReader.Aggregate(path, aggregation).WriteCsv(output));
        Assert.That(File.Exists(output), Is.False, "no output beside an error");
        Assert.That(Lines(ex!.Message).Replace(Folder("microdata") + Path.DirectorySeparatorChar, "", StringComparison.Ordinal), Is.EqualTo(Expected("microdata", file)));
    }

    [TestCaseSource(nameof(RateCases))]
    public void Exchange_rate_reading_stops_with_the_precise_error(string file)
    {
        var ex = Assert.Throws<InputException>(() => ExchangeRateCsv.Read(Bytes("rates", file), file));
        Assert.That(Lines(ex!.Message), Is.EqualTo(Expected("rates", file)));
    }

    [TestCaseSource(nameof(RegionCases))]
    public void Region_reading_stops_with_the_precise_error(string file)
    {
        var ex = Assert.Throws<InputException>(() => RegionCsv.Read(Bytes("regions", file), file));
        Assert.That(Lines(ex!.Message), Is.EqualTo(Expected("regions", file)));
    }

    [TestCaseSource(nameof(MatrixCases))]
    public void Matrix_reading_stops_with_the_precise_error(string file)
    {
        var ex = Assert.Throws<InputException>(() => RegionIndustryMatrix.FromTable(Internal.CsvTable.Read(new MemoryStream(Bytes("matrix", file)), file), "value"));
        Assert.That(Lines(ex!.Message), Is.EqualTo(Expected("matrix", file)));
    }

    [TestCaseSource(nameof(ParseCases))]
    public void Figure_parsing_fails_with_the_precise_error(string file)
    {
        var text = Encoding.UTF8.GetString(Bytes("parse", file));
        if (text.EndsWith('\n')) text = text[..^1];
        var ex = Assert.Throws<ClusterStatsFormatException>(() => QualifiedQuantity.Parse(text));
        Assert.That(Lines(ex!.Message), Is.EqualTo(Expected("parse", file)));
    }

    [Test]
    public void Every_expected_file_has_its_input_and_every_input_its_expected_file()
    {
        int cases = 0;
        foreach (var (kind, extension) in Kinds)
        {
            if (!Directory.Exists(Folder(kind))) continue;
            var inputs = Directory.GetFiles(Folder(kind), "*" + extension).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray();
            var expected = Directory.GetFiles(Folder(kind), "*.expected").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray();
            Assert.That(expected, Is.EqualTo(inputs), $"tests/data/bad/{kind}");
            cases += inputs.Length;
        }
        var known = Kinds.Select(k => k.Kind).Where(k => k.Length > 0).Append("cli").ToHashSet();
        Assert.That(Directory.GetDirectories(Folder("")).Select(Path.GetFileName).Where(d => !known.Contains(d!)), Is.Empty, "every folder of the corpus has a runner");
        Assert.That(cases, Is.GreaterThanOrEqualTo(30));
    }

    [Test]
    public void Collecting_reports_every_error_of_a_file_in_one_exception()
    {
        var text = "cluster,indicator,value,unit,year,source_title,confidence\n" +
                   "xiaobeihe,pairs_per_year,22亿,pairs,2024,Seed,low\n" +
                   "xiaobeihe,firm_count,226,firms (lower bound),2024,Seed,medium\n" +
                   "xiaobeihe,rank,2,rank,2024,Seed,medium\n" +
                   "xiaobeihe,rank,2,rank\n";
        var ex = Assert.Throws<InputException>(() => FigureCsv.Read(Encoding.UTF8.GetBytes(text), "mixed.csv", new CsvReadOptions { CollectAllErrors = true }));
        Assert.That(ex!.Errors.Select(e => (e.Line, e.Column)), Is.EqualTo(new[] { (2L, "value"), (3L, "unit"), (5L, "(row)") }));
        Assert.That(ex.Errors[0].Found, Is.EqualTo("22亿"));
        Assert.That(ex.Message.Split(Environment.NewLine), Has.Length.EqualTo(3));
    }

    [Test]
    public void Gb18030_files_read_with_the_option_or_with_auto_detection()
    {
        var gb = File.ReadAllBytes(Repo.Path("tests", "data", "good-gb18030.csv"));
        Assert.That(FigureCsv.Read(gb, "good-gb18030.csv", new CsvReadOptions { Encoding = CsvEncoding.GB18030 }).Single().Source.Title, Is.EqualTo("小北河袜业"));
        Assert.That(FigureCsv.Read(gb, "good-gb18030.csv", new CsvReadOptions { Encoding = CsvEncoding.Auto }).Single().Source.Title, Is.EqualTo("小北河袜业"));
        var bom = File.ReadAllBytes(Repo.Path("tests", "data", "good-utf8-bom.csv"));
        var fromBom = FigureCsv.Read(bom, "good-utf8-bom.csv").Single();
        Assert.That((fromBom.RegionId, fromBom.Quantity, fromBom.Source.Title), Is.EqualTo(("xiaobeihe", Quantity.Pairs(2_200_000_000m), "小北河袜业")));
        Assert.That(FigureCsv.Read(bom[3..], "no-bom.csv").Single(), Is.EqualTo(fromBom));
        Assert.That(FigureCsv.Read(bom, "auto.csv", new CsvReadOptions { Encoding = CsvEncoding.Auto }).Single(), Is.EqualTo(fromBom));
    }
}
