namespace ClusterStats.Tests.Evidence;

/// <summary>Each file of tests/data/bad gives its precise error, in strict reading and in validation.</summary>
public class BadInputCorpusTests
{
    private const string AllColumns = "cluster,indicator,value,unit,qualifier,target,scope,year,year_to,year_approx,source_title,source_url,publisher,published,quote,confidence,derived,original_unit,origin,notes,status,period";
    private const string PlainNumber = "a number in plain invariant digits, such as 2200000000 or -44060000 (no thousands separators, no words)";

    private static readonly (string File, string Error)[] Corpus =
    [
        ("bad-number.csv", "bad-number.csv:3:value: found '35亿'; expected " + PlainNumber),
        ("thousands-separator.csv", "thousands-separator.csv:2:value: found '2,200,000,000'; expected " + PlainNumber),
        ("unknown-unit.csv", "unknown-unit.csv:2:unit: found 'CNY (lower bound)'; expected a unit code such as pairs, firms, persons, machines, percent, rank, CNY or CNY/pair (qualifiers and scope go in their own columns)"),
        ("bad-year.csv", "bad-year.csv:2:year: found '2024年'; expected a four-digit year or nothing"),
        ("bad-confidence.csv", "bad-confidence.csv:2:confidence: found 'very high'; expected high, medium or low"),
        ("bad-cluster-id.csv", "bad-cluster-id.csv:2:cluster: found 'Xiao Bei He'; expected a cluster or region id: lower-case letters, digits and '-', such as xiaobeihe or castel-goffredo"),
        ("ragged-row.csv", "ragged-row.csv:3:(row): found 'xiaobeihe,firm_count,226,firms,2024,Seed article'; expected 7 fields as in the header, not 6"),
        ("missing-header.csv", "missing-header.csv:1:(header): found 'xiaobeihe,pairs_per_year,2200000000,pairs,2024,Seed article,low'; expected a header row naming the columns: " + AllColumns),
        ("missing-column.csv", "missing-column.csv:1:value: found 'cluster,indicator,unit,year,source_title,confidence'; expected a required column named 'value'"),
        ("unknown-column.csv", "unknown-column.csv:1:comment: found 'comment'; expected a column of the figure schema: " + AllColumns),
        ("empty.csv", "empty.csv:1:(file): found ''; expected a header row (" + AllColumns + ") and records; the file is empty"),
        ("duplicate-figure.csv", "duplicate-figure.csv:4:(row): found 'xiaobeihe,pairs_per_year,2200000000,pairs,2024,Seed article,low'; expected each figure once; line 2 has the same figure"),
        ("formula-cell.csv", "formula-cell.csv:2:source_title: found '=HYPERLINK(\"http://example.com\",\"Seed\")'; expected text that does not start with = + - @ (a spreadsheet would run it as a formula); write '= to keep it as text"),
        ("unbalanced-quote.csv", "unbalanced-quote.csv:3:(row): found 'xiaobeihe,firm_count,226,firms,2024,\"Seed article,medium\\nxiaobeihe,rank,2,rank,... (104 characters)'; expected a closing quote for the quoted field (the quote is never closed)"),
        ("gb18030-read-as-utf8.csv", "gb18030-read-as-utf8.csv:2:source_title: found '0xB1 0xB1 0xBA 0xD3'; expected UTF-8 text; if the file was saved as GB18030 (GBK), read it with the GB18030 encoding option (--encoding gb18030)"),
        ("huge-field.csv", "huge-field.csv:2:source_title: found '" + new string('S', 80) + "... (150000 characters)'; expected a field of at most 100000 characters"),
    ];

    private static IEnumerable<TestCaseData> Cases() => Corpus.Select(c => new TestCaseData(c.File, c.Error).SetName("Bad file " + c.File));

    private static byte[] Bytes(string file) => File.ReadAllBytes(Repo.Path("tests", "data", "bad", file));

    [TestCaseSource(nameof(Cases))]
    public void Strict_reading_stops_with_the_precise_error(string file, string expected)
    {
        var ex = Assert.Throws<CsvInputException>(() => FigureCsv.Read(Bytes(file), file));
        Assert.That(ex!.Errors.Select(e => e.ToString()), Is.EqualTo(new[] { expected }));
        Assert.That(ex, Is.InstanceOf<ClusterStatsException>());
        Assert.That(ex.Message, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(Cases))]
    public void Validation_reports_the_same_error(string file, string expected)
    {
        Assert.That(FigureCsv.Validate(Bytes(file), file).Select(e => e.ToString()), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void The_corpus_has_every_file_and_no_untested_one()
    {
        var onDisk = Directory.GetFiles(Repo.Path("tests", "data", "bad")).Select(Path.GetFileName).Order().ToArray();
        Assert.That(onDisk, Is.EqualTo(Corpus.Select(c => c.File).Order().ToArray()));
        Assert.That(onDisk, Has.Length.GreaterThanOrEqualTo(12));
    }

    [Test]
    public void Collecting_reports_every_error_of_a_file_in_one_exception()
    {
        var text = "cluster,indicator,value,unit,year,source_title,confidence\n" +
                   "xiaobeihe,pairs_per_year,22亿,pairs,2024,Seed,low\n" +
                   "xiaobeihe,firm_count,226,firms (lower bound),2024,Seed,medium\n" +
                   "xiaobeihe,rank,2,rank,2024,Seed,medium\n" +
                   "xiaobeihe,rank,2,rank\n";
        var ex = Assert.Throws<CsvInputException>(() => FigureCsv.Read(System.Text.Encoding.UTF8.GetBytes(text), "mixed.csv", new CsvReadOptions { CollectAllErrors = true }));
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
