using ClusterStats.Indices;
using ClusterStats.Internal;
using ClusterStats.Microdata;
using ClusterStats.Tests.Indices;
using ClusterStats.Tests.Microdata;

namespace ClusterStats.Tests.Safety;

/// <summary>
/// A message shows at most 80 characters of the input it quotes, then "... (N characters)": a megabyte of input never
/// becomes a megabyte of message, whichever reader or parser refused it.
/// </summary>
public class LongInputMessageTests : TempFolderTest
{
    private const int Megabyte = 1_000_000;
    private const int MessageBound = 600;

    [Test]
    public void Shorten_keeps_80_characters_and_counts_the_rest()
    {
        var eighty = new string('a', 80);
        Assert.That(ThrowHelper.Shorten(eighty), Is.EqualTo(eighty));
        Assert.That(ThrowHelper.Shorten(eighty + "b"), Is.EqualTo(eighty + "... (81 characters)"));
        Assert.That(ThrowHelper.Shorten("a\r\nb"), Is.EqualTo("a\\r\\nb"), "one line");
        // 79 letters and a line break: 81 characters once the break is written as \n, so it is cut.
        Assert.That(ThrowHelper.Shorten(new string('a', 79) + "\n"), Is.EqualTo(new string('a', 79) + "\\... (80 characters)"));
        // Never half of a surrogate pair at the cut.
        var emoji = new string('a', 79) + "😀" + "z";
        Assert.That(ThrowHelper.Shorten(emoji), Is.EqualTo(new string('a', 79) + "... (82 characters)"));
    }

    [Test]
    public void Shorten_of_utf8_bytes_decodes_only_the_start_and_counts_bytes()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(new string('小', Megabyte));
        var shown = ThrowHelper.Shorten(bytes);
        Assert.That(shown, Is.EqualTo(new string('小', 80) + $"... ({3 * Megabyte} bytes)"));
        Assert.That(ThrowHelper.Shorten("小北河"u8), Is.EqualTo("小北河"));
    }

    [Test]
    public void A_megabyte_figure_text_is_shortened_in_the_format_message_and_kept_whole_in_the_exception()
    {
        var text = "2.2 " + new string('x', Megabyte);
        var ex = Assert.Throws<ClusterStatsFormatException>(() => QualifiedQuantity.Parse(text));
        Assert.That(ex!.Message, Has.Length.LessThan(MessageBound));
        Assert.That(ex.Message, Does.StartWith("Cannot read '2.2 xxx").And.Contain($"... ({text.Length} characters)' at position 3: expected a unit word"));
        Assert.That(ex.Input, Is.SameAs(text));
    }

    [Test]
    public void A_megabyte_value_in_a_figure_file_is_shortened()
    {
        var path = File("long.csv", "cluster,indicator,value,unit,year,source_title,confidence\n" +
            $"xiaobeihe,pairs_per_year,{new string('9', 100)}x{new string('9', Megabyte)},pairs,2024,t,low\n");
        var ex = Assert.Throws<InputException>(() => FigureCsv.Read(path));
        Assert.That(ex!.Message, Has.Length.LessThan(MessageBound));
        Assert.That(ex.Errors.Single().Found, Is.EqualTo(new string('9', 80) + $"... ({Megabyte + 101} characters)"));
    }

    [Test]
    public void A_megabyte_field_of_a_matrix_file_is_shortened()
    {
        var path = File("m.csv", $"region,industry,value\nR1,I1,{new string('1', Megabyte)}z\n");
        var ex = Assert.Throws<InputException>(() => RegionIndustryMatrix.FromCsv(path));
        Assert.That(ex!.Message, Has.Length.LessThan(MessageBound));
        Assert.That(ex.Message, Does.Contain($"... ({Megabyte + 1} characters)"));
    }

    [Test]
    public void A_megabyte_microdata_field_is_shortened_and_counted_in_bytes()
    {
        var path = File("micro.csv", "firm_id,region_code,region_name,industry_code,year,employees,output_value_yuan,pairs\n" +
            $"1,211021104000,小北河,1761,2023,{new string('1', Megabyte)}x,1.5,3\n");
        var ex = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(path, MicrodataFiles.Firms()));
        Assert.That(ex!.Message, Has.Length.LessThan(MessageBound));
        Assert.That(ex.Error.Column, Is.EqualTo("employees"));
        Assert.That(ex.Error.Found, Is.EqualTo(new string('1', 80) + $"... ({Megabyte + 1} bytes)"));
    }

    [Test]
    public void Megabyte_codes_and_names_are_shortened()
    {
        var big = "A" + new string('@', Megabyte);
        foreach (var make in new Action[] { () => Unit.Count(big), () => _ = new Currency(big), () => _ = new Indicator(big) })
        {
            var ex = Assert.Throws<ArgumentException>(() => make());
            Assert.That(ex!.Message, Has.Length.LessThan(MessageBound).And.Contain($"... ({big.Length} characters)"));
        }
    }
}
