using System.Text;
using ClusterStats.Internal;
using ClusterStats.Tests.Evidence;

namespace ClusterStats.Tests.Reliability;

/// <summary>
/// Tables (matrices, panels, totals, firm records) and schema files (figures) are read by one CSV reader: the same
/// input gives the same error through both, whatever the chunks the bytes arrive in and whatever the encoding, and a
/// carriage return alone is refused wherever it falls.
/// </summary>
public class OneCsvReaderTests
{
    private const string FigureHeader = "cluster,indicator,value,unit,year,source_title,confidence";

    private static readonly Encoding Gb18030 = TestEncodings.Gb18030;

    private static Stream Input(byte[] bytes, bool trickle) => trickle ? new Trickle(bytes) : new MemoryStream(bytes);

    private static byte[] Encode(string text, CsvEncoding encoding) => encoding == CsvEncoding.GB18030 ? Gb18030.GetBytes(text) : Encoding.UTF8.GetBytes(text);

    private static InputError TableError(string text, CsvEncoding encoding = CsvEncoding.Utf8, bool trickle = false) =>
        Assert.Throws<InputException>(() => CsvTable.Read(Input(Encode(text, encoding), trickle), "t.csv", new CsvReadOptions { Encoding = encoding }))!.Errors.Single();

    private static InputError FigureError(string text, CsvEncoding encoding = CsvEncoding.Utf8, bool trickle = false) =>
        Assert.Throws<InputException>(() => CsvInput.Read(Input(Encode(text, encoding), trickle), "t.csv", new CsvReadOptions { Encoding = encoding }, FigureCsv.Schema,
            r => FigureCsv.ParseRecord(r, UnitVocabulary.BuiltIn)))!.Errors.Single();

    // A lone CR in each place it can fall: before digits of a number, between two records, inside a quoted name,
    // as the last byte of a field before the next one, and as the very last byte of the input.
    private static IEnumerable<TestCaseData> LoneCrCases()
    {
        (string Row, long Line, string Column, string Found)[] cases =
        [
            ("xiaobeihe,firm_count,22\r6,firms,2024,Seed,low\n", 2, "value", "22\\u000d6"),
            ("xiaobeihe,firm_count,226,firms,2024,Seed,low\rxiaobeihe,rank,2,rank,2024,Seed,low\n", 2, "confidence", "low\\u000dxiaobeihe"),
            ("xiaobeihe,firm_count,226,firms,2024,\"Seed\r文章\",low\n", 2, "source_title", "\"Seed\\u000d文章\""),
            ("xiaobeihe,firm_count,226,firms\r,2024,Seed,low\n", 2, "unit", "firms\\u000d"),
            ("xiaobeihe,firm_count,226,firms,2024,Seed,low\r", 2, "confidence", "low\\u000d"),
            ("xiaobeihe,firm_count,226,firms,2024,Seed,low\r\n\r\nxiaobeihe,rank,2,rank,2024,\"Seed\r\n\r\",low\r\n", 5, "source_title", "\"Seed\\u000d\\u000a\\u000d\""),
        ];
        foreach (var encoding in new[] { CsvEncoding.Utf8, CsvEncoding.GB18030, CsvEncoding.Auto })
        {
            foreach (var trickle in new[] { false, true })
            {
                for (int k = 0; k < cases.Length; k++)
                {
                    var (row, line, column, found) = cases[k];
                    yield return new TestCaseData(row, line, column, found, encoding, trickle).SetName($"Lone CR {k} {encoding}{(trickle ? " in one-byte chunks" : "")}");
                }
            }
        }
    }

    [TestCaseSource(nameof(LoneCrCases))]
    public void A_lone_CR_is_one_clear_error_in_tables_and_schema_files_alike(string row, long line, string column, string found, CsvEncoding encoding, bool trickle)
    {
        var text = FigureHeader + "\n" + row;
        var expected = new InputError("t.csv", line, column, found, CsvCells.LoneCr);
        Assert.That(TableError(text, encoding, trickle), Is.EqualTo(expected));
        Assert.That(FigureError(text, encoding, trickle), Is.EqualTo(expected));
    }

    [Test]
    public void A_lone_CR_in_the_header_names_the_header()
    {
        var error = TableError("region,industry\rvalue\nr,i,1\n");
        Assert.That(error, Is.EqualTo(new InputError("t.csv", 1, "(header)", "industry\\u000dvalue", CsvCells.LoneCr)));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void CRLF_line_ends_split_across_chunks_give_the_rows_and_lines_of_LF_ones(bool trickle)
    {
        var lf = "\uFEFFregion, Industry ,value\n\nr1,\"i\n1\",1\n\n\nr2,i2,\"2\"\n";
        var crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);
        var a = CsvTable.Read(Input(Encoding.UTF8.GetBytes(lf), trickle), "t.csv");
        var b = CsvTable.Read(Input(Encoding.UTF8.GetBytes(crlf), trickle), "t.csv");
        Assert.That(a.Header, Is.EqualTo(new[] { "region", "Industry", "value" }), "the BOM dropped, names trimmed");
        Assert.That(b.Header, Is.EqualTo(a.Header));
        Assert.That(a.Rows.Select(r => r.Line), Is.EqualTo(new[] { 3L, 7L }), "blank lines are skipped and counted");
        Assert.That(b.Rows.Select(r => r.Line), Is.EqualTo(new[] { 3L, 7L }));
        Assert.That(a.Rows.Select(r => string.Join("|", r.Fields)), Is.EqualTo(new[] { "r1|i\n1|1", "r2|i2|2" }));
        Assert.That(b.Rows.Select(r => string.Join("|", r.Fields)), Is.EqualTo(new[] { "r1|i\r\n1|1", "r2|i2|2" }), "a quoted CRLF stays as written");
        Assert.That(a.Require("INDUSTRY"), Is.EqualTo(1), "names compare in any case");
    }

