using System.Text;

namespace ClusterStats.Tests.Evidence;

/// <summary>
/// One decoding path for every text input (UTF-8, GB18030, auto with the choice reported back), and the closed unit
/// vocabulary of figure files: aliases read as their unit, a misspelling is an error with the nearest unit, units of
/// your own are declared.
/// </summary>
public class EncodingAndUnitTests
{
    private const string Header = "cluster,indicator,value,unit,year,source_title,confidence";

    private static readonly Encoding Gb18030 = TestEncodings.Gb18030;

    private static string Chinese => Header + "\nxiaobeihe,pairs_per_year,2200000000,双,2024,小北河袜业年鉴,low\n";

    private static (FigureSet Figures, List<CsvEncoding> Chosen) Read(byte[] bytes, CsvEncoding encoding)
    {
        var chosen = new List<CsvEncoding>();
        var set = FigureCsv.Read(bytes, "f.csv", new CsvReadOptions { Encoding = encoding, EncodingChosen = (file, e) => { Assert.That(file, Is.EqualTo("f.csv")); chosen.Add(e); } });
        return (set, chosen);
    }

    [TestCase(CsvEncoding.Auto)]
    [TestCase(CsvEncoding.GB18030)]
    public void GB18030_bytes_read_as_the_same_figures_as_UTF8(CsvEncoding encoding)
    {
        var (fromUtf8, utf8Chosen) = Read(Encoding.UTF8.GetBytes(Chinese), CsvEncoding.Utf8);
        var (fromGb, gbChosen) = Read(Gb18030.GetBytes(Chinese), encoding);
        Assert.That(fromGb, Is.EqualTo(fromUtf8));
        Assert.That(fromGb[0].Source.Title, Is.EqualTo("小北河袜业年鉴"));
        Assert.That(fromGb[0].Quantity.Unit, Is.EqualTo(Unit.Pairs));
        Assert.That(utf8Chosen, Is.EqualTo(new[] { CsvEncoding.Utf8 }));
        Assert.That(gbChosen, Is.EqualTo(new[] { CsvEncoding.GB18030 }));
    }

