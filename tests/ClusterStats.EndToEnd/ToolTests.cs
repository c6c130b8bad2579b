namespace ClusterStats.EndToEnd;

/// <summary>The ClusterStats.Tool package installs from the local feed as the dotnet tool <c>clusterstats</c>.</summary>
[TestFixture]
public class ToolTests
{
    private string _toolPath = "";

    [OneTimeSetUp]
    public void InstallTool()
    {
        _toolPath = E2E.FreshFolder("tool");
        var result = E2E.Run("dotnet", ["tool", "install", "ClusterStats.Tool", "--version", E2E.Version,
            "--add-source", E2E.Feed, "--tool-path", _toolPath], _toolPath);
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
    }

    private E2E.ProcessResult Clusterstats(params string[] args) =>
        E2E.Run(Path.Combine(_toolPath, "clusterstats"), args, _toolPath);

    [Test]
    public void Installed_tool_prints_help_listing_its_verbs()
    {
        var result = Clusterstats("--help");
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout, Does.Contain("clusterstats").And.Contain("parse"));
    }

    [Test]
    public void Installed_tool_parses_the_seed_figure()
    {
        var result = Clusterstats("parse", "22億足");
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout.ReplaceLineEndings("\n"), Is.EqualTo("value,unit,qualifier,target\n2200000000,pairs,exact,false\n"));
    }
}
