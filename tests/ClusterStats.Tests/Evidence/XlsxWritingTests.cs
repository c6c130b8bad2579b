using System.Text;
using ClusterStats.Internal;

namespace ClusterStats.Tests.Evidence;

/// <summary>Writing figures as .xlsx: exact cells, neutralised formula-like text, atomic safe writes, and csv -> xlsx -> csv byte identity.</summary>
public class XlsxWritingTests
{
    private static byte[] ToXlsx(IEnumerable<Figure> figures, string sheet = FigureXlsx.DefaultSheet)
    {
        using var buffer = new MemoryStream();
        FigureXlsx.Write(figures, buffer, sheet);
        return buffer.ToArray();
    }

    [Test]
    public void The_whole_reference_dataset_round_trips_csv_to_xlsx_to_csv_byte_for_byte()
    {
        var original = File.ReadAllBytes(Repo.Path("data", "figures.csv"));
        var figures = FigureCsv.Read(original, "figures.csv");
        var back = FigureCsv.Read(ToXlsx(figures), "figures.xlsx");
        Assert.That(back, Has.Count.EqualTo(figures.Count));
        Assert.That(Encoding.UTF8.GetBytes(FigureCsv.ToCsv(back)), Is.EqualTo(original));
    }

    private const string Header = "cluster,indicator,value,unit,qualifier,target,scope,year,year_to,year_approx,source_title,source_url,publisher,published,quote,confidence,derived,original_unit,origin,notes,value_high,status,period";

    [Test]
    public void Values_a_number_cell_would_change_are_text_cells_and_formula_like_text_stays_neutralised()
    {
        var csv = Header + "\r\n"
            + "a,pairs_per_year,12345678901234567890,pairs,exact,false,,2021,,false,T,,,,,high,false,,,\"'=cmd|' /C calc'!A0\",,ok,\r\n"
            + "a,price,1.50,CNY,exact,false,,2022,,false,T,,,,,high,false,,,\"two\r\nlines, _x000D_ and \t tab\",,ok,\r\n"
            + "a,share,0.1,percent,range,false,,2020,2023,false,T,,,,,high,false,,,  lead and trail  ,0.30000000000000004,ok,\r\n"
            + "a,output,-44060000,CNY,exact,false,,2023,,false,\"'-minus\",,,,,high,false,,,,,ok,\r\n";
        var figures = FigureCsv.Read(Encoding.UTF8.GetBytes(csv), "in.csv");
        var workbook = ToXlsx(figures);
        Assert.That(FigureCsv.ToCsv(FigureCsv.Read(workbook, "out.xlsx")), Is.EqualTo(csv));

        var sheet = XlsxSheet.Read(workbook, "out.xlsx", null);
        var xml = SheetXml(workbook);
        Assert.That(xml, Does.Contain("<x:c r=\"C2\" t=\"inlineStr\"><x:is><x:t xml:space=\"preserve\">12345678901234567890</x:t>"), "more than 15 significant digits: a text cell");
        Assert.That(xml, Does.Contain("<x:c r=\"C3\" t=\"inlineStr\"><x:is><x:t xml:space=\"preserve\">1.50</x:t>"), "1.50 is not what a number cell gives back");
        Assert.That(xml, Does.Contain("<x:c r=\"C4\"><x:v>0.1</x:v></x:c>"), "0.1 is a number cell");
        Assert.That(xml, Does.Contain("<x:c r=\"U4\" t=\"inlineStr\"><x:is><x:t xml:space=\"preserve\">0.30000000000000004</x:t>"), "17 significant digits: a text cell, though the double would give them back");
        Assert.That(xml, Does.Contain("<x:c r=\"H2\"><x:v>2021</x:v></x:c>"), "years are number cells");
        Assert.That(xml, Does.Contain("<x:c r=\"C5\"><x:v>-44060000</x:v></x:c>"), "a negative whole number is a number cell");
        Assert.That(sheet.Rows[0].Fields[Array.IndexOf(sheet.Header, "notes")], Is.EqualTo("'=cmd|' /C calc'!A0"), "formula-like text keeps its leading quote in the cell");
        Assert.That(sheet.Rows[3].Fields[Array.IndexOf(sheet.Header, "source_title")], Is.EqualTo("'-minus"));
        Assert.That(xml, Does.Not.Contain("<x:f"), "no formula is ever written");
    }

    private static string SheetXml(byte[] workbook)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(workbook));
        var entry = zip.Entries.Single(e => e.FullName.Contains("worksheets/", StringComparison.Ordinal));
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private const string Alphabet = "_x0AF1D\r\n\t a\u0003\ud83d\ude00";

    [Test]
    public void The_text_escapes_give_back_every_string()
    {
        var random = new Random(16);
        string[] samples = ["", "_x0041_", "_x005F_", "a_x00", "\r", "\r\n", "\u0001\u001f", "\ud800", "x\udc00y", "😀", "\uFFFE", "_x_x0041__"];
        foreach (var sample in samples.Concat(Enumerable.Range(0, 2000).Select(_ => new string(Enumerable.Range(0, random.Next(12)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray()))))
        {
            var encoded = XlsxText.Encode(sample);
            Assert.That(XlsxText.Decode(encoded), Is.EqualTo(sample), Printable.Escape(sample));
            Assert.That(() => System.Xml.XmlConvert.VerifyXmlChars(encoded), Throws.Nothing, Printable.Escape(encoded));
            Assert.That(encoded, Does.Not.Contain("\r"), "XML would read a carriage return as a line feed");
        }
    }

    [Test]
    public void Writing_is_atomic_through_the_safe_writer_and_refuses_links_and_bad_sheet_names()
    {
        var figures = FigureCsv.Read(File.ReadAllBytes(Repo.Path("data", "figures.csv")), "figures.csv");
        var folder = Repo.Artifact("xlsx-write", "x");
        folder = Path.GetDirectoryName(folder)!;
        var path = Path.Combine(folder, "figures.xlsx");
        FigureXlsx.Write(figures, path, "产量");
        Assert.That(FigureCsv.Read(path, new CsvReadOptions { Sheet = "产量" }), Has.Count.EqualTo(figures.Count));
        Assert.That(Directory.GetFiles(folder, "*.tmp"), Is.Empty);

        var target = Path.Combine(folder, "target.txt");
        File.WriteAllText(target, "keep");
        var link = Path.Combine(folder, "link.xlsx");
        File.Delete(link);
        File.CreateSymbolicLink(link, target);
        Assert.Throws<ClusterStatsException>(() => FigureXlsx.Write(figures, link));
        Assert.That(File.ReadAllText(target), Is.EqualTo("keep"));

        foreach (var bad in new[] { "", "a/b", "[x]", "'quoted'", new string('x', 32) })
        {
            Assert.Throws<ArgumentException>(() => FigureXlsx.Write(figures, Path.Combine(folder, "bad.xlsx"), bad), bad);
        }
    }

    [Test]
    public void A_text_longer_than_a_cell_holds_is_refused_not_cut()
    {
        var figure = FigureCsv.Read(File.ReadAllBytes(Repo.Path("data", "figures.csv")), "figures.csv")[0] with { Notes = new string('n', FigureXlsx.MaxCellLength + 1) };
        var error = Assert.Throws<ClusterStatsException>(() => ToXlsx([figure]))!;
        Assert.That(error.Message, Does.Contain("32768 characters").And.Contain("at most 32767"));
    }
}
