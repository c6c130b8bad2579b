using System.Text;
using ClusterStats.Microdata;

namespace ClusterStats.Tests.Microdata;

/// <summary>
/// Microdata saved as GB18030, as county offices send it: read at byte level like UTF-8, with text keys and labels
/// decoded from GB18030, grouped, labelled and ordered exactly as the same rows saved as UTF-8.
/// </summary>
public class MicrodataGb18030Tests
{
    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static readonly string Header = "region_code,industry_code,year,employees,output_value_yuan,pairs,region_name";

    // Chinese codes and labels; characters GB18030 writes in four bytes with ASCII digits inside them (À 81 30 86 38,
    // ə 81 30 AC 35, 한 83 36 84 33, 😀 94 39 FC 36) right before a comma and right before a number; a quoted label with a
    // comma; an empty sum; ASCII codes with leading zeros.
    private static readonly string[] Rows =
    [
        "诸暨市,1779,2023,120,1500000.50,800000,浙江省诸暨市",
        "诸暨À,1779,2023,5,10.25,,\"大唐, 诸暨\"",
        "辽阳县,1779,2023,80,900000,500000,辽宁省辽阳县",
        "诸暨市,1779,2024,130,1600000.75,820000,浙江省诸暨市（改）",
        "한국,0111,2023,7,7,7,도봉구 한",
        "ə😀,0111,2023,1,0.01,1,😀ə",
        "0330,1779,2023,3,3.5,3,Zhuji À",
        "诸暨À,1779,2023,6,1.75,4,后来的名字",
        "辽阳县,1779,2024,90,950000.5,520000,辽宁省辽阳县",
    ];

