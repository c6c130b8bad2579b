using System.Text;
using ClusterStats.Cli;
using ClusterStats.Tests.Evidence;

namespace ClusterStats.Tests.Quantities;

/// <summary>Each tests/data/bad/parse/NAME.txt (one figure text) fails with the message of NAME.expected, in the library and on the command line.</summary>
public class ParseBadCorpusTests
{
    private static string Folder => Repo.Path("tests", "data", "bad", "parse");

    private static IEnumerable<TestCaseData> Cases() =>
        Directory.GetFiles(Repo.Path("tests", "data", "bad", "parse"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileNameWithoutExtension(f)).SetName("Bad figure " + Path.GetFileName(f)));

    private static (string Text, string Expected) Load(string name) =>
        (File.ReadAllText(Path.Combine(Folder, name + ".txt"), Encoding.UTF8), File.ReadAllText(Path.Combine(Folder, name + ".expected"), Encoding.UTF8));

    [Test]
    public void The_corpus_has_an_expected_message_for_every_input()
    {
        var inputs = Directory.GetFiles(Folder, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray();
        var expected = Directory.GetFiles(Folder, "*.expected").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray();
        Assert.That(inputs, Has.Length.GreaterThanOrEqualTo(20));
        Assert.That(expected, Is.EqualTo(inputs));
    }

    [TestCaseSource(nameof(Cases))]
    public void Reading_fails_with_the_expected_message(string name)
    {
        var (text, expected) = Load(name);
        var result = QualifiedQuantity.TryParse(text);
        Assert.That(result.Success, Is.False, text);
        Assert.That(result.ToException()!.Message, Is.EqualTo(expected));
        var thrown = Assert.Throws<ClusterStatsFormatException>(() => QualifiedQuantity.Parse(text))!;
        Assert.That(thrown.Message, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(Cases))]
    public void The_parse_verb_exits_1_with_the_expected_message(string name)
    {
        var (text, expected) = Load(name);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = CliApp.Run(["parse", text], stdout, stderr);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stdout.ToString(), Is.Empty);
        Assert.That(stderr.ToString().ReplaceLineEndings("\n"), Is.EqualTo("clusterstats: " + expected + "\n"));
    }
}
