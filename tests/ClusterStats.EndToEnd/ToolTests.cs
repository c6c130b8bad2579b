using System.Text.RegularExpressions;

namespace ClusterStats.EndToEnd;

/// <summary>The ClusterStats.Tool package, installed once from the local feed as the dotnet tool <c>clusterstats</c>.</summary>
internal static class InstalledTool
{
    private static readonly Lazy<string> ToolPath = new(() =>
    {
        var path = E2E.FreshFolder("tool");
        var result = E2E.Run("dotnet", ["tool", "install", "ClusterStats.Tool", "--version", E2E.Version,
            "--add-source", E2E.Feed, "--tool-path", path], path);
        if (result.ExitCode != 0) throw new InvalidOperationException("dotnet tool install failed: " + result);
        return path;
    });

    public static E2E.ProcessResult Run(params string[] args) => RunIn(ToolPath.Value, args);

    public static E2E.ProcessResult RunIn(string workingDirectory, params string[] args) =>
        E2E.Run(Path.Combine(ToolPath.Value, "clusterstats"), args, workingDirectory);
}

[TestFixture]
public class ToolTests
{
    [Test]
    public void Installed_tool_prints_help_listing_its_verbs()
    {
        var result = InstalledTool.Run("--help");
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        // The installed command names itself in the usage line and lists every verb at the start of a line of its
        // command list (words like "parse" or "index" are also in the descriptions).
        var stdout = result.Stdout.ReplaceLineEndings("\n");
        Assert.That(stdout, Does.Contain("Usage:\n  clusterstats [command] [options]"));
        foreach (var verb in new[] { "parse", "figures", "conflicts", "validate", "plot", "extract", "compare", "index", "report" })
            Assert.That(Regex.IsMatch(stdout, $@"^  {verb}( |$)", RegexOptions.Multiline), Is.True, $"lists {verb}");
    }

    [Test]
    public void Installed_tool_parses_the_seed_figure()
    {
        var result = InstalledTool.Run("parse", "22億足");
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout.ReplaceLineEndings("\n"), Is.EqualTo("value,unit,qualifier,target,value_high\n2200000000,pairs,exact,false,\n"));
    }
}