    // Malformed input, each in a row of a figure file, which both readers must refuse with the same error; the text
    // found is the record without its line end, except for a quote never closed, whose record runs to the end.
    [TestCase("xiaobeihe,firm_count,226,firms,2024,Seed\n", 2, "(row)", "7 fields as in the header, not 6")]
    [TestCase("xiaobeihe,firm_count,226,firms,2024,Seed,low,extra\n", 2, "(row)", "7 fields as in the header, not 8")]
    [TestCase("xiaobeihe,firm_count,226,firms,2024,Se\"ed,low\n", 2, "(row)", "no quote inside an unquoted field (quote the whole field and double the quote)")]
    [TestCase("xiaobeihe,firm_count,226,firms,2024,\"Seed\" x,low\n", 2, "(row)", "a comma or the end of the line after a closing quote")]
    [TestCase("xiaobeihe,firm_count,226,firms,2024,\"Seed,low\nxiaobeihe,rank,2,rank,2024,Seed,low\n", 2, "(row)", "a closing quote for the quoted field (the quote is never closed)")]
    public void Malformed_rows_give_the_same_error_in_tables_and_schema_files(string row, long line, string column, string expected)
    {
        bool toEnd = expected.Contains("never closed", StringComparison.Ordinal);
        var text = FigureHeader + "\n" + row;
        foreach (var trickle in new[] { false, true })
        {
            var table = TableError(text, trickle: trickle);
            Assert.That((table.File, table.Line, table.Column, table.Expected), Is.EqualTo(("t.csv", line, column, expected)));
            Assert.That(table.Found, Is.EqualTo(ThrowHelper.Shorten(toEnd ? row : row.TrimEnd('\n'))));
            Assert.That(FigureError(text, trickle: trickle), Is.EqualTo(table));
        }
    }

    [Test]
    public void Invalid_utf8_and_an_overlong_field_give_the_same_error_in_tables_and_schema_files()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(FigureHeader + "\nxiaobeihe,firm_count,226,firms,2024,"), 0xB1, 0xB1, .. ",low\n"u8];
        var table = Assert.Throws<InputException>(() => CsvTable.Read(new MemoryStream(bytes), "t.csv"))!.Errors.Single();
        Assert.That((table.Line, table.Column, table.Found), Is.EqualTo((2L, "source_title", "0xB1 0xB1 0x2C 0x6C")));
        var figure = Assert.Throws<InputException>(() => FigureCsv.Read(bytes, "t.csv"))!.Errors.Single();
        Assert.That(figure, Is.EqualTo(table));

        var options = new CsvReadOptions { MaxFieldLength = 8 };
        var text = FigureHeader + "\nxiaobeihe,firm_count,226,firms,2024,Seed article,low\n";
        var overTable = Assert.Throws<InputException>(() => CsvTable.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "t.csv", options))!.Errors.Single();
        Assert.That(overTable, Is.EqualTo(new InputError("t.csv", 2, "cluster", "xiaobeihe", "a field of at most 8 characters")), "the first field over the cap");
        var overFigure = Assert.Throws<InputException>(() => FigureCsv.Read(Encoding.UTF8.GetBytes(text), "t.csv", options))!.Errors.Single();
        Assert.That(overFigure, Is.EqualTo(overTable));
    }

    [TestCase("region,,value\n", "#2", "")]
    [TestCase("region,  ,value\n", "#2", "  ")]
    [TestCase("region,value, VALUE \n", "VALUE", "VALUE")]
    [TestCase("Region,industry,value,region\n", "region", "region")]
    public void A_blank_or_repeated_column_name_stops_a_table_at_its_header(string header, string column, string found)
    {
        var error = TableError(header + "r,i,1,2\n");
        Assert.That((error.Line, error.Column, error.Found), Is.EqualTo((1L, column, found)));
        Assert.That(error.Expected, Is.EqualTo(found.Trim().Length == 0 ? "a column name" : "each column name once"));
    }

    [TestCase("")]
    [TestCase("\n\n")]
    [TestCase("\uFEFF")]
    public void An_empty_input_says_so_in_tables_and_schema_files(string text)
    {
        Assert.That(TableError(text), Is.EqualTo(new InputError("t.csv", 1, "(file)", "", "a header row and records; the file is empty")));
        Assert.That(FigureError(text).Expected, Does.StartWith("a header row (cluster,indicator,").And.EndWith(") and records; the file is empty"));
    }

    [Test]
    public void A_table_reports_the_encoding_it_read_once()
    {
        var text = "region,industry,value\n浙江,纺织,1\n";
        foreach (var (requested, bytes, used) in new[]
                 {
                     (CsvEncoding.Utf8, Encoding.UTF8.GetBytes(text), CsvEncoding.Utf8),
                     (CsvEncoding.Auto, Encoding.UTF8.GetBytes(text), CsvEncoding.Utf8),
                     (CsvEncoding.Auto, Gb18030.GetBytes(text), CsvEncoding.GB18030),
                     (CsvEncoding.GB18030, Gb18030.GetBytes(text), CsvEncoding.GB18030),
                 })
        {
            var chosen = new List<CsvEncoding>();
            var table = CsvTable.Read(new MemoryStream(bytes), "t.csv", new CsvReadOptions { Encoding = requested, EncodingChosen = (_, e) => chosen.Add(e) });
            Assert.That(chosen, Is.EqualTo(new[] { used }));
            Assert.That(table.Rows.Single().Fields, Is.EqualTo(new[] { "浙江", "纺织", "1" }));
        }
    }
}
