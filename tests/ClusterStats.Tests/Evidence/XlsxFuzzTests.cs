using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using ClusterStats.Indices;
using ClusterStats.Internal;

namespace ClusterStats.Tests.Evidence;

/// <summary>
/// Damaged and hostile workbooks: every one ends in a documented <see cref="InputException"/> that names the file,
/// never another exception, a hang or an unbounded allocation.
/// </summary>
public class XlsxFuzzTests
{
    private static readonly object?[] Header = ["cluster", "indicator", "value", "unit", "source_title", "confidence"];

    private static byte[] Valid() => new XlsxBuilder { SharedStrings = ["pairs"] }
        .Table("Sheet1", Header, ["xiaobeihe", "pairs_per_year", 2500000000, "pairs", "A survey", "high"], ["datang", "pairs_per_year", 0.1, "pairs", "B", "low"]).Build();

    /// <summary>Reads the bytes as figures, as an index table and as regions; each either reads or fails with a documented error.</summary>
    private static void ReadsOrFailsDocumented(byte[] bytes, string what)
    {
        foreach (var read in new Action[]
        {
            () => FigureCsv.Read(bytes, "fuzz.xlsx"),
            () => FigureCsv.Validate(bytes, "fuzz.xlsx"),
            () => RegionCsv.Read(bytes, "fuzz.xlsx"),
            () => IndexTableOf(bytes),
        })
        {
            try
            {
                read();
            }
            catch (InputException e)
            {
                Assert.That(e.Message, Does.StartWith("fuzz.xlsx:"), what);
                Assert.That(e.Errors, Is.Not.Empty, what);
            }
            catch (Exception e)
            {
                Assert.Fail($"{what}: {e.GetType().Name} escaped: {e}");
            }
        }
    }

    private static void IndexTableOf(byte[] bytes)
    {
        var path = Repo.Artifact("xlsx-fuzz", "fuzz.xlsx");
        File.WriteAllBytes(path, bytes);
        try
        {
            IndexTable.Read(path).ToValues();
        }
        catch (InputException e)
        {
            // The index table names the file by its path; make it comparable with the other readers.
            throw new InputException(e.Errors.Select(x => x with { File = "fuzz.xlsx" }).ToArray());
        }
    }

    private static int IndexOf(byte[] bytes, byte[] part, int from)
    {
        int i = bytes.AsSpan(from).IndexOf(part);
        return i < 0 ? -1 : i + from;
    }

    private static InputError Error(byte[] bytes, XlsxLimits? limits = null) =>
        Assert.Throws<InputException>(() => XlsxSheet.Read(bytes, "bad.xlsx", null, limits))!.Errors.Single();

