using System.Text;
using ClusterStats.Cli;
using ClusterStats.Tests.Evidence;

namespace ClusterStats.Tests.Quantities;

/// <summary>Each tests/data/bad/parse/NAME.txt (one figure text) fails on the command line with the message of NAME.expected
/// (the library side of the same corpus is run by <see cref="BadInputCorpusTests"/>).</summary>
public class ParseBadCorpusTests
{
    private static string Folder => Repo.Path("tests", "data", "bad", "parse");

    private static IEnumerable<TestCaseData> Cases() =>
        Directory.GetFiles(Repo.Path("tests", "data", "bad", "parse"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileNameWithoutExtension(f)).SetName("Bad figure " + Path.GetFileName(f)));

    // A case file may end with one line break, which is not part of the input or the message.
    private static string Read(string file)
    {
        var text = File.ReadAllText(file, Encoding.UTF8);
        return text.EndsWith('\n') ? text[..^1] : text;
    }

    private static (string Text, string Expected) Load(string name) =>
        (Read(Path.Combine(Folder, name + ".txt")), Read(Path.Combine(Folder, name + ".expected")));

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
