using ClusterStats.Tests.Evidence;
using ClusterStats.Tests.Indices;

namespace ClusterStats.Tests.Safety;

/// <summary>
/// Each case of tests/data/bad/cli: <c>NAME.args</c> holds the arguments one per line (<c>@DIR@</c> = that folder,
/// <c>@TMP@</c> = a fresh temporary folder), <c>NAME.expected</c> the exit code on line 1 and a substring of the message
/// on line 2. Every case fails with that code and message, on stderr, without a stack trace.
/// </summary>
public class CliCorpusTests : TempFolderTest
{
    private static string CorpusFolder => Repo.Path("tests", "data", "bad", "cli");

    private static IEnumerable<TestCaseData> Cases() =>
        Directory.EnumerateFiles(Repo.Path("tests", "data", "bad", "cli"), "*.args").Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileNameWithoutExtension(f)).SetName("Bad command line " + Path.GetFileNameWithoutExtension(f)));

    [Test]
    public void The_corpus_has_cases() => Assert.That(Cases().Count(), Is.GreaterThanOrEqualTo(20));

    [TestCaseSource(nameof(Cases))]
    public void Fails_with_its_documented_code_and_message(string name)
    {
        var text = System.IO.File.ReadAllText(Path.Combine(CorpusFolder, name + ".args"));
        var lines = text.Split('\n');
        if (text.EndsWith('\n')) lines = lines[..^1];
        var args = lines.Select(a => a.Replace("@DIR@", CorpusFolder, StringComparison.Ordinal).Replace("@TMP@", Folder, StringComparison.Ordinal)).ToArray();
        var expected = System.IO.File.ReadAllLines(Path.Combine(CorpusFolder, name + ".expected"));
        var r = CliRunner.Run(args);
        Assert.That(r.Code, Is.EqualTo(int.Parse(expected[0], System.Globalization.CultureInfo.InvariantCulture)), r.Err);
        Assert.That(r.Err, Does.Contain(expected[1]));
        Assert.That(r.Err, Does.StartWith("clusterstats: ").And.Not.Contain("   at ").And.Not.Contain("unexpected error"));
        Assert.That(Directory.EnumerateFileSystemEntries(Folder), Is.Empty, "nothing written");
    }
}
