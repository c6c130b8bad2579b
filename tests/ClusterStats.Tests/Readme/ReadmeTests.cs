using System.Text.RegularExpressions;
using ClusterStats.Tests.Evidence;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace ClusterStats.Tests.Readme;

/// <summary>
/// The README is the package's page on NuGet and the first thing a user reads: it must render as written (CommonMark,
/// parsed with Markdig), point only at files of the repository, and every C# example in it must compile and run.
/// </summary>
public class ReadmeTests
{
    private static readonly string Text = File.ReadAllText(Repo.Path("README.md"));
    private static readonly MarkdownDocument Document = Markdown.Parse(Text);

    [Test]
    public void Every_code_fence_is_closed_and_names_its_language()
    {
        var fences = Document.Descendants<FencedCodeBlock>().ToList();
        Assert.That(fences, Is.Not.Empty);
        foreach (var fence in fences)
        {
            Assert.That(fence.ClosingFencedCharCount, Is.EqualTo(fence.OpeningFencedCharCount),
                $"the fence opened on line {fence.Line + 1} never closes: it swallows the rest of the README");
            Assert.That(fence.Info, Is.Not.Null.And.Not.Empty, $"the fence on line {fence.Line + 1} names no language");
        }
    }

    [Test]
    public void Every_heading_line_is_parsed_as_a_heading()
    {
        // A line written as a section heading that the parser sees as code or paragraph text means an earlier block is
        // broken (a fence left open, code outside a fence). Shell comments in fences start with a single '#'.
        var written = Lines().Select((line, index) => (line, index)).Where(l => Regex.IsMatch(l.line, "^#{2,6} ")).ToList();
        var parsed = Document.Descendants<HeadingBlock>().Select(h => h.Line).ToHashSet();
        Assert.That(written, Has.Count.GreaterThan(10));
        foreach (var (line, index) in written)
            Assert.That(parsed, Does.Contain(index), $"line {index + 1} '{line}' is not parsed as a heading");
        Assert.That(written.Select(w => w.line), Does.Contain("## Cited figures and the reference dataset").And.Contain("## Install the tool"));
    }

    [Test]
    public void No_code_is_left_outside_a_fence()
    {
        // Code outside a fence renders as one run-on paragraph; lines that start like C# statements give it away.
        var code = new Regex(@"^\s*(var |using [A-Z]|Console\.|// |[A-Za-z.]+\(.*\);\s*(//.*)?$)");
        var paragraphs = Document.Descendants<ParagraphBlock>().ToList();
        Assert.That(paragraphs, Has.Count.GreaterThan(50));
        foreach (var paragraph in paragraphs)
        {
            var lines = Text.Substring(paragraph.Span.Start, paragraph.Span.Length).Split('\n');
            for (int i = 0; i < lines.Length; i++)
                Assert.That(code.IsMatch(lines[i]), Is.False, $"line {paragraph.Line + i + 1} looks like code outside a fence: {lines[i]}");
        }
    }

    [Test]
    public void Links_and_images_point_at_files_of_the_repository_and_no_machine_path_is_named()
    {
        var targets = Document.Descendants<LinkInline>().Select(l => l.Url ?? "").ToList();
        Assert.That(targets, Is.Not.Empty);
        foreach (var url in targets.Where(u => !u.StartsWith("https://", StringComparison.Ordinal) && !u.StartsWith('#')))
            Assert.That(File.Exists(Repo.Path(url.Split('/'))) || Directory.Exists(Repo.Path(url.Split('/'))), Is.True, $"link to a missing file: {url}");
        foreach (var machinePath in new[] { "/work/", "/tmp/", "/home/", "/root/", "shared/bench", "shared/data" })
            Assert.That(Text, Does.Not.Contain(machinePath), "the README names a folder of one machine");
    }

    private static IEnumerable<TestCaseData> CSharpSnippets()
    {
        foreach (var fence in Document.Descendants<FencedCodeBlock>().Where(f => f.Info is "csharp" or "cs" or "c#"))
            yield return new TestCaseData(fence.Line + 1, fence.Lines.ToString()).SetName($"README C# example at line {fence.Line + 1} compiles and runs");
    }

    [Test]
    public void The_README_has_csharp_examples_for_every_feature()
    {
        // Guards the extraction itself: were the fences renamed, the examples below would silently drop out.
        Assert.That(CSharpSnippets().Count(), Is.GreaterThanOrEqualTo(9));
    }

    /// <summary>
    /// Each C# block of the README, as a user would paste it into a program with the SDK's implicit usings, compiled
    /// against the built library and run in a folder holding copies of the repository's data files (so that relative
    /// paths such as data/regional-employment.csv work and the files an example writes stay out of the checkout).
    /// Notebook-only directives (#r, #!) are dropped.
    /// </summary>
    [TestCaseSource(nameof(CSharpSnippets))]
    public void Csharp_example_compiles_and_runs(int line, string code)
    {
        var source = string.Join('\n', code.Split('\n').Where(l => !l.TrimStart().StartsWith("#r ", StringComparison.Ordinal) && !l.TrimStart().StartsWith("#!", StringComparison.Ordinal)));
        var options = ScriptOptions.Default
            .WithReferences(typeof(ReferenceData).Assembly, typeof(ClusterStats.Plotting.Charts).Assembly,
                typeof(ScottPlot.Plot).Assembly, typeof(Microsoft.Data.Analysis.DataFrame).Assembly,
                typeof(Enumerable).Assembly, typeof(File).Assembly, typeof(Console).Assembly)
            .WithImports("System", "System.IO", "System.Linq", "System.Collections.Generic", "System.Net.Http",
                "System.Threading", "System.Threading.Tasks")
            .WithEmitDebugInformation(false);

        var folder = Path.Combine(Path.GetTempPath(), $"clusterstats-readme-{line}-{Guid.NewGuid():N}");
        var previous = Directory.GetCurrentDirectory();
        var output = new StringWriter();
        var previousOut = Console.Out;
        try
        {
            foreach (var dir in new[] { "data", "seeds", "notebooks/data", "tests/data/microdata" })
                CopyDirectory(Repo.Path(dir.Split('/')), Path.Combine(folder, dir));
            Directory.SetCurrentDirectory(folder);
            Console.SetOut(output);
            var script = CSharpScript.Create(source, options);
            var errors = script.Compile().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
            Assert.That(errors, Is.Empty, $"the README example at line {line} does not compile:\n{string.Join('\n', errors)}");
            var state = script.RunAsync().GetAwaiter().GetResult();
            Assert.That(state.Exception, Is.Null, $"the README example at line {line} throws");
        }
        finally
        {
            Console.SetOut(previousOut);
            Directory.SetCurrentDirectory(previous);
            TestContext.Out.Write(output.ToString());
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string[] Lines() => Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
