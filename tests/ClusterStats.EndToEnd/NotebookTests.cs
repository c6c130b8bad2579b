using System.Text.Json;

namespace ClusterStats.EndToEnd;

/// <summary>
/// Every code cell of every notebook in notebooks/, as executed by dotnet-repl against the freshly packed package, is
/// one test case: it passes when the cell produced no error output.
/// </summary>
[TestFixture]
public class NotebookTests
{
    public static IEnumerable<TestCaseData> Cells()
    {
        var source = Path.Combine(E2E.RepositoryRoot, "notebooks");
        foreach (var notebook in Directory.GetFiles(source, "*.ipynb").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(notebook);
            using var doc = JsonDocument.Parse(File.ReadAllText(notebook));
            int index = 0;
            foreach (var cell in doc.RootElement.GetProperty("cells").EnumerateArray())
            {
                if (cell.GetProperty("cell_type").GetString() != "code") { index++; continue; }
                yield return new TestCaseData(name, index).SetName($"Notebook {name} cell {index}");
                index++;
            }
        }
    }

    [TestCaseSource(nameof(Cells))]
    public void Cell_runs_without_error(string notebook, int index)
    {
        var cell = ExecutedCell(notebook, index);
        var errors = cell.GetProperty("outputs").EnumerateArray()
            .Where(o => o.GetProperty("output_type").GetString() == "error")
            .Select(o => o.GetProperty("evalue").GetString())
            .ToList();
        Assert.That(errors, Is.Empty, $"{notebook} cell {index} failed");
        Assert.That(cell.GetProperty("outputs").GetArrayLength() + Source(cell).Length, Is.Positive, "the cell ran");
    }

    internal static JsonElement ExecutedCell(string notebook, int index)
    {
        var path = Path.Combine(E2E.Notebooks, notebook);
        Assert.That(File.Exists(path), Is.True, $"{notebook} was not executed: {path} is missing");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var cells = doc.RootElement.GetProperty("cells");
        Assert.That(index, Is.LessThan(cells.GetArrayLength()), $"{notebook}: the executed notebook has fewer cells");
        return cells[index].Clone();
    }

    internal static string Source(JsonElement cell) =>
        string.Concat(cell.GetProperty("source").EnumerateArray().Select(s => s.GetString()));

    /// <summary>All outputs of an executed notebook, concatenated (HTML, text and images as they are stored).</summary>
    internal static string AllOutputs(string notebook)
    {
        var path = Path.Combine(E2E.Notebooks, notebook);
        Assert.That(File.Exists(path), Is.True, $"{notebook} was not executed: {path} is missing");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return string.Join("\n", doc.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.TryGetProperty("outputs", out _))
            .SelectMany(c => c.GetProperty("outputs").EnumerateArray())
            .Select(o => o.GetRawText()));
    }
}