    [Test]
    public void A_workbook_cut_short_anywhere_is_a_documented_error()
    {
        var valid = Valid();
        var watch = Stopwatch.StartNew();
        for (int length = 0; length < valid.Length; length += Math.Max(1, valid.Length / 150))
        {
            ReadsOrFailsDocumented(valid[..length], $"cut at {length} of {valid.Length} bytes");
        }
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromMinutes(2)));
    }

    [Test]
    public void Random_damage_to_a_workbook_is_a_documented_error_or_a_clean_read()
    {
        var valid = Valid();
        var random = new Random(1129);
        for (int k = 0; k < 300; k++)
        {
            var bytes = (byte[])valid.Clone();
            int flips = 1 + random.Next(6);
            for (int f = 0; f < flips; f++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            ReadsOrFailsDocumented(bytes, $"damage #{k}");
        }
    }

    [Test]
    public void Damaged_parts_inside_an_intact_zip_are_documented_errors()
    {
        var random = new Random(7);
        string[] sheets =
        [
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>cluster</t></is></c>",
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row>",
            "<row r=\"1\"><c r=\"A1\" t=\"q\"><v>1</v></c></row>",
            "<row r=\"1\"><c r=\"A1\"><v>abc</v></c></row>",
            "<row r=\"1\"><c r=\"A1\"><v>1e999</v></c></row>",
            "<row r=\"1\"><c r=\"A1\" t=\"b\"><v>2</v></c></row>",
            "<row r=\"1\"><c r=\"A1\" t=\"d\"><v>yesterday</v></c></row>",
            "<row r=\"x\"><c r=\"A1\"><v>1</v></c></row>",
            "<row r=\"2\"><c r=\"A1\"><v>1</v></c></row>",
            "<row r=\"1\"><c r=\"a1\"><v>1</v></c></row>",
            "<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"A1\"><v>1</v></c></row>",
            "<row r=\"2\"></row><row r=\"1\"></row>",
        ];
        foreach (var sheet in sheets)
        {
            ReadsOrFailsDocumented(new XlsxBuilder().Sheet("S", sheet).Build(), sheet);
        }
        for (int k = 0; k < 200; k++)
        {
            var xml = XlsxBuilder.Rows(Header, ["a", "b", 1, "pairs", "t", "high"]);
            var cut = xml.Remove(random.Next(xml.Length), random.Next(1, 12)).Insert(random.Next(xml.Length - 12), "<>\"&'/=x9 "[random.Next(10)].ToString());
            ReadsOrFailsDocumented(new XlsxBuilder().Sheet("S", cut).Build(), cut);
        }
    }

    [Test]
    public void Not_a_zip_missing_parts_and_a_wrong_content_type_are_named()
    {
        Assert.That(Error(Encoding.UTF8.GetBytes("cluster,indicator\n")).ToString(),
            Does.StartWith("bad.xlsx:(file): found 'cluster,indicator\\u000a'; expected an .xlsx workbook (a zip archive starting with PK)"));
        Assert.That(Error([]).Expected, Does.StartWith("an .xlsx workbook"));
        Assert.That(Error(new XlsxBuilder().Table("S", Header).Omit("xl/workbook.xml").Build()).Expected, Does.StartWith("a readable .xlsx workbook").Or.StartWith("an .xlsx workbook"));
        var noSheetPart = Error(new XlsxBuilder().Table("S", Header).Omit("xl/worksheets/sheet1.xml").Build());
        Assert.That(noSheetPart.Expected, Does.StartWith("a readable .xlsx workbook").Or.StartWith("a worksheet part"));
        var word = new XlsxBuilder { ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" }.Table("S", Header).Build();
        Assert.That(Error(word).ToString(), Is.EqualTo("bad.xlsx:(file): found 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'; "
            + "expected a spreadsheet workbook (the main part has another content type: is it a Word or PowerPoint file?)"));
        var other = new MemoryStream();
        using (var zip = new ZipArchive(other, ZipArchiveMode.Create, leaveOpen: true)) zip.CreateEntry("readme.txt");
        Assert.That(Error(other.ToArray()).Expected, Does.StartWith("a readable .xlsx workbook").Or.StartWith("an .xlsx workbook"));
        var noSheets = new XlsxBuilder().Build();
        Assert.That(Error(noSheets).Expected, Is.EqualTo("a workbook with at least one worksheet"));
    }

    [Test]
    public void A_zip_bomb_entry_is_refused_before_it_is_expanded()
    {
        // 300 MiB of zeros pack into about 3 MiB; the entry declares its unpacked size, which is over the 256 MiB limit.
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Fastest).Open();
            var zeros = new byte[1 << 20];
            for (int k = 0; k < 300; k++) entry.Write(zeros);
        }
        Assert.That(buffer.Length, Is.LessThan(4 << 20));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Error(buffer.ToArray());
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.LessThan(64L << 20), "nothing was expanded");
        Assert.That(error.ToString(), Is.EqualTo($"bad.xlsx:(file): found 'xl/sharedStrings.xml: {300L << 20} bytes unpacked'; expected parts of at most {256L << 20} bytes unpacked"));
    }

    [Test]
    public void A_part_that_lies_about_its_size_stops_at_what_it_declared()
    {
        var rows = XlsxBuilder.Rows([.. Enumerable.Range(0, 2000).Select(k => new object?[] { "value" + k })]);
        var bytes = new XlsxBuilder().Sheet("S", rows).Build();
        // Patch the declared unpacked size of the worksheet (in its local header and the central directory) to 200 bytes.
        var name = Encoding.ASCII.GetBytes("xl/worksheets/sheet1.xml");
        for (int at = IndexOf(bytes, name, 0); at >= 0; at = IndexOf(bytes, name, at + 1))
        {
            if (bytes.AsSpan(at - 30, 4).SequenceEqual("PK\u0003\u0004"u8)) BitConverter.GetBytes(200).CopyTo(bytes, at - 30 + 22);
            else if (bytes.AsSpan(at - 46, 4).SequenceEqual("PK\u0001\u0002"u8)) BitConverter.GetBytes(200).CopyTo(bytes, at - 46 + 24);
        }
        var error = Error(bytes);
        Assert.That(error.Expected, Does.StartWith("a readable .xlsx workbook"));
    }

    [Test]
    public void Huge_shared_strings_are_bounded_by_the_part_limit_and_the_field_limit()
    {
        var huge = new XlsxBuilder { SharedStrings = ["cluster", new string('字', 100_000)] }
            .Sheet("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>").Build();
        Assert.That(Error(huge, new XlsxLimits(64 << 10, 1_048_576, 16_384)).Expected, Does.StartWith("parts of at most 65536 bytes unpacked"));
        var rows = XlsxBuilder.Rows([.. Header, "notes"], ["xiaobeihe", "pairs_per_year", 1, "pairs", "t", "high"]);
        rows = rows[..rows.LastIndexOf("</row>", StringComparison.Ordinal)] + "<c r=\"G2\" t=\"s\"><v>0</v></c></row>";
        var notes = new XlsxBuilder { SharedStrings = [new string('n', 100_001)] }.Sheet("Sheet1", rows).Build();
        var error = Assert.Throws<InputException>(() => FigureCsv.Read(notes, "n.xlsx"))!.Errors.Single();
        Assert.That((error.Cell, error.Expected), Is.EqualTo(("G2", "a field of at most 100000 characters")));
    }

    [Test]
    public void Cells_beyond_the_limits_of_a_sheet_are_errors()
    {
        Assert.That(Error(new XlsxBuilder().Sheet("S", "<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>").Build()).Expected, Is.EqualTo("rows numbered 1 to 1048576"));
        Assert.That(Error(new XlsxBuilder().Sheet("S", "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>").Build()).ToString(),
            Is.EqualTo("bad.xlsx:S!1:1: found 'XFE1'; expected cells in columns A to XFD"));
        Assert.That(Error(new XlsxBuilder().Sheet("S", "<row r=\"1\"><c r=\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAA1\"><v>1</v></c></row>").Build()).Expected, Does.StartWith("cells in columns A to XFD"));
        Assert.That(Error(new XlsxBuilder().Sheet("S", "<row r=\"3\"><c r=\"A2\"><v>1</v></c></row>").Build()).Expected, Is.EqualTo("a cell reference of this row such as A3"));
        Assert.That(Error(new XlsxBuilder().Sheet("S", "<row r=\"2\"/><row r=\"2\"/>").Build()).Expected, Does.StartWith("rows from top to bottom, each once"));
        var small = new XlsxLimits(1 << 20, 10, 3);
        Assert.That(Error(new XlsxBuilder().Sheet("S", "<row r=\"11\"/>").Build(), small).Expected, Is.EqualTo("rows numbered 1 to 10"));
        Assert.That(Error(new XlsxBuilder().Sheet("S", "<row r=\"1\"><c r=\"D1\"><v>1</v></c></row>").Build(), small).Expected, Is.EqualTo("cells in columns A to C"));
    }

    [Test]
    public void A_document_type_declaration_is_refused_so_entities_cannot_expand()
    {
        const string Laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&lol2;</t></si></sst>";
        var bytes = new XlsxBuilder { SharedStringsXml = Laughs }.Sheet("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>").Build();
        Assert.That(Error(bytes).Expected, Does.StartWith("a readable .xlsx workbook"));
    }
}