    [Test]
    public void Auto_takes_a_byte_order_mark_first_then_UTF8_validity()
    {
        byte[] utf8Bom = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Chinese)];
        Assert.That(Read(utf8Bom, CsvEncoding.Auto).Chosen, Is.EqualTo(new[] { CsvEncoding.Utf8 }));
        byte[] gbBom = [0x84, 0x31, 0x95, 0x33, .. Gb18030.GetBytes(Chinese)];
        var (set, chosen) = Read(gbBom, CsvEncoding.Auto);
        Assert.That(chosen, Is.EqualTo(new[] { CsvEncoding.GB18030 }));
        Assert.That(set[0].Source.Title, Is.EqualTo("小北河袜业年鉴"), "the GB18030 byte order mark is not part of the header");
        Assert.That(Read(Encoding.UTF8.GetBytes(Chinese), CsvEncoding.Auto).Chosen, Is.EqualTo(new[] { CsvEncoding.Utf8 }));
    }

    [Test]
    public void Bytes_that_are_neither_encoding_are_an_error_naming_the_file_and_the_first_invalid_offsets()
    {
        // 0xFF is never part of UTF-8 or GB18030 text; the bytes before it are valid in both.
        var text = Encoding.ASCII.GetBytes(Header + "\nxiaobeihe,pairs_per_year,1,pairs,2024,");
        byte[] bytes = [.. text, 0xFF, .. Encoding.ASCII.GetBytes(",low\n")];
        var ex = Assert.Throws<InputException>(() => Read(bytes, CsvEncoding.Auto));
        Assert.That(ex!.Message, Is.EqualTo($"f.csv:2:(file): found '0xFF 0x2C 0x6C 0x6F'; expected UTF-8 or GB18030 text: the bytes are not UTF-8 (first invalid byte at offset {text.Length}) and not GB18030 (first invalid byte at offset {text.Length})"));
    }

    [Test]
    public void GB18030_asked_for_never_replaces_an_invalid_byte()
    {
        // A lone lead byte at the end: the decoder alone would give U+FFFD in the last field.
        byte[] bytes = [.. Gb18030.GetBytes(Chinese.TrimEnd('\n')), 0x81];
        var ex = Assert.Throws<InputException>(() => Read(bytes, CsvEncoding.GB18030));
        Assert.That(ex!.Errors.Single().Found, Is.EqualTo("0x81"));
        Assert.That(ex.Errors.Single().Expected, Does.StartWith($"GB18030 text (the first invalid byte is at offset {bytes.Length - 1})"));
        Assert.That(FigureCsv.Validate(bytes, "f.csv", CsvEncoding.GB18030).Single().Line, Is.EqualTo(2));
    }

    [Test]
    public void Regions_and_rates_read_through_the_same_decoding()
    {
        var regions = "id,kind,name_en,name_zh,product_focus\ntesttown,cluster,Test Town,测试镇,socks\n";
        var chosen = new List<CsvEncoding>();
        var read = RegionCsv.Read(Gb18030.GetBytes(regions), "r.csv", new CsvReadOptions { Encoding = CsvEncoding.Auto, EncodingChosen = (_, e) => chosen.Add(e) });
        Assert.That(read.Single().NameZh, Is.EqualTo("测试镇"));
        Assert.That(chosen, Is.EqualTo(new[] { CsvEncoding.GB18030 }));
        var rates = "year,currency,per_amount,per_currency,rate,source_title,confidence\n2023,CNY,1,USD,7.0809,美联储,high\n";
        Assert.That(ExchangeRateCsv.Read(Gb18030.GetBytes(rates), "x.csv", new CsvReadOptions { Encoding = CsvEncoding.GB18030 }).Single().Source.Title, Is.EqualTo("美联储"));
    }

    [Test]
    public void Matrices_and_panels_read_through_the_same_decoding()
    {
        var panel = File.ReadAllText(Repo.Path("data", "regional-employment.csv"));
        var path = Path.Combine(Path.GetTempPath(), $"panel-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllBytes(path, Gb18030.GetBytes(panel));
            var chosen = new List<CsvEncoding>();
            var table = Internal.CsvTable.Load(path, new CsvReadOptions { Encoding = CsvEncoding.Auto, EncodingChosen = (_, e) => chosen.Add(e) });
            Assert.That(table.Rows[0].Fields[0], Is.EqualTo("浙江"));
            Assert.That(chosen, Is.EqualTo(new[] { CsvEncoding.GB18030 }));
            // Read as UTF-8 (the default), the GB18030 bytes are an error, not replacement characters.
            var ex = Assert.Throws<InputException>(() => Internal.CsvTable.Load(path));
            Assert.That((ex!.Errors.Single().Line, ex.Errors.Single().Column), Is.EqualTo((2L, table.Header[0])));
            Assert.That(ex.Errors.Single().Expected, Does.StartWith("UTF-8 text; if the file was saved as GB18030 (GBK), read it with the encoding option"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Any_bytes_decode_to_text_that_encodes_back_to_them_or_to_an_error_never_to_replacement_characters()
    {
        var random = new Random(20261129);
        byte[][] pieces = [Encoding.ASCII.GetBytes("a,b\n"), Encoding.UTF8.GetBytes("袜"), Gb18030.GetBytes("袜子"), Gb18030.GetBytes("\U0001F9E6"), [0x80], [0xFF], [0x81], [0x81, 0x30], [0xEF, 0xBB, 0xBF], [0x84, 0x31, 0x95, 0x33]];
        for (int n = 0; n < 3000; n++)
        {
            var bytes = Enumerable.Range(0, random.Next(0, 8)).SelectMany(_ => random.Next(3) == 0
                ? Enumerable.Range(0, random.Next(1, 5)).Select(_ => (byte)random.Next(256))
                : pieces[random.Next(pieces.Length)]).ToArray();
            foreach (var encoding in new[] { CsvEncoding.Utf8, CsvEncoding.GB18030, CsvEncoding.Auto })
            {
                var error = Internal.TextDecoding.TryDecode(bytes, "f.csv", encoding, out var text, out var used);
                if (error is not null)
                {
                    Assert.That(error.Expected, Does.Contain("offset"), Convert.ToHexString(bytes));
                    continue;
                }
                Assert.That(used, Is.Not.EqualTo(CsvEncoding.Auto));
                // Encoded back, the text gives the very bytes read (without the byte order mark): nothing was replaced.
                var again = used == CsvEncoding.Utf8 ? Encoding.UTF8.GetBytes(text) : Gb18030.GetBytes(text);
                byte[] bom = used == CsvEncoding.Utf8 ? [0xEF, 0xBB, 0xBF] : [0x84, 0x31, 0x95, 0x33];
                var expected = bytes.AsSpan().StartsWith(bom) ? bytes[bom.Length..] : bytes;
                Assert.That(Convert.ToHexString(again), Is.EqualTo(Convert.ToHexString(expected)), $"{encoding}: {Convert.ToHexString(bytes)}");
            }
        }
    }

    // ---- units ----

    private static InputException Bad(string unit) =>
        Assert.Throws<InputException>(() => FigureCsv.Read(Encoding.UTF8.GetBytes($"{Header}\nxiaobeihe,pairs_per_year,2200000000,{unit},2024,Survey,low\n"), "f.csv"))!;

    [TestCase("paris", "pairs")]
    [TestCase("piars", "pairs")]
    [TestCase("firsm", "firms")]
    [TestCase("persns", "persons")]
    [TestCase("CNYY", "CNY")]
    [TestCase("percnet", "percent")]
    public void A_misspelt_unit_is_an_error_with_the_nearest_known_unit(string typo, string nearest)
    {
        Assert.That(Bad(typo).Message, Is.EqualTo($"f.csv:2:unit: found '{typo}'; expected a known unit: '{typo}' is not a unit; did you mean '{nearest}'? (units of your own are declared: CsvReadOptions.Units)"));
        var ex = Assert.Throws<UnknownUnitException>(() => UnitVocabulary.BuiltIn.Parse(typo));
        Assert.That(ex!.Nearest, Is.EqualTo(nearest));
        Assert.That(ex.Message, Does.StartWith($"'{typo}' is not a unit; did you mean '{nearest}'?"));
    }

    [Test]
    public void A_unit_far_from_every_known_one_lists_the_known_units()
    {
        var message = Bad("zorkmids").Message;
        Assert.That(message, Does.Contain("'zorkmids' is not a unit. Known units: pairs, firms, persons, machines,").And.Contain("CNY, JPY, USD, EUR, KRW"));
        Assert.That(Bad("XYZ").Message, Does.Contain("'XYZ' is not a unit"), "three capital letters are not a currency unless known or declared");
    }

    [TestCase("bn")]
    [TestCase("bn pairs")]
    [TestCase("万元")]
    [TestCase("亿双")]
    [TestCase("million")]
    public void A_scale_word_in_the_unit_says_the_value_holds_the_whole_number(string unit)
    {
        Assert.That(Bad(unit).Errors.Single().Expected, Does.StartWith("a unit without a scale word").And.Contain("2200000000"));
    }

    [TestCase("RMB", "CNY")]
    [TestCase("rmb", "CNY")]
    [TestCase("yuan", "CNY")]
    [TestCase("元", "CNY")]
    [TestCase("円", "JPY")]
    [TestCase("双", "pairs")]
    [TestCase("足", "pairs")]
    [TestCase("켤레", "pairs")]
    [TestCase("pair", "pairs")]
    [TestCase("家", "firms")]
    [TestCase("社", "firms")]
    [TestCase("人", "persons")]
    [TestCase("%", "percent")]
    [TestCase("RMB/pair", "CNY/pair")]
    [TestCase("元/双", "CNY/pair")]
    [TestCase("JPY/pair", "JPY/pair")]
    [TestCase("pairs/firm", "pairs/firm")]
    public void Aliases_read_as_their_unit_and_the_text_written_is_kept(string text, string code)
    {
        var figure = FigureCsv.Read(Encoding.UTF8.GetBytes($"{Header}\nxiaobeihe,output_value,35,{text},2024,Survey,low\n"), "f.csv").Single();
        Assert.That(figure.Quantity.Unit.Code, Is.EqualTo(code));
        Assert.That(figure.OriginalUnit, Is.EqualTo(text == code ? null : text));
        // Written and read back, the figure is the same.
        Assert.That(FigureCsv.Read(Encoding.UTF8.GetBytes(FigureCsv.ToCsv([figure])), "back.csv").Single(), Is.EqualTo(figure));
    }

    [Test]
    public void Every_unit_of_the_reference_dataset_is_in_the_vocabulary()
    {
        foreach (var figure in ReferenceData.Load().Figures)
        {
            Assert.That(UnitVocabulary.BuiltIn.TryParse(figure.Quantity.Unit.Code, out var unit), Is.True, figure.Quantity.Unit.Code);
            Assert.That(unit, Is.EqualTo(figure.Quantity.Unit));
        }
    }

    [Test]
    public void Validate_reports_each_unknown_unit_as_an_error_of_its_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"units-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, Header + "\n" +
            "xiaobeihe,pairs_per_year,2200000000,paris,2024,Survey,low\n" +
            "xiaobeihe,firm_count,226,firms,2024,Survey,low\n" +
            "xiaobeihe,employees,20000,persns,2024,Survey,low\n" +
            "xiaobeihe,output_value,3500000000,rmb,2024,Survey,low\n");
        try
        {
            var errors = FigureCsv.Validate(path, new CsvReadOptions());
            Assert.That(errors.Select(e => (e.Line, e.Column, e.Found)), Is.EqualTo(new[] { (2L, "unit", "paris"), (4L, "unit", "persns") }));
            Assert.That(errors[0].Expected, Does.Contain("did you mean 'pairs'?"));
            Assert.That(errors[1].Expected, Does.Contain("did you mean 'persons'?"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Units_of_your_own_are_declared_by_API_or_by_a_units_file()
    {
        var declared = UnitVocabulary.BuiltIn.Declare("looms", UnitKind.Count, "loom", "织机").Declare("NOK", UnitKind.Money).Declare("pairs", UnitKind.Count, "paia");
        Assert.That(declared.Parse("织机"), Is.EqualTo(Unit.Count("looms")));
        Assert.That(declared.Parse("NOK/loom"), Is.EqualTo(Unit.Money(new Currency("NOK")) / Unit.Count("looms")));
        Assert.That(declared.Parse("paia"), Is.EqualTo(Unit.Pairs));
        Assert.That(UnitVocabulary.BuiltIn.TryParse("looms", out _), Is.False, "declaring returns a new vocabulary");
        Assert.Throws<ArgumentException>(() => UnitVocabulary.BuiltIn.Declare("looms", UnitKind.Count, "双"));
        Assert.Throws<ArgumentException>(() => UnitVocabulary.BuiltIn.Declare("pairs", UnitKind.Money));
        Assert.Throws<ArgumentException>(() => UnitVocabulary.BuiltIn.Declare("Looms", UnitKind.Count));

        var file = Encoding.UTF8.GetBytes("code,kind,aliases\nlooms,count,loom|织机\nNOK,money,kroner\n");
        var units = UnitVocabulary.Read(file, "units.csv");
        Assert.That(units.Codes, Does.Contain("looms").And.Contain("NOK"));
        Assert.That(units.AliasesOf("looms"), Is.EqualTo(new[] { "loom", "织机" }));
        var figure = FigureCsv.Read(Encoding.UTF8.GetBytes($"{Header}\ntesttown,knitting_machines,800,织机,2024,Survey,low\n"), "f.csv", new CsvReadOptions { Units = units }).Single();
        Assert.That(figure.Quantity.Unit.Code, Is.EqualTo("looms"));
        Assert.Throws<InputException>(() => FigureCsv.Read(Encoding.UTF8.GetBytes($"{Header}\ntesttown,knitting_machines,800,织机,2024,Survey,low\n"), "f.csv"));
    }

    [TestCase("code,kind,aliases\nlooms,weight,\n", "units.csv:2:kind: found 'weight'; expected count, money, percent or rank")]
    [TestCase("code,kind,aliases\nlooms,count,双\n", "units.csv:2:aliases: found '双'; expected an alias no other unit has ('双' is a word of the unit 'pairs')")]
    [TestCase("code,kind,aliases\npairs,money,\n", "units.csv:2:code: found 'pairs'; expected the kind of the known unit 'pairs' (count)")]
    [TestCase("code,kind,aliases\nNok,money,\n", "units.csv:2:code: found 'Nok'; expected an ISO 4217 currency code of three upper-case letters")]
    [TestCase("code,kind,aliases\nbasis-points,percent,\n", "units.csv:2:code: found 'basis-points'; expected a known percent unit")]
    [TestCase("code,kind\n,count\n", "units.csv:2:code: found ''; expected a unit code")]
    public void A_bad_units_file_names_the_line_and_column(string content, string expected)
    {
        var ex = Assert.Throws<InputException>(() => UnitVocabulary.Read(Encoding.UTF8.GetBytes(content), "units.csv"));
        Assert.That(ex!.Message, Does.StartWith(expected));
    }
}
