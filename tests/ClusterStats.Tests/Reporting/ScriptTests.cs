using System.Text.Json;
using ClusterStats.Tests.Evidence;

namespace ClusterStats.Tests.Reporting;

/// <summary>
/// Each notebook has a script (notebooks/scripts/NAME.cs, a file-based app) that tells the same story on one page: the
/// notebook's title, every Markdown cell word for word and in order, the package by a #:package line. The end-to-end
/// tests run the scripts and open their pages.
/// </summary>
public class ScriptTests
{
    private static string Notebooks => Repo.Path("notebooks");

    public static IEnumerable<string> NotebookNames() =>
        Directory.GetFiles(Repo.Path("notebooks"), "*.ipynb").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal);

    [Test]
    public void Every_notebook_has_a_script_and_every_script_a_notebook()
    {
        var scripts = Directory.GetFiles(Path.Combine(Notebooks, "scripts"), "*.cs").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal);
        Assert.That(scripts, Is.EqualTo(NotebookNames()));
    }

    [TestCaseSource(nameof(NotebookNames))]
    public void The_script_tells_the_notebooks_text_in_order(string name)
    {
        var script = File.ReadAllText(Path.Combine(Notebooks, "scripts", name + ".cs"));
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Notebooks, name + ".ipynb")));
        var markdown = doc.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "markdown")
            .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(s => s.GetString())).Trim('\n'))
            .ToList();
        Assert.That(script, Does.StartWith("#:package ClusterStats@"));
        var title = markdown[0].Split('\n')[0];
        Assert.That(title, Does.StartWith("# "));
        Assert.That(script, Does.Contain("new AnalysisPage(" + JsonSerializer.Serialize(title[2..], new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + ")"));
        markdown[0] = markdown[0][(title.Length + 1)..].Trim('\n');
        int at = 0;
        foreach (var text in markdown)
        {
            int found = script.IndexOf("page.Markdown(\"\"\"\n" + text + "\n\"\"\");", at, StringComparison.Ordinal);
            Assert.That(found, Is.GreaterThanOrEqualTo(0), $"{name}.cs does not tell, after what came before: {text[..Math.Min(80, text.Length)]}");
            at = found + text.Length;
        }
        Assert.That(script, Does.Contain("page.Save(output)"));
    }

    [Test]
    public void The_scripts_stand_outside_the_repositorys_central_package_versions()
    {
        var folder = Path.Combine(Notebooks, "scripts");
        Assert.That(File.ReadAllText(Path.Combine(folder, "Directory.Packages.props")), Does.Contain("<ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>"));
        Assert.That(File.ReadAllText(Path.Combine(folder, "Directory.Build.props")), Does.Not.Contain("<Import"), "nothing of the repository's build settings is imported");
    }
}