    private static string Write(string name, Encoding encoding, byte[]? preamble = null, IEnumerable<string>? rows = null, string? header = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), "clusterstats-gb18030-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        var text = string.Join("\r\n", new[] { header ?? Header }.Concat(rows ?? Rows)) + "\r\n";
        File.WriteAllBytes(path, [.. preamble ?? [], .. encoding.GetBytes(text)]);
        return path;
    }

    private static MicrodataAggregation Spec(CsvEncoding encoding, List<CsvEncoding>? chosen = null, MicrodataBadRows badRows = MicrodataBadRows.Throw) => MicrodataFiles.Firms(badRows) with
    {
        Encoding = encoding,
        EncodingChosen = chosen is null ? null : (_, e) => chosen.Add(e),
    };

    [Test]
    public void GB18030_file_gives_the_groups_labels_and_order_of_the_same_rows_in_UTF8()
    {
        var utf8 = Write("firms-utf8.csv", new UTF8Encoding(false));
        var gb = Write("firms-gb18030.csv", Gb18030());
        var expected = MicrodataReader.Aggregate(utf8, Spec(CsvEncoding.Utf8));
        var chosen = new List<CsvEncoding>();
        var read = MicrodataReader.Aggregate(gb, Spec(CsvEncoding.GB18030, chosen));
        Assert.That(MicrodataFiles.Describe(read), Is.EqualTo(MicrodataFiles.Describe(expected)));
        Assert.That(chosen, Is.EqualTo(new[] { CsvEncoding.GB18030 }), "the encoding reported once, before the rows");

        // The values themselves, not only their agreement: five distinct text codes, ordered by code point.
        Assert.That(Enumerable.Range(0, read.Count).Select(g => read.GetKey(g, 0)).Distinct(), Is.EqualTo(new[] { "0330", "ə😀", "诸暨À", "诸暨市", "辽阳县", "한국" }));
        int zhuji = Enumerable.Range(0, read.Count).Single(g => read.GetKey(g, 0) == "诸暨À");
        Assert.That(read.GetLabel(zhuji, 0), Is.EqualTo("大唐, 诸暨"), "the label of the first row of the code, its quoted comma kept");
        Assert.That(read.GetCount(zhuji), Is.EqualTo(2));
        Assert.That(read.GetDecimal(zhuji, 1), Is.EqualTo(12.00m), "10.25 + 1.75");
        Assert.That(read.GetValueCount(zhuji, 2), Is.EqualTo(1), "the empty pairs cell counts nothing");
        Assert.That(read.GetLabel(Enumerable.Range(0, read.Count).Single(g => read.GetKey(g, 0) == "ə😀"), 0), Is.EqualTo("😀ə"));
    }

    [Test]
    public void The_repositorys_GB18030_sample_is_read_as_its_UTF8_original()
    {
        var expected = MicrodataFiles.Describe(MicrodataReader.Aggregate(MicrodataFiles.Path("good.csv"), MicrodataFiles.Firms()));
        Assert.That(expected, Does.Contain("辽阳县小北河镇").And.Contain("金华经济技术开发区,秋滨街道"));
        foreach (var encoding in new[] { CsvEncoding.GB18030, CsvEncoding.Auto })
        {
            Assert.That(MicrodataFiles.Describe(MicrodataReader.Aggregate(MicrodataFiles.Path("good-gb18030.csv"), Spec(encoding))), Is.EqualTo(expected), encoding.ToString());
        }
        var asUtf8 = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(MicrodataFiles.Path("good-gb18030.csv"), MicrodataFiles.Firms()))!.Errors.Single();
        Assert.That((asUtf8.Line, asUtf8.Column), Is.EqualTo((2L, "region_name")));
        Assert.That(asUtf8.Expected, Does.Contain("CsvEncoding.GB18030 or CsvEncoding.Auto"), "the UTF-8 error says how to read the file");
    }

    [Test]
    public void Auto_reads_GB18030_and_UTF8_and_reports_each_choice()
    {
        var utf8 = Write("firms-utf8.csv", new UTF8Encoding(false));
        var gb = Write("firms-gb18030.csv", Gb18030());
        var expected = MicrodataFiles.Describe(MicrodataReader.Aggregate(utf8, Spec(CsvEncoding.Utf8)));
        var chosen = new List<CsvEncoding>();
        Assert.That(MicrodataFiles.Describe(MicrodataReader.Aggregate(gb, Spec(CsvEncoding.Auto, chosen))), Is.EqualTo(expected));
        Assert.That(MicrodataFiles.Describe(MicrodataReader.Aggregate(utf8, Spec(CsvEncoding.Auto, chosen))), Is.EqualTo(expected));
        Assert.That(chosen, Is.EqualTo(new[] { CsvEncoding.GB18030, CsvEncoding.Utf8 }));
    }

    [Test]
    public void Byte_order_marks_choose_and_are_skipped()
    {
        var utf8 = Write("firms-utf8.csv", new UTF8Encoding(false));
        var expected = MicrodataFiles.Describe(MicrodataReader.Aggregate(utf8, Spec(CsvEncoding.Utf8)));
        var gbBom = Write("firms-gb-bom.csv", Gb18030(), [0x84, 0x31, 0x95, 0x33]);
        var utf8Bom = Write("firms-utf8-bom.csv", new UTF8Encoding(false), [0xEF, 0xBB, 0xBF]);
        var chosen = new List<CsvEncoding>();
        Assert.That(MicrodataFiles.Describe(MicrodataReader.Aggregate(gbBom, Spec(CsvEncoding.Auto, chosen))), Is.EqualTo(expected));
        Assert.That(MicrodataFiles.Describe(MicrodataReader.Aggregate(gbBom, Spec(CsvEncoding.GB18030))), Is.EqualTo(expected));
        Assert.That(MicrodataFiles.Describe(MicrodataReader.Aggregate(utf8Bom, Spec(CsvEncoding.Auto, chosen))), Is.EqualTo(expected));
        Assert.That(chosen, Is.EqualTo(new[] { CsvEncoding.GB18030, CsvEncoding.Utf8 }));
    }

    [Test]
    public void Ranges_that_start_anywhere_inside_multibyte_sequences_give_the_same_table()
    {
        // Many rows so that every range holds records; starts at every byte of the first rows, including the middle
        // of four-byte sequences whose bytes 2 and 4 are ASCII digits.
        var rows = Enumerable.Range(0, 40).SelectMany(_ => Rows).ToArray();
        var gb = Write("firms-gb18030.csv", Gb18030(), rows: rows);
        var spec = Spec(CsvEncoding.GB18030);
        var expected = MicrodataFiles.Describe(MicrodataReader.Aggregate(gb, spec, []));
        Assert.That(expected, Does.Contain("rows=360 skipped=0"));
        long length = new FileInfo(gb).Length;
        long data = Header.Length + 2; // after the header's CRLF
        for (long b = 1; b < 400; b++)
        {
            Assert.That(MicrodataFiles.Describe(MicrodataReader.Aggregate(gb, spec, [data + b, data + b + 97, length / 2 + b])), Is.EqualTo(expected), $"split at {b}");
        }
    }

    [Test]
    public void Chinese_column_names_of_a_GB18030_header_are_found()
    {
        var gb = Write("firms-zh.csv", Gb18030(), rows: ["诸暨市,2023,5", "诸暨市,2023,7", "辽阳县,2024,1"], header: "地区,年份,从业人员");
        var table = MicrodataReader.Aggregate(gb, new MicrodataAggregation
        {
            Keys = [MicrodataKey.Text("地区"), MicrodataKey.Integer("年份")],
            Sums = [MicrodataSum.Long("从业人员")],
            Encoding = CsvEncoding.Auto,
        });
        Assert.That(MicrodataFiles.Describe(table), Is.EqualTo("诸暨市||2023||2|12/2\n辽阳县||2024||1|1/1\nrows=3 skipped=0\n"));
        var missing = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(gb, new MicrodataAggregation { Keys = [MicrodataKey.Text("区县")], Encoding = CsvEncoding.GB18030 }))!;
        Assert.That(missing.Errors[0].Found, Is.EqualTo("地区,年份,从业人员"), "the header shown as text, not as bytes");
    }

    [Test]
    public void Invalid_GB18030_in_a_label_names_file_line_column_and_the_bytes_in_hexadecimal()
    {
        var gb18030 = Gb18030();
        // Row 3 (line 4): a lead byte 0x81 right before the comma; row 5: an 0x80, which no sequence starts with.
        var bytes = new List<byte>(gb18030.GetBytes(Header + "\n" + Rows[0] + "\n" + Rows[2] + "\n"));
        bytes.AddRange(gb18030.GetBytes("辽阳县,1779,2023,1,1,1,辽阳"));
        bytes.Add(0x81);
        bytes.AddRange("\n"u8.ToArray());
        bytes.AddRange(gb18030.GetBytes(Rows[3] + "\n"));
        bytes.AddRange(gb18030.GetBytes("辽阳县,1779,2023,1,1,1,"));
        bytes.AddRange(new byte[] { 0x80, 0x41 });
        bytes.AddRange("\n"u8.ToArray());
        var path = Write("bad.csv", gb18030);
        File.WriteAllBytes(path, bytes.ToArray());

        var ex = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(path, Spec(CsvEncoding.GB18030)))!;
        var e = ex.Errors.Single();
        Assert.That((e.File, e.Line, e.Column, e.Found), Is.EqualTo((path, 4L, "region_name", "0x81")));
        Assert.That(e.Expected, Does.StartWith("GB18030 text"));

        var skipped = MicrodataReader.Aggregate(path, Spec(CsvEncoding.GB18030, badRows: MicrodataBadRows.Skip));
        Assert.That(skipped.SkippedRowCount, Is.EqualTo(2));
        Assert.That(skipped.SkippedRows.Select(r => (r.Line, r.Column, r.Found)), Is.EqualTo(new[] { (4L, "region_name", "0x81"), (6L, "region_name", "0x80 0x41") }));
        Assert.That(skipped.RowCount, Is.EqualTo(3));
    }

    [Test]
    public void Four_byte_sequences_without_a_character_and_cut_sequences_are_invalid_keys()
    {
        // FE 39 FE 39 has the four-byte shape but lies beyond the last character; 81 30 then the comma is cut short.
        foreach (var (bad, shown) in new (byte[] Bytes, string Shown)[] { ([0xFE, 0x39, 0xFE, 0x39], "0xFE 0x39 0xFE 0x39"), ([0x41, 0x81, 0x30], "0x81 0x30"), ([0xFF], "0xFF") })
        {
            var gb18030 = Gb18030();
            var bytes = new List<byte>(gb18030.GetBytes(Header + "\n"));
            bytes.AddRange(bad);
            bytes.AddRange(gb18030.GetBytes(",1779,2023,1,1,1,名字\n"));
            var path = Write("bad-key.csv", gb18030);
            File.WriteAllBytes(path, bytes.ToArray());
            var e = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(path, Spec(CsvEncoding.GB18030)))!.Errors.Single();
            Assert.That((e.Line, e.Column, e.Found), Is.EqualTo((2L, "region_code", shown)));
        }
    }

    [Test]
    public void Numbers_stay_ASCII_digits_and_a_bad_number_is_shown_as_GB18030_text()
    {
        var path = Write("fullwidth.csv", Gb18030(), rows: [Rows[0], "辽阳县,1779,2023,１２,1,1,辽阳"]);
        var e = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(path, Spec(CsvEncoding.GB18030)))!.Errors.Single();
        Assert.That((e.Line, e.Column, e.Found), Is.EqualTo((3L, "employees", "１２")));
        Assert.That(e.Expected, Does.StartWith("a whole number"));
    }

    [Test]
    public void A_mixed_file_is_refused_by_auto_and_each_encoding_names_its_bad_row()
    {
        // Lines 2 and 3 in GB18030, line 4 in UTF-8: its 中 (E4 B8 AD) before a comma is no GB18030 (AD then a comma).
        var gb18030 = Gb18030();
        var bytes = new List<byte>(gb18030.GetBytes(Header + "\n" + Rows[0] + "\n" + Rows[2] + "\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("0330,1779,2023,1,1,1,中\n"));
        var path = Write("mixed.csv", gb18030);
        File.WriteAllBytes(path, bytes.ToArray());
        long utf8Offset = Header.Length + 1; // the first byte of 诸 in line 2
        int gbOffset = bytes.Count - 2; // AD, then LF

        var auto = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(path, Spec(CsvEncoding.Auto)))!.Errors.Single();
        Assert.That((auto.Line, auto.Column, auto.Found), Is.EqualTo((4L, "(file)", "0xAD 0x0A")));
        Assert.That(auto.Expected, Is.EqualTo($"UTF-8 or GB18030 text: the bytes are not UTF-8 (first invalid byte at offset {utf8Offset}) and not GB18030 (first invalid byte at offset {gbOffset})"));

        var asUtf8 = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(path, Spec(CsvEncoding.Utf8)))!.Errors.Single();
        Assert.That((asUtf8.Line, asUtf8.Column), Is.EqualTo((2L, "region_name")), "the label is checked before the key on a row");
        Assert.That(asUtf8.Expected, Does.Contain("MicrodataAggregation.Encoding = CsvEncoding.GB18030"));

        var asGb = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(path, Spec(CsvEncoding.GB18030)))!.Errors.Single();
        Assert.That((asGb.Line, asGb.Column, asGb.Found), Is.EqualTo((4L, "region_name", "0xAD")));
    }

    [Test]
    public void Auto_reads_a_file_longer_than_one_chunk_with_sequences_across_chunk_ends()
    {
        // Well over 1 MiB of rows whose multibyte characters fall across every chunk boundary position.
        const int n = 60_000;
        var rows = Enumerable.Range(0, n).Select(i => string.Concat("诸暨", (i % 7).ToString(System.Globalization.CultureInfo.InvariantCulture), ",1779,2023,1,0.5,2,名", new string('À', i % 5))).ToArray();
        foreach (var (encoding, name) in new[] { ((Encoding)new UTF8Encoding(false), CsvEncoding.Utf8), (Gb18030(), CsvEncoding.GB18030) })
        {
            var path = Write("long.csv", encoding, rows: rows);
            Assert.That(new FileInfo(path).Length, Is.GreaterThan(1 << 20));
            var chosen = new List<CsvEncoding>();
            var table = MicrodataReader.Aggregate(path, Spec(CsvEncoding.Auto, chosen));
            Assert.That(chosen, Is.EqualTo(new[] { name }));
            Assert.That(table.RowCount, Is.EqualTo(n));
            Assert.That(table.Count, Is.EqualTo(7));
            Assert.That(table.GetKey(0, 0), Is.EqualTo("诸暨0"));
            Assert.That(table.GetDecimal(0, 1), Is.EqualTo(0.5m * ((n + 6) / 7)), "half a yuan for each row of 诸暨0: every seventh");
        }
    }

    [Test]
    public void Every_GB18030_sequence_decodes_to_text_that_encodes_back_to_it()
    {
        // Why keys may be grouped by their GB18030 bytes and decoded afterwards: the decoding is one to one.
        // A sequence without a character decodes to '?' here, which no multibyte sequence stands for.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("?"));
        int checkedCount = 0;
        var seq = new byte[4];
        for (int lead = 0x81; lead <= 0xFE; lead++)
        {
            for (int trail = 0x40; trail <= 0xFE; trail++)
            {
                if (trail == 0x7F) continue;
                seq[0] = (byte)lead; seq[1] = (byte)trail;
                RoundTrips(gb, seq.AsSpan(0, 2), ref checkedCount);
            }
            for (int b1 = 0x30; b1 <= 0x39; b1++)
            for (int b2 = 0x81; b2 <= 0xFE; b2++)
            for (int b3 = 0x30; b3 <= 0x39; b3++)
            {
                seq[0] = (byte)lead; seq[1] = (byte)b1; seq[2] = (byte)b2; seq[3] = (byte)b3;
                RoundTrips(gb, seq, ref checkedCount);
            }
        }
        Assert.That(checkedCount, Is.GreaterThan(1_100_000), "every two-byte code and every four-byte code of a character");
    }

    private static void RoundTrips(Encoding gb, ReadOnlySpan<byte> bytes, ref int count)
    {
        string text = gb.GetString(bytes);
        if (text.Contains('?', StringComparison.Ordinal)) return; // no character: the reader refuses it as invalid
        count++;
        if (!gb.GetBytes(text).AsSpan().SequenceEqual(bytes))
        {
            Assert.Fail($"{Convert.ToHexString(bytes)} decodes to U+{(int)text[0]:X4}, which encodes as {Convert.ToHexString(gb.GetBytes(text))}");
        }
    }
}
