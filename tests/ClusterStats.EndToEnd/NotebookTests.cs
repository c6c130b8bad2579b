using System.Text.Json;

namespace ClusterStats.EndToEnd;

/// <summary>
/// Every code cell of every notebook in notebooks/, as executed against the freshly packed package by each runner
/// (dotnet-repl, and Jupyter with the .NET Interactive kernel), is one test case: it passes when the executed cell is
/// the repository's cell, produced no error output, and shows what it computed. dotnet-repl leaves execution_count
/// empty and a cell that did not run has no outputs, so a shown output is the only evidence of a run: every code cell
/// of these notebooks ends with a value (or displays one), and the package cell must list ClusterStats among the
/// installed packages.
/// </summary>
[TestFixture]
public class NotebookTests
{
    /// <summary>The runners whose executed notebooks test.sh leaves for these tests.</summary>
    public static readonly string[] Runners = ["dotnet-repl", "jupyter"];

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
                foreach (var runner in Runners)
                    yield return new TestCaseData(runner, name, index).SetName($"Notebook {name} cell {index} ({runner})");
                index++;
            }
        }
    }

    [TestCaseSource(nameof(Cells))]
    public void Cell_runs_without_error(string runner, string notebook, int index)
    {
        var cell = ExecutedCell(runner, notebook, index);
        Assert.That(Source(cell), Is.EqualTo(Source(RepositoryCell(notebook, index))), $"{notebook} cell {index}: the executed cell is another cell");
        var outputs = cell.GetProperty("outputs").EnumerateArray().ToList();
        var errors = outputs
            .Where(o => o.GetProperty("output_type").GetString() == "error")
            .Select(o => o.GetProperty("evalue").GetString())
            .ToList();
        Assert.That(errors, Is.Empty, $"{notebook} cell {index} failed");

        var shown = outputs.Select(Shown).Where(text => text.Trim().Length > 0).ToList();
        Assert.That(shown, Is.Not.Empty,
            $"{notebook} cell {index} shows nothing, so nothing proves it ran: end the cell with the value it computed");
        if (Source(cell).TrimStart().StartsWith("#r \"nuget: ClusterStats", StringComparison.Ordinal))
            Assert.That(shown.Any(t => t.Contains("Installed Packages", StringComparison.Ordinal) && t.Contains("ClusterStats, ", StringComparison.Ordinal)), Is.True, $"{notebook} cell {index}: the package was not installed");
    }

    // The text a display, result or stream output carries (every MIME type's data joined); empty for other outputs.
    private static string Shown(JsonElement output)
    {
        static string Text(JsonElement value) => value.ValueKind == JsonValueKind.Array
            ? string.Concat(value.EnumerateArray().Select(v => v.GetString()))
            : value.GetString() ?? "";
        return output.GetProperty("output_type").GetString() switch
        {
            "display_data" or "execute_result" when output.TryGetProperty("data", out var data) =>
                string.Concat(data.EnumerateObject().Select(d => Text(d.Value))),
            "stream" when output.TryGetProperty("text", out var text) => Text(text),
            _ => "",
        };
    }

    private static JsonElement RepositoryCell(string notebook, int index)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(E2E.RepositoryRoot, "notebooks", notebook)));
        return doc.RootElement.GetProperty("cells")[index].Clone();
    }

    // The folder of the notebooks as runner executed them.
    private static string Executed(string runner) => runner switch
    {
        "dotnet-repl" => E2E.Notebooks,
        "jupyter" => E2E.JupyterNotebooks,
        _ => throw new ArgumentOutOfRangeException(nameof(runner), runner, "expected dotnet-repl or jupyter"),
    };

    internal static JsonElement ExecutedCell(string runner, string notebook, int index)
    {
        var path = Path.Combine(Executed(runner), notebook);
        Assert.That(File.Exists(path), Is.True, $"{notebook} was not executed by {runner}: {path} is missing");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var cells = doc.RootElement.GetProperty("cells");
        Assert.That(index, Is.LessThan(cells.GetArrayLength()), $"{notebook}: the executed notebook has fewer cells");
        return cells[index].Clone();
    }

    internal static string Source(JsonElement cell) =>
        string.Concat(cell.GetProperty("source").EnumerateArray().Select(s => s.GetString()));

    /// <summary>All outputs of a notebook executed by <paramref name="runner"/>, concatenated (HTML, text and images as they are stored).</summary>
    internal static string AllOutputs(string runner, string notebook)
    {
        var path = Path.Combine(Executed(runner), notebook);
        Assert.That(File.Exists(path), Is.True, $"{notebook} was not executed by {runner}: {path} is missing");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return string.Join("\n", doc.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.TryGetProperty("outputs", out _))
            .SelectMany(c => c.GetProperty("outputs").EnumerateArray())
            .Select(o => o.GetRawText()));
    }
}
