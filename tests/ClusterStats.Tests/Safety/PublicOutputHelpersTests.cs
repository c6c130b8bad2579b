using System.Text;
using ClusterStats.Extraction;
using ClusterStats.Tests.Indices;

namespace ClusterStats.Tests.Safety;

/// <summary>The helpers the command line uses as any consumer does: file writing, display escaping, CSV fields, article reading.</summary>
public class PublicOutputHelpersTests : TempFolderTest
{
    [Test]
    public void OutputFile_writes_whole_files_and_refuses_links_and_folders()
    {
        var path = Path.Combine(Folder, "a.txt");
        OutputFile.WriteText(path, "one");
        OutputFile.WriteText(path, "二");
        Assert.That(System.IO.File.ReadAllBytes(path), Is.EqualTo(Encoding.UTF8.GetBytes("二")), "UTF-8 without BOM, replaced whole");
        var target = File("target.txt", "keep");
        var link = Path.Combine(Folder, "link.txt");
        System.IO.File.CreateSymbolicLink(link, target);
        Assert.Throws<ClusterStatsException>(() => OutputFile.WriteText(link, "x"));
        Assert.That(System.IO.File.ReadAllText(target), Is.EqualTo("keep"));
        Assert.Throws<ClusterStatsException>(() => OutputFile.WriteText(Folder, "x"));
        Assert.Throws<ArgumentException>(() => OutputFile.WriteText(" ", "x"));
        Assert.That(Directory.GetFiles(Folder), Has.Length.EqualTo(3), "a, target and link: no temporary file left");
    }

    [Test]
    public void DisplayText_shows_control_and_bidi_characters_as_escapes()
    {
        Assert.That(DisplayText.Escape("a\u001b[31mb\u202Ec\u0085"), Is.EqualTo("a\\u001b[31mb\\u202ec\\u0085"));
        Assert.That(DisplayText.Escape("l1\nl2\t"), Is.EqualTo("l1\\u000al2\\u0009"));
        Assert.That(DisplayText.Escape("l1\nl2\t", keepLineBreaks: true), Is.EqualTo("l1\nl2\t"));
        Assert.That(DisplayText.Escape(null), Is.Empty);
        Assert.That(DisplayText.Escape("小北河 ok"), Is.EqualTo("小北河 ok"));
    }

    [Test]
    public void CsvText_keeps_numbers_neutralises_formulas_and_quotes()
    {
        Assert.That(CsvText.Field("-1.5e3"), Is.EqualTo("-1.5e3"));
        Assert.That(CsvText.Field("NaN"), Is.EqualTo("NaN"));
        Assert.That(CsvText.Field("=HYPERLINK(\"x\")"), Does.Not.StartWith("="));
        Assert.That(CsvText.Field("a,b"), Is.EqualTo("\"a,b\""));
        Assert.That(CsvText.Field("plain"), Is.EqualTo("plain"));
    }

    [Test]
    public void ArticleText_reads_text_and_html_with_a_title_and_names_a_byte_that_is_not_utf8()
    {
        var text = ArticleText.Read(File("a.txt", "\n  大唐袜业年产270亿双  \nbody"));
        Assert.That((text.IsHtml, text.FirstLine), Is.EqualTo((false, "大唐袜业年产270亿双")));
        var html = ArticleText.Read(File("b.html", "<html><head><title>x</title></head>\n<body>\n<p>\nFirst words\n</p></body></html>"));
        Assert.That(html.IsHtml, Is.True);
        Assert.That(html.FirstLine, Is.EqualTo("x"), "the title element's text is the first line that is not markup");
        var longLine = ArticleText.Read(File("c.txt", new string('x', 199) + "😀tail"));
        Assert.That(longLine.FirstLine, Has.Length.EqualTo(199), "never cut inside a surrogate pair");
        var bad = Path.Combine(Folder, "gb.txt");
        System.IO.File.WriteAllBytes(bad, [0x41, 0xD5, 0xC5]);
        var ex = Assert.Throws<ClusterStatsException>(() => ArticleText.Read(bad));
        Assert.That(ex!.Message, Does.Contain("gb.txt: byte 1 is not UTF-8"));
    }
}
