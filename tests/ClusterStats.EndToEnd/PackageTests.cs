using System.IO.Compression;
using System.Xml.Linq;

namespace ClusterStats.EndToEnd;

/// <summary>The packed library is what NuGet users and notebooks get: README, licence expression, XML docs, symbols and the notebook extension.</summary>
[TestFixture]
public class PackageTests
{
    private static string Package(string id, string extension = "nupkg") => Path.Combine(E2E.Feed, $"{id}.{E2E.Version}.{extension}");

    [Test]
    public void Library_package_carries_readme_license_docs_and_the_notebook_extension()
    {
        using var zip = ZipFile.OpenRead(Package("ClusterStats"));
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.That(entries, Does.Contain("README.md"));
        Assert.That(entries, Does.Contain("lib/net10.0/ClusterStats.dll"));
        Assert.That(entries, Does.Contain("lib/net10.0/ClusterStats.xml"), "XML documentation");
        Assert.That(entries, Does.Contain("interactive-extensions/dotnet/extension.dib"));

        using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var nuspec = XDocument.Load(nuspecStream);
        var ns = nuspec.Root!.GetDefaultNamespace();
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.That(metadata.Element(ns + "id")!.Value, Is.EqualTo("ClusterStats"));
        Assert.That(metadata.Element(ns + "version")!.Value, Is.EqualTo(E2E.Version));
        var license = metadata.Element(ns + "license")!;
        Assert.That((license.Attribute("type")!.Value, license.Value), Is.EqualTo(("expression", "MIT")));
        Assert.That(metadata.Element(ns + "readme")!.Value, Is.EqualTo("README.md"));
        Assert.That(metadata.Element(ns + "dependencies")!.ToString(), Does.Not.Contain("Microsoft.DotNet.Interactive"),
            "the library does not reference .NET Interactive");
    }

    [Test]
    public void Library_has_a_symbols_package()
    {
        using var zip = ZipFile.OpenRead(Package("ClusterStats", "snupkg"));
        Assert.That(zip.Entries.Select(e => e.FullName), Does.Contain("lib/net10.0/ClusterStats.pdb"));
    }

    [Test]
    public void Tool_package_is_a_dotnet_tool_named_clusterstats()
    {
        using var zip = ZipFile.OpenRead(Package("ClusterStats.Tool"));
        var settings = zip.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
        using var stream = settings.Open();
        var command = XDocument.Load(stream).Descendants("Command").Single();
        Assert.That(command.Attribute("Name")!.Value, Is.EqualTo("clusterstats"));
    }
}
